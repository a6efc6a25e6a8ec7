package org.jyston.runtime.impl;

import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code all}, {@code any}, {@code iter}, {@code next}, {@code len}, {@code min}, {@code max}, {@code sorted}. */
final class BuiltinsIteration {
    private BuiltinsIteration() {}

    static void install(Map<String, Object> b) {
        Builtins.fn(b, "all", (a, k) -> {
            Object it = Op.iter(Args.one("all", a, k));
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                if (!Op.isTrue(x)) {
                    return false;
                }
            }
            return true;
        });
        Builtins.fn(b, "any", (a, k) -> {
            Object it = Op.iter(Args.one("any", a, k));
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                if (Op.isTrue(x)) {
                    return true;
                }
            }
            return false;
        });
        Builtins.fn(b, "len", (a, k) -> Op.len(Args.one("len", a, k)));
        Builtins.fn(b, "iter", BuiltinsIteration::iter);
        Builtins.fn(b, "next", BuiltinsIteration::next);
        Builtins.fn(b, "max", (a, k) -> minmax("max", Slot.GT, a, k));
        Builtins.fn(b, "min", (a, k) -> minmax("min", Slot.LT, a, k));
        Builtins.fn(b, "sorted", BuiltinsIteration::sorted);
    }

    static boolean isCallable(Object o) {
        return o instanceof PyCallable || PyType.of(o).slot(Slot.CALL) != null;
    }

    private static Object iter(Object[] a, String[] k) {
        Args.unpack("iter", a, k, 1, 2);
        if (a.length == 1) {
            return Op.iter(a[0]);
        }
        if (!isCallable(a[0])) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(a[0], a[1]);
    }

    /** {@code next(iterator[, default])}: the iterator's own StopIteration (and its value) propagates. */
    private static Object next(Object[] a, String[] k) {
        Args.unpack("next", a, k, 1, 2);
        Slot.Unary f = PyType.of(a[0]).unary(Slot.NEXT);
        if (f == null) {
            throw Errors.typeError("'" + Op.typeName(a[0]) + "' object is not an iterator");
        }
        try {
            Object r = f.apply(a[0]);
            if (r != null) {
                return r;
            }
        } catch (PyException e) {
            if (a.length == 1 || !e.matches(Errors.StopIteration.get())) {
                throw e;
            }
            return a[1];
        }
        if (a.length == 2) {
            return a[1];
        }
        throw Errors.raise(Errors.StopIteration);
    }

    /** {@code min} and {@code max}: one iterable or several arguments; {@code key=}, {@code default=}. */
    static Object minmax(String name, Slot op, Object[] a, String[] k) {
        int nkw = Args.nkw(k);
        int npos = a.length - nkw;
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object key = null;
        Object dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (k[i]) {
                case "key":
                    key = a[npos + i];
                    break;
                case "default":
                    dflt = a[npos + i];
                    break;
                default:
                    throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (key == PyNone.None) {
            key = null;
        }
        if (npos > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        Best best = new Best(op, key);
        if (npos > 1) {
            for (int i = 0; i < npos; i++) {
                best.consider(a[i]);
            }
        } else {
            Object it = Op.iter(a[0]);
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                best.consider(x);
            }
        }
        if (best.item != null) {
            return best.item;
        }
        if (dflt != null) {
            return dflt;
        }
        throw Errors.valueError(name + "() arg is an empty sequence");
    }

    /** The running winner of {@code min} or {@code max}: a later item wins only if strictly better. */
    private static final class Best {
        final Slot op;
        final Object key;
        Object item;
        Object itemKey;

        Best(Slot op, Object key) {
            this.op = op;
            this.key = key;
        }

        void consider(Object x) {
            Object kx = key == null ? x : Op.call(key, x);
            if (item == null || Op.isTrue(Op.compare(op, kx, itemKey))) {
                item = x;
                itemKey = kx;
            }
        }
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list, sorted by {@code list.sort}. */
    private static Object sorted(Object[] a, String[] k) {
        int nkw = Args.nkw(k);
        int npos = a.length - nkw;
        if (npos != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + npos);
        }
        PyList list = toList(a[0]);
        Object sort = PyType.of(list).lookup("sort");
        Object[] callArgs = new Object[1 + nkw];
        callArgs[0] = list;
        System.arraycopy(a, 1, callArgs, 1, nkw);
        if (sort != null) {
            Op.call(sort, callArgs, nkw == 0 ? null : k);
        } else {
            Sorting.sort(list, callArgs, k);
        }
        return list;
    }

    /** {@code list(iterable)}. */
    static PyList toList(Object iterable) {
        PyList list = new PyList();
        Object it = Op.iter(iterable);
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            list.append(x);
        }
        return list;
    }
}
