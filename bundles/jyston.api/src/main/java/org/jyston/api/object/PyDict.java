package org.jyston.api.object;

import java.util.Arrays;

/**
 * The representation of {@code dict}: insertion-ordered, keys compared with Python's {@code __hash__}
 * and {@code __eq__}. Layout as CPython's compact dict: entries in insertion order, and a sparse
 * open-addressing index of entry numbers. Every operation holds the dict's monitor, so concurrent
 * {@code d[k] = v} from many threads never loses an update or corrupts the table (what CPython's GIL
 * guarantees); {@link #version()} changes on every structural change, for iterators to detect
 * "dictionary changed size during iteration".
 */
public class PyDict {
    private static final TypeRef DICT_TYPE = TypeRef.of("dict");

    /**
     * Whether merging {@code m} into a dict ({@code dict(m)}, {@code update}, {@code {**m}},
     * {@code f(**m)}, {@code copy}) may read its storage: {@code m} is a dict whose type keeps dict's
     * {@code __iter__}. Otherwise CPython goes through {@code keys()} and {@code __getitem__}.
     */
    public static boolean mergesByStorage(Object m) {
        if (!(m instanceof PyDict)) {
            return false;
        }
        return m.getClass() == PyDict.class || PyType.of(m).slot(Slot.ITER) == DICT_TYPE.get().slot(Slot.ITER);
    }

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_INDEX = 8;

    private int[] index = new int[MIN_INDEX];
    private Object[] keys = new Object[5];
    private Object[] values = new Object[5];
    private long[] hashes = new long[5];
    /** Entries used so far, deleted ones included. */
    private int used;
    private int size;
    /** Volatile so inline caches can validate lock-free reads (see {@link #valueAt}). */
    private volatile int version;

    public PyDict() {
        Arrays.fill(index, EMPTY);
    }

    public synchronized int size() {
        return size;
    }

    /** Changes whenever a key is added or removed. */
    public int version() {
        return version;
    }

    /** For inline caches: the entry index of {@code key} (stable until {@link #version()} changes), or -1. */
    public synchronized int indexOf(Object key) {
        return lookup(key, Op.hash(key));
    }

    /**
     * For inline caches: the value at an entry index found by {@link #indexOf}, read without the lock.
     * Valid only if {@link #version()} is the same before and after the read, which the caller checks;
     * null if the entry is gone.
     */
    public Object valueAt(int entry) {
        Object[] v = values;
        return entry < v.length ? v[entry] : null;
    }

    /** The value for {@code key}, or null. */
    public synchronized Object get(Object key) {
        int e = lookup(key, Op.hash(key));
        return e < 0 ? null : values[e];
    }

    public synchronized boolean containsKey(Object key) {
        return lookup(key, Op.hash(key)) >= 0;
    }

    /** Sets {@code key} to {@code value}, keeping the position of an existing key. */
    public synchronized void put(Object key, Object value) {
        long h = Op.hash(key);
        int e = lookup(key, h);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        insertNew(key, value, h);
    }

    /**
     * {@code dict.setdefault}: the value of {@code key}, else {@code dflt} stored under it, with one
     * hash and one lookup (CPython calls {@code __hash__} and {@code __eq__} once).
     */
    public synchronized Object setDefault(Object key, Object dflt) {
        long h = Op.hash(key);
        int e = lookup(key, h);
        if (e >= 0) {
            return values[e];
        }
        insertNew(key, dflt, h);
        return dflt;
    }

    /** Adds an entry for a key known to be absent. */
    private void insertNew(Object key, Object value, long h) {
        if (used == keys.length) {
            grow();
        }
        if ((used + 1) * 3 >= index.length * 2) {
            rebuildIndex(Math.max(MIN_INDEX, Integer.highestOneBit(Math.max(size, 1) * 3) * 2));
        }
        int slot = freeSlot(h);
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        index[slot] = used++;
        size++;
        version++;
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    public synchronized Object remove(Object key) {
        long h = Op.hash(key);
        int i = lookupSlot(key, h);
        if (i < 0) {
            return null;
        }
        int e = index[i];
        Object v = values[e];
        index[i] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version++;
        return v;
    }

    public synchronized void clear() {
        index = new int[MIN_INDEX];
        Arrays.fill(index, EMPTY);
        keys = new Object[5];
        values = new Object[5];
        hashes = new long[5];
        used = 0;
        size = 0;
        version++;
    }

    /** The keys in insertion order, as a snapshot. */
    public synchronized Object[] keys() {
        Object[] out = new Object[size];
        for (int e = 0, n = 0; e < used; e++) {
            if (keys[e] != null) {
                out[n++] = keys[e];
            }
        }
        return out;
    }

    /** The values in insertion order, as a snapshot. */
    public synchronized Object[] values() {
        Object[] out = new Object[size];
        for (int e = 0, n = 0; e < used; e++) {
            if (keys[e] != null) {
                out[n++] = values[e];
            }
        }
        return out;
    }

    /**
     * Entry position {@code pos} onwards: the first live entry at or after it, as {@code {key,
     * value}} with its position in {@code next[0]}, or null at the end. For iterators that walk the
     * dict while checking {@link #version()}.
     */
    public synchronized Object[] entryAt(int pos, int[] next) {
        for (int e = pos; e < used; e++) {
            if (keys[e] != null) {
                next[0] = e + 1;
                return new Object[] {keys[e], values[e]};
            }
        }
        return null;
    }

    /** A shallow copy. */
    public synchronized PyDict copy() {
        PyDict d = new PyDict();
        d.index = index.clone();
        d.keys = keys.clone();
        d.values = values.clone();
        d.hashes = hashes.clone();
        d.used = used;
        d.size = size;
        return d;
    }

    private int lookup(Object key, long h) {
        int slot = lookupSlot(key, h);
        return slot < 0 ? -1 : index[slot];
    }

    /**
     * The index slot holding {@code key}'s entry, or -1. A key's {@code __eq__} may change the
     * dictionary (even empty it): then the lookup starts again on the new table, as CPython's does.
     */
    private int lookupSlot(Object key, long h) {
        restart:
        while (true) {
            int[] idx = index;
            Object[] ks = keys;
            long[] hs = hashes;
            int mask = idx.length - 1;
            long perturb = h;
            for (int i = (int) (h & mask);; ) {
                int e = idx[i];
                if (e == EMPTY) {
                    return -1;
                }
                if (e >= 0 && hs[e] == h) {
                    Object k = ks[e];
                    if (k == key) {
                        return i;
                    }
                    boolean eq = Op.eq(k, key);
                    if (idx != index || ks != keys || idx[i] != e || ks[e] != k) {
                        continue restart;
                    }
                    if (eq) {
                        return i;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    private int freeSlot(long h) {
        int mask = index.length - 1;
        long perturb = h;
        for (int i = (int) (h & mask);; ) {
            if (index[i] < 0) {
                return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Compacts the entries (dropping deleted ones) and makes room for more. */
    private void grow() {
        int n = Math.max(8, size * 2 + 1);
        Object[] k = new Object[n];
        Object[] v = new Object[n];
        long[] hs = new long[n];
        int j = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                k[j] = keys[e];
                v[j] = values[e];
                hs[j] = hashes[e];
                j++;
            }
        }
        keys = k;
        values = v;
        hashes = hs;
        used = j;
        rebuildIndex(Math.max(MIN_INDEX, Integer.highestOneBit(n * 3 / 2) * 2));
    }

    private void rebuildIndex(int capacity) {
        index = new int[capacity];
        Arrays.fill(index, EMPTY);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                index[freeSlot(hashes[e])] = e;
            }
        }
    }
}
