package org.jyston.api.object;

import java.math.BigInteger;

/**
 * Methods of builtin types and modules written in Java, with CPython's argument errors (its
 * Argument Clinic's checks). A method body receives the whole argument array with {@code self} at
 * index 0 (the array the caller made): no copy per call, unlike {@link BuiltinMethods}.
 */
public final class ClinicArgs {
    private ClinicArgs() {}

    /** A method body: {@code args[0]} is self (already checked), the rest the arguments. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    /**
     * A method of a builtin type, checking {@code self} as CPython's method descriptors do:
     * {@code shortName} is the type's {@code __name__}, {@code tpName} its full name.
     */
    public static PyBuiltinFunction method(String shortName, String tpName, Class<?> cls, String name, Body body) {
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

    public static int nkw(String[] kw) {
        return BuiltinMethods.nkw(kw);
    }

    public static void noKw(String qualname, String[] kw) {
        BuiltinMethods.noKw(qualname, kw);
    }

    /** METH_NOARGS with self at 0. */
    public static void none(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 1) {
            throw Errors.typeError(qualname + "() takes no arguments (" + (args.length - 1) + " given)");
        }
    }

    /** METH_O with self at 0: the argument. */
    public static Object one(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 2) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        return args[1];
    }

    /** Argument Clinic's positional check ({@code _PyArg_CheckPositional}); {@code n} counts the arguments. */
    public static void positional(String name, int n, int min, int max) {
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
    public static long ssize(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** {@code PyLong_AsSsize_t}: ints only (no {@code __index__}), OverflowError beyond 64 bits. */
    public static long exactSsize(Object o) {
        Object v = o instanceof Boolean b ? (Object) (b ? 1L : 0L) : Derived.unwrap(o);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        throw Errors.typeError("an integer is required");
    }

    /** A slice bound as {@code _PyEval_SliceIndexNotNone}: clamped to the ssize range. */
    public static long sliceIndex(Object o) {
        if (!(o instanceof Long || o instanceof BigInteger || o instanceof Boolean)
                && PyType.of(o).unary(Slot.INDEX) == null
                && !(Derived.unwrap(o) instanceof Long)
                && !(Derived.unwrap(o) instanceof BigInteger)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        return ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * Argument Clinic's keyword parsing: the values of {@code names} in order (null where not
     * given); the first {@code posOnly} names cannot be given by keyword, at most {@code maxPos}
     * values come by position, the first {@code required} are required.
     */
    public static Object[] parse(String fname, String[] names, int posOnly, int maxPos, int required, Object[] args,
            String[] kw) {
        int nkw = nkw(kw);
        int npos = args.length - nkw;
        if (npos > maxPos) {
            throw Errors.typeError(fname + "() takes at most " + maxPos
                    + (maxPos < names.length ? " positional" : "") + " argument" + (maxPos == 1 ? "" : "s") + " ("
                    + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        String unknown = null;
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                if (unknown == null) {
                    unknown = kw[k]; // reported after the required ones, as Argument Clinic does
                }
                continue;
            }
            if (out[at] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kw[k]
                        + "') and position (" + (at + 1) + ")");
            }
            out[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i]
                        + "' (pos " + (i + 1) + ")");
            }
        }
        if (unknown != null) {
            throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for "
                    + fname + "()");
        }
        return out;
    }
}
