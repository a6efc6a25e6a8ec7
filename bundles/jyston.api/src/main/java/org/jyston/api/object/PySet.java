package org.jyston.api.object;

import java.util.Arrays;

/**
 * The representation of {@code set} (and, through {@link PyFrozenSet}, {@code frozenset}): an
 * open-addressing hash table laid out so that iteration visits the members in the order CPython
 * 3.11 does (slot order), since programs print sets of ints and expect CPython's order.
 *
 * <p>The rules (each checked against CPython): a table of 8 slots to start; a key goes to slot
 * {@code hash & mask}, then the next 9 slots are tried (when they do not pass the end of the table),
 * then {@code perturb >>>= 5; i = (i * 5 + 1 + perturb) & mask} and again; a removed key leaves a
 * dummy that a later insertion reuses (the last one met on its probe path) but that lookups probe
 * past; after an insertion into a never-used slot, when {@code fill * 5 >= mask * 3} the table is
 * rebuilt to the smallest power of two above {@code used * 4} ({@code used * 2} past 50000 members),
 * re-inserting in old slot order. {@code pop()} scans from a finger left after the last popped slot.
 * Merging a set into another presizes the target once and, into an empty table, copies or
 * re-inserts without comparisons ({@link #update(PySet)}).
 *
 * <p>Hashes live in a {@code long[]} beside the keys, so a probe compares primitives first. Every
 * operation holds the set's monitor (atomic {@code add}/{@code discard} from many threads).
 */
public class PySet {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** The key of a removed entry (its hash is -1, which no Python hash is). */
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active plus dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;
    /** Where {@link #pop()} starts looking. */
    private int finger;

    public PySet() {}

    /** A set of the keys of {@code members}, in their order (kept for code that built sets from dicts). */
    protected PySet(PyDict members) {
        for (Object k : members.keys()) {
            add(k);
        }
    }

    /**
     * The members as a new dictionary (key to {@code True}), in iteration order: a snapshot, not a
     * view; changes to it do not reach the set.
     */
    public synchronized PyDict members() {
        PyDict d = new PyDict();
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                d.put(k, Boolean.TRUE);
            }
        }
        return d;
    }

    public synchronized int size() {
        return used;
    }

    public boolean contains(Object o) {
        long h = Op.hash(o);
        synchronized (this) {
            return find(o, h) >= 0;
        }
    }

    public void add(Object o) {
        long h = Op.hash(o);
        synchronized (this) {
            insert(o, h);
        }
    }

    /** Removes {@code o}; whether it was there. */
    public boolean discard(Object o) {
        long h = Op.hash(o);
        synchronized (this) {
            int i = find(o, h);
            if (i < 0) {
                return false;
            }
            keys[i] = DUMMY;
            hashes[i] = -1;
            used--;
            return true;
        }
    }

    /** The members in iteration order. */
    public synchronized Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    public synchronized void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set.pop()}: the first member from the finger on, or null when the set is empty. */
    public synchronized Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i == mask ? 0 : i + 1;
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /**
     * For iterators: the member in the first active slot at or after {@code pos[0]}, advancing
     * {@code pos[0]} past it; null at the end.
     */
    public synchronized Object next(int[] pos) {
        for (int i = pos[0]; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                pos[0] = i + 1;
                return k;
            }
        }
        pos[0] = mask + 1;
        return null;
    }

    /** Grows the table once for {@code extra} expected new members (what CPython does before adding a dict's keys). */
    public synchronized void presize(int extra) {
        if ((long) (fill + extra) * 5 >= (long) mask * 3) {
            resize((used + extra) * 2);
        }
    }

    /** Adds every member of {@code other} (CPython's {@code set_merge}). */
    public void update(PySet other) {
        if (other == this) {
            return;
        }
        Object[] oKeys;
        long[] oHashes;
        int oUsed;
        int oFill;
        synchronized (other) {
            oKeys = other.keys.clone();
            oHashes = other.hashes.clone();
            oUsed = other.used;
            oFill = other.fill;
        }
        if (oUsed == 0) {
            return;
        }
        synchronized (this) {
            if ((long) (fill + oUsed) * 5 >= (long) mask * 3) {
                resize((used + oUsed) * 2);
            }
            if (fill == 0 && mask == oKeys.length - 1 && oFill == oUsed) {
                keys = oKeys;
                hashes = oHashes;
                fill = oUsed;
                used = oUsed;
                return;
            }
            if (fill == 0) {
                for (int i = 0; i < oKeys.length; i++) {
                    Object k = oKeys[i];
                    if (k != null && k != DUMMY) {
                        insertClean(keys, hashes, mask, k, oHashes[i]);
                    }
                }
                fill = oUsed;
                used = oUsed;
                return;
            }
        }
        for (int i = 0; i < oKeys.length; i++) {
            Object k = oKeys[i];
            if (k != null && k != DUMMY) {
                synchronized (this) {
                    insert(k, oHashes[i]);
                }
            }
        }
    }

    /** After removals: rebuilds the table when more than a quarter of it is dummies (as {@code difference_update} does). */
    public synchronized void compact() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Exchanges the contents of the two sets (CPython's {@code set_swap_bodies}, for {@code &=}). */
    public void swapBodies(PySet other) {
        PySet first = System.identityHashCode(this) <= System.identityHashCode(other) ? this : other;
        PySet second = first == this ? other : this;
        synchronized (first) {
            synchronized (second) {
                Object[] k = keys;
                long[] h = hashes;
                int m = mask;
                int f = fill;
                int u = used;
                keys = other.keys;
                hashes = other.hashes;
                mask = other.mask;
                fill = other.fill;
                used = other.used;
                other.keys = k;
                other.hashes = h;
                other.mask = m;
                other.fill = f;
                other.used = u;
            }
        }
    }

    // ---- the table

    /** The slot of {@code key}, or -1. */
    private int find(Object key, long h) {
        restart:
        while (true) {
            Object[] table = keys;
            long[] hs = hashes;
            int m = table.length - 1;
            long perturb = h;
            int i = (int) (h & m);
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hs[j] == h && k != DUMMY) {
                        if (k == key) {
                            return j;
                        }
                        boolean eq = Op.eq(k, key);
                        if (table != keys || table[j] != k) {
                            // an __eq__ changed the table under us: look again, as CPython does
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Adds {@code key} unless present: into the first dummy on its path, else the free slot that ends it. */
    private void insert(Object key, long h) {
        Object[] table = keys;
        int m = mask;
        long perturb = h;
        int i = (int) (h & m);
        int free = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (free >= 0) {
                        keys[free] = key;
                        hashes[free] = h;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = h;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[j] == h && k != DUMMY) {
                    if (k == key || Op.eq(k, key)) {
                        return;
                    }
                    if (table != keys || table[j] != k) {
                        // an __eq__ resized the table under us: start again
                        insert(key, h);
                        return;
                    }
                } else if (k == DUMMY) {
                    free = j; // the last dummy on the path is reused (found by experiment on 3.11)
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        Object[] nk = new Object[size];
        long[] nh = new long[size];
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(nk, nh, size - 1, k, oldHashes[i]);
            }
        }
        keys = nk;
        hashes = nh;
        mask = size - 1;
        fill = used;
    }

    /** Puts a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] ks, long[] hs, int m, Object key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (ks[j] == null) {
                        ks[j] = key;
                        hs[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
