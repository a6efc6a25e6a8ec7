package org.jyston.modules.posix.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;

/**
 * Argument parsing with the messages of CPython's Argument Clinic, which generates the parsers of
 * the C modules this bundle stands in for.
 */
final class Args {
    private Args() {}

    /**
     * Parses positional and keyword arguments against parameter names. The first {@code posOnly}
     * parameters are positional-only, those from {@code kwOnly} on keyword-only, the first
     * {@code required} must be given; missing optional ones are null in the result.
     */
    static Object[] parse(String fname, Object[] args, String[] kw, String[] names, int required, int posOnly,
            int kwOnly) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int maxPos = kwOnly;
        // The two checks of CPython's _PyArg_UnpackKeywords, in its order and words.
        if (npos > names.length) {
            int minPosOnly = Math.min(required, posOnly);
            throw Errors.typeError(fname + "() takes " + (minPosOnly < names.length ? "at most" : "exactly") + " "
                    + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (npos > maxPos) {
            if (maxPos == 0) {
                throw Errors.typeError(fname + "() takes no positional arguments");
            }
            throw Errors.typeError(fname + "() takes " + (required < maxPos ? "at most" : "exactly") + " " + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kw[k])) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
            }
            if (at < npos) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kw[k] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** All parameters positional-or-keyword. */
    static Object[] parse(String fname, Object[] args, String[] kw, String[] names, int required) {
        return parse(fname, args, kw, names, required, 0, names.length);
    }

    /** Exactly {@code n} positional arguments, as {@code _PyArg_CheckPositional}: "read expected 2 arguments, got 1". */
    static void exact(String fname, Object[] args, String[] kw, int n) {
        noKeywords(fname, kw);
        if (args.length != n) {
            if (n == 1) {
                throw Errors.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
            }
            throw Errors.typeError(fname + " expected " + n + " arguments, got " + args.length);
        }
    }

    /** A function without parameters: "posix.getcwd() takes no arguments (1 given)". */
    static void none(String qualname, Object[] args, String[] kw) {
        noKeywords(qualname, kw);
        if (args.length != 0) {
            throw Errors.typeError(qualname + "() takes no arguments (" + args.length + " given)");
        }
    }

    static void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** A C int argument: an index, range-checked as CPython's {@code _PyLong_AsInt}. */
    static int cint(Object o) {
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        Object v = Op.index(o);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        boolean big = v instanceof BigInteger b ? b.signum() > 0 : (Long) v > 0;
        throw Errors.overflow("signed integer is " + (big ? "greater than maximum" : "less than minimum"));
    }

    /** A C long (Py_ssize_t, off_t) argument. */
    static long clong(Object o) {
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C long");
    }

    /** A truth value ({@code follow_symlinks=}). */
    static boolean bool(Object o, boolean dflt) {
        return o == null ? dflt : Op.isTrue(o);
    }

    static PyBuiltinFunction fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        d.put(name, f);
        return f;
    }
}
