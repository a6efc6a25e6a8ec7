package org.jyston.modules.contextvars.impl;

/**
 * The immutable mapping of a context: variable → value, an open-addressing table probed by the
 * variable's fixed hash and compared by identity (CPython uses a HAMT; contexts hold few variables,
 * so copy-on-write of two small arrays is as cheap and a lookup allocates nothing). A context's
 * {@code copy()} shares its {@code Vars}; {@code set} makes a new one.
 */
final class Vars {
    static final Vars EMPTY = new Vars(new PyContextVar[8], new Object[8], 0);

    private final PyContextVar[] keys;
    private final Object[] values;
    private final int size;

    private Vars(PyContextVar[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The value of {@code var}, or null when it has none. */
    Object get(PyContextVar var) {
        PyContextVar[] k = keys;
        int mask = k.length - 1;
        for (int i = var.hash & mask;; i = (i + 1) & mask) {
            PyContextVar at = k[i];
            if (at == var) {
                return values[i];
            }
            if (at == null) {
                return null;
            }
        }
    }

    /** A mapping with {@code var} bound to {@code value} (not null). */
    Vars with(PyContextVar var, Object value) {
        if (get(var) == null && (size + 1) * 2 > keys.length) {
            return rebuilt(keys.length * 2, null).with(var, value);
        }
        PyContextVar[] k = keys.clone();
        Object[] v = values.clone();
        int mask = k.length - 1;
        int i = var.hash & mask;
        while (k[i] != null && k[i] != var) {
            i = (i + 1) & mask;
        }
        int n = k[i] == null ? size + 1 : size;
        k[i] = var;
        v[i] = value;
        return new Vars(k, v, n);
    }

    /** A mapping without {@code var}; this one when it has no value. */
    Vars without(PyContextVar var) {
        return get(var) == null ? this : rebuilt(keys.length, var);
    }

    private Vars rebuilt(int capacity, PyContextVar skip) {
        PyContextVar[] k = new PyContextVar[capacity];
        Object[] v = new Object[capacity];
        int mask = capacity - 1;
        int n = 0;
        for (int j = 0; j < keys.length; j++) {
            PyContextVar var = keys[j];
            if (var != null && var != skip) {
                int i = var.hash & mask;
                while (k[i] != null) {
                    i = (i + 1) & mask;
                }
                k[i] = var;
                v[i] = values[j];
                n++;
            }
        }
        return new Vars(k, v, n);
    }

    /** The variables in table order (which is what iteration shows, as CPython's is its HAMT's order). */
    PyContextVar[] keys() {
        PyContextVar[] out = new PyContextVar[size];
        int n = 0;
        for (PyContextVar var : keys) {
            if (var != null) {
                out[n++] = var;
            }
        }
        return out;
    }

    /** The values, in the order of {@link #keys()}. */
    Object[] values() {
        Object[] out = new Object[size];
        int n = 0;
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != null) {
                out[n++] = values[j];
            }
        }
        return out;
    }
}
