package org.jyston.modules.collections.impl;

import java.util.Arrays;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/**
 * The representation of {@code collections.deque}: a circular array whose capacity is a power of
 * two, so both ends take and give items in O(1) with a mask and no allocation. Every method holds
 * the deque's monitor (what CPython's GIL makes atomic stays atomic); {@link #state} counts
 * structural changes, which iterators and the comparing methods check as CPython's does.
 */
class PyDeque implements PyObject {
    private static final Object[] EMPTY = new Object[0];

    private final PyType type;
    private Object[] items = EMPTY;
    private int head;
    private int size;
    /** The bound, or -1 when unbounded. */
    int maxlen = -1;
    /** Bumped by every structural change (CPython's {@code deque->state}). */
    long state;

    PyDeque(PyType type) {
        this.type = type;
    }

    /** A new deque of {@code type}: with an instance dictionary when the type is a Python subclass. */
    static PyDeque of(PyType type) {
        return type.isHeapType() ? new WithDict(type) : new PyDeque(type);
    }

    @Override
    public PyType getType() {
        return type;
    }

    synchronized int size() {
        return size;
    }

    private void grow() {
        int cap = items.length == 0 ? 8 : items.length << 1;
        if (cap < 0) {
            throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.MemoryError);
        }
        Object[] a = new Object[cap];
        int first = Math.min(size, items.length - head);
        System.arraycopy(items, head, a, 0, first);
        System.arraycopy(items, 0, a, first, size - first);
        items = a;
        head = 0;
    }

    /** The item at logical position {@code i} (0 ≤ i < size). */
    synchronized Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    synchronized void set(int i, Object v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    synchronized void append(Object x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = x;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            popLeft();
        }
    }

    synchronized void appendLeft(Object x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            pop();
        }
    }

    /** Removes and returns the rightmost item, or null when empty. */
    synchronized Object pop() {
        if (size == 0) {
            return null;
        }
        state++;
        int at = (head + size - 1) & (items.length - 1);
        Object x = items[at];
        items[at] = null;
        size--;
        return x;
    }

    /** Removes and returns the leftmost item, or null when empty. */
    synchronized Object popLeft() {
        if (size == 0) {
            return null;
        }
        state++;
        Object x = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return x;
    }

    synchronized void clear() {
        state++;
        items = EMPTY;
        head = 0;
        size = 0;
    }

    /** Rotates right by {@code n} (left if negative), moving the fewer items. */
    synchronized void rotate(long n) {
        state++;
        if (size <= 1) {
            return;
        }
        long k = n % size;
        if (k < 0) {
            k += size;
        }
        if (k == 0) {
            return;
        }
        int mask = items.length - 1;
        if (size == items.length) {
            head = (int) ((head - k) & mask); // a full ring rotates by moving its start
            return;
        }
        if (k <= size / 2) {
            for (long j = 0; j < k; j++) {
                int tail = (head + size - 1) & mask;
                head = (head - 1) & mask;
                items[head] = items[tail];
                items[tail] = null;
            }
        } else {
            for (long j = size - k; j > 0; j--) {
                int tail = (head + size) & mask;
                items[tail] = items[head];
                items[head] = null;
                head = (head + 1) & mask;
            }
        }
    }

    synchronized void reverse() {
        int mask = items.length - 1;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int a = (head + i) & mask;
            int b = (head + j) & mask;
            Object t = items[a];
            items[a] = items[b];
            items[b] = t;
        }
    }

    /** Inserts at logical position {@code p} (0 ≤ p ≤ size), shifting the shorter side; no maxlen check. */
    synchronized void insertAt(int p, Object x) {
        state++;
        if (size == items.length) {
            grow();
        }
        int mask = items.length - 1;
        if (p < size - p) {
            head = (head - 1) & mask;
            for (int i = 0; i < p; i++) {
                items[(head + i) & mask] = items[(head + i + 1) & mask];
            }
        } else {
            for (int i = size; i > p; i--) {
                items[(head + i) & mask] = items[(head + i - 1) & mask];
            }
        }
        items[(head + p) & mask] = x;
        size++;
    }

    /** Removes the item at logical position {@code p} (0 ≤ p < size), shifting the shorter side. */
    synchronized void removeAt(int p) {
        state++;
        int mask = items.length - 1;
        if (p < size - 1 - p) {
            for (int i = p; i > 0; i--) {
                items[(head + i) & mask] = items[(head + i - 1) & mask];
            }
            items[head] = null;
            head = (head + 1) & mask;
        } else {
            for (int i = p; i < size - 1; i++) {
                items[(head + i) & mask] = items[(head + i + 1) & mask];
            }
            items[(head + size - 1) & mask] = null;
        }
        size--;
    }

    /** A snapshot of the items, left to right. */
    synchronized Object[] toArray() {
        Object[] out = new Object[size];
        int first = Math.min(size, items.length - head);
        System.arraycopy(items, head, out, 0, first);
        System.arraycopy(items, 0, out, first, size - first);
        return out;
    }

    /** Replaces the contents with {@code a} (ownership taken), as a structural change. */
    synchronized void setAll(Object[] a) {
        state++;
        int cap = 8;
        while (cap < a.length) {
            cap <<= 1;
        }
        items = a.length == cap ? a : Arrays.copyOf(a, cap);
        head = 0;
        size = a.length;
    }

    @Override
    public String toString() {
        return "deque" + Arrays.toString(toArray());
    }

    /** A deque of a Python subclass: it has an instance dictionary. */
    static final class WithDict extends PyDeque implements HasDict {
        private PyDict dict;

        WithDict(PyType type) {
            super(type);
        }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public PyDict getDictIfPresent() {
            return dict;
        }
    }
}
