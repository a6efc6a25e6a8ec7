package org.jyston.modules.collections.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyType;

/**
 * Methods of this bundle's types and CPython's argument errors. A method body receives the
 * whole argument array with {@code self} at index 0 (the array the caller made): no copy per call.
 */
final class Args {
    private Args() {}

    /** A method body: {@code args[0]} is self (already checked), the rest the arguments. */
    @FunctionalInterface
    interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    /**
     * A method of a builtin type, checking {@code self} as CPython's method descriptors do:
     * {@code shortName} is the type's {@code __name__}, {@code tpName} its full name.
     */
    static PyBuiltinFunction method(String shortName, String tpName, Class<?> cls, String name, Body body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0 || args.length == nkw(kw)) {
                throw Errors.typeError("unbound method " + shortName + "." + name + "() needs an argument");
            }
            if (!cls.isInstance(args[0])) {
                throw Errors.typeError("descriptor '" + name + "' for '" + tpName + "' objects doesn't apply to a '"
                        + Op.typeName(args[0]) + "' object");
            }
            return body.call(args, kw);
        });
    }

    static int nkw(String[] kw) {
        return kw == null ? 0 : kw.length;
    }

    static void noKw(String qualname, String[] kw) {
        if (nkw(kw) > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS with self at 0. */
    static void none(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 1) {
            throw Errors.typeError(qualname + "() takes no arguments (" + (args.length - 1) + " given)");
        }
    }

    /** METH_O with self at 0: the argument. */
    static Object one(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 2) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        return args[1];
    }

    /** Argument Clinic's positional check ({@code _PyArg_CheckPositional}); {@code n} counts the arguments. */
    static void positional(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** An index argument as a Py_ssize_t ({@code PyNumber_AsSsize_t(o, OverflowError)}). */
    static long ssize(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** {@code PyLong_AsSsize_t}: ints only (no {@code __index__}), OverflowError beyond 64 bits. */
    static long exactSsize(Object o) {
        Object v = o instanceof Boolean b ? (Object) (b ? 1L : 0L) : org.jyston.api.object.Derived.unwrap(o);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        throw Errors.typeError("an integer is required");
    }

    /** A slice bound as {@code _PyEval_SliceIndexNotNone}: clamped to the ssize range. */
    static long sliceIndex(Object o) {
        if (!(o instanceof Long || o instanceof BigInteger || o instanceof Boolean)
                && PyType.of(o).unary(org.jyston.api.object.Slot.INDEX) == null
                && !(org.jyston.api.object.Derived.unwrap(o) instanceof Long)
                && !(org.jyston.api.object.Derived.unwrap(o) instanceof BigInteger)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        return ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
