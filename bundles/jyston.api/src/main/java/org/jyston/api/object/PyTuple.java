package org.jyston.api.object;

import java.util.Arrays;

/** The representation of {@code tuple}: an immutable array of Python objects. */
public class PyTuple {
    public static final PyTuple EMPTY = new PyTuple();

    private final Object[] items;

    protected PyTuple(Object... items) {
        this.items = items;
    }

    /** A tuple of these items (the array is copied). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple that takes ownership of {@code items}: the caller must not change the array afterwards. */
    public static PyTuple wrap(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    /** Whether the tuple holds exactly these objects (by identity), in order. */
    public boolean sameItems(Object[] others) {
        if (others.length != items.length) {
            return false;
        }
        for (int i = 0; i < others.length; i++) {
            if (others[i] != items[i]) {
                return false;
            }
        }
        return true;
    }

    /** The item at Python index {@code i} (negative counts from the end), or null when out of range. */
    public Object itemOrNull(long i) {
        int n = items.length;
        if (i < 0) {
            i += n;
        }
        return i < 0 || i >= n ? null : items[(int) i];
    }

    public Object get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
