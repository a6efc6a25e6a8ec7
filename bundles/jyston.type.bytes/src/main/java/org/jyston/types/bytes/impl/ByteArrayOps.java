package org.jyston.types.bytes.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.TypeSpec;

/** Item assignment, deletion and the mutating methods of {@code bytearray}. */
final class ByteArrayOps {
    private static final String ASSIGN = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

    private ByteArrayOps() {}

    private static void def(TypeSpec s, String name, Args.Body body) {
        s.attribute(name, Args.method("bytearray", name, body));
    }

    static void addTo(TypeSpec s) {
        def(s, "append", (self, a, k) -> {
            int v = Bin.byteValue(Args.one(self, "append", a, k));
            ((PyByteArray) self).append(v);
            return PyNone.None;
        });
        def(s, "extend", (self, a, k) -> {
            Object src = Args.one(self, "extend", a, k);
            byte[] d = Bin.data(src);
            if (d == null) {
                if (src instanceof String) {
                    Op.index(src); // "'str' object cannot be interpreted as an integer", as CPython
                }
                d = Construct.fromIterable(src, null, "can't extend bytearray with " + Op.typeName(src));
            }
            ((PyByteArray) self).extend(d);
            return PyNone.None;
        });
        def(s, "pop", (self, a, k) -> {
            Object[] v = Args.positional(self, "pop", a, k, 0, 1);
            long i = v[0] == null ? -1 : Bin.asLong(v[0]);
            PyByteArray b = (PyByteArray) self;
            synchronized (b) {
                if (b.size() == 0) {
                    throw Errors.raise(Bin.INDEX_ERROR, "pop from empty bytearray");
                }
                int p = Bin.position(i, b.size());
                if (p < 0) {
                    throw Errors.raise(Bin.INDEX_ERROR, "pop index out of range");
                }
                return (long) b.removeAt(p);
            }
        });
        def(s, "remove", (self, a, k) -> {
            int v = Bin.byteValue(Args.one(self, "remove", a, k));
            PyByteArray b = (PyByteArray) self;
            synchronized (b) {
                for (int i = 0; i < b.size(); i++) {
                    if (b.get(i) == v) {
                        b.removeAt(i);
                        return PyNone.None;
                    }
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        def(s, "insert", (self, a, k) -> {
            Object[] v = Args.positional(self, "insert", a, k, 2, 2);
            long i = Bin.asLong(v[0]);
            int x = Bin.byteValue(v[1]);
            PyByteArray b = (PyByteArray) self;
            synchronized (b) {
                int n = b.size();
                if (i < 0) {
                    i = Math.max(0, i + n);
                }
                b.insert((int) Math.min(i, n), x);
            }
            return PyNone.None;
        });
        def(s, "clear", (self, a, k) -> {
            Args.none(self, "clear", a, k);
            ((PyByteArray) self).clear();
            return PyNone.None;
        });
        def(s, "reverse", (self, a, k) -> {
            Args.none(self, "reverse", a, k);
            PyByteArray b = (PyByteArray) self;
            synchronized (b) {
                byte[] d = b.toByteArray();
                for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                    byte t = d[i];
                    d[i] = d[j];
                    d[j] = t;
                }
                b.setAll(d);
            }
            return PyNone.None;
        });
        def(s, "copy", (self, a, k) -> {
            Args.none(self, "copy", a, k);
            return PyByteArray.wrap(((PyByteArray) self).toByteArray());
        });
    }

    private static RuntimeException badIndex(Object key) {
        return Errors.typeError("bytearray indices must be integers or slices, not " + Op.typeName(key));
    }

    static void setitem(PyByteArray self, Object key, Object value) {
        if (key instanceof PySlice sl) {
            byte[] d = Bin.data(value);
            if (d == null) {
                if (value instanceof String || Bin.isIndex(value) || value == PyNone.None) {
                    throw Errors.typeError(ASSIGN);
                }
                d = Construct.fromIterable(value, null, ASSIGN);
            }
            synchronized (self) {
                Bin.Range r = Bin.range(sl, self.size());
                if (r.step() == 1) {
                    self.replace(r.start(), r.start() + r.count(), d);
                    return;
                }
                if (d.length != r.count()) {
                    throw Errors.valueError("attempt to assign bytes of size " + d.length
                            + " to extended slice of size " + r.count());
                }
                for (int k = 0; k < d.length; k++) {
                    self.set(r.at(k), d[k] & 0xff);
                }
            }
            return;
        }
        if (!Bin.isIndex(key)) {
            throw badIndex(key);
        }
        long i = Bin.asLong(key);
        int v = Bin.byteValue(value);
        synchronized (self) {
            int p = Bin.position(i, self.size());
            if (p < 0) {
                throw Errors.raise(Bin.INDEX_ERROR, "bytearray index out of range");
            }
            self.set(p, v);
        }
    }

    static void delitem(PyByteArray self, Object key) {
        if (key instanceof PySlice sl) {
            synchronized (self) {
                Bin.Range r = Bin.range(sl, self.size());
                if (r.count() == 0) {
                    return;
                }
                if (r.step() == 1) {
                    self.replace(r.start(), r.start() + r.count(), new byte[0]);
                    return;
                }
                byte[] d = self.toByteArray();
                boolean[] gone = new boolean[d.length];
                for (int k = 0; k < r.count(); k++) {
                    gone[r.at(k)] = true;
                }
                byte[] out = new byte[d.length - r.count()];
                int j = 0;
                for (int i = 0; i < d.length; i++) {
                    if (!gone[i]) {
                        out[j++] = d[i];
                    }
                }
                self.setAll(out);
            }
            return;
        }
        if (!Bin.isIndex(key)) {
            throw badIndex(key);
        }
        long i = Bin.asLong(key);
        synchronized (self) {
            int p = Bin.position(i, self.size());
            if (p < 0) {
                throw Errors.raise(Bin.INDEX_ERROR, "bytearray index out of range");
            }
            self.removeAt(p);
        }
    }
}
