package org.jyston.api.object;

import java.util.Arrays;

/**
 * The representation of {@code list}: a growable array. Mutations and reads hold the list's monitor,
 * so {@code list.append} from many threads never loses an item (what CPython's GIL guarantees).
 */
public class PyList {
    private static final Object[] NONE = new Object[0];

    private Object[] items;
    private int size;

    public PyList() {
        items = NONE;
    }

    /** A list that takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized Object get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    /**
     * The item at Python index {@code i} (negative counts from the end), or null when it is out of
     * range. Reads without the monitor, for the tiers' indexing fast path: it reads one array and
     * one size, so a concurrent resize gives an old or a new view, never a fault; a null item (a
     * racing writer's array not yet visible here) sends the caller to the synchronized path.
     */
    public Object itemOrNull(long i) {
        Object[] a = items;
        int n = size;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n || i >= a.length) {
            return null;
        }
        return a[(int) i];
    }

    /** Stores the item at Python index {@code i} (negative counts from the end); false when out of range. */
    public synchronized boolean setItem(long i, Object v) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            return false;
        }
        items[(int) i] = v;
        return true;
    }

    public synchronized void set(int i, Object v) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        items[i] = v;
    }

    public synchronized void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public synchronized void insert(int i, Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        }
        int at = Math.max(0, Math.min(i, size));
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = v;
        size++;
    }

    public synchronized Object removeAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces the whole contents (taking ownership of the array). */
    public synchronized void setAll(Object[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    public synchronized void clear() {
        items = NONE;
        size = 0;
    }

    /**
     * {@code count} items from {@code start} by {@code step}, as far as the list (which may have
     * shrunk since the caller computed the bounds) still has them.
     */
    public synchronized Object[] slice(long start, long step, int count) {
        Object[] out = new Object[count];
        int n = 0;
        for (long p = start; n < count && p >= 0 && p < size; p += step) {
            out[n++] = items[(int) p];
        }
        return n == count ? out : Arrays.copyOf(out, n);
    }

    /** A snapshot of the items. */
    public synchronized Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
