package org.jyston.type.str.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;

/**
 * The arguments of a call to a str method: {@code args[0]} is self, then positional values, then
 * keyword values named by {@code kwnames}. Binds them to parameters with CPython's messages.
 */
final class Args {
    final String self;
    final Object[] values;

    private Args(String self, Object[] values) {
        this.self = self;
        this.values = values;
    }

    static String self(String method, Object[] args) {
        if (args.length == 0) {
            throw Errors.typeError("unbound method str." + method + "() needs an argument");
        }
        if (!(args[0] instanceof String s)) {
            throw Errors.typeError("descriptor '" + method + "' for 'str' objects doesn't apply to a '"
                    + Op.typeName(args[0]) + "' object");
        }
        return s;
    }

    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** A method without parameters: "str.upper() takes no arguments (1 given)". */
    static String none(String method, Object[] args, String[] kwnames) {
        String s = self(method, args);
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError("str." + method + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("str." + method + "() takes no arguments (" + (args.length - 1) + " given)");
        }
        return s;
    }

    /**
     * Positional-only parameters, {@code min..max} of them, missing ones null. Messages in the style
     * of Argument Clinic's {@code _PyArg_CheckPositional}: "strip expected at most 1 argument, got 2".
     */
    static Args positional(String method, Object[] args, String[] kwnames, int min, int max) {
        String s = self(method, args);
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError("str." + method + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n < min) {
            throw Errors.typeError(method + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(method + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
        return new Args(s, fill(args, n, max));
    }

    /** As {@link #positional} but with the older "find() takes at least 1 argument (0 given)" wording. */
    static Args positionalOld(String method, Object[] args, String[] kwnames, int min, int max) {
        String s = self(method, args);
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError(method + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n < min) {
            throw Errors.typeError(method + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " ("
                    + n + " given)");
        }
        if (n > max) {
            throw Errors.typeError(method + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " ("
                    + n + " given)");
        }
        return new Args(s, fill(args, n, max));
    }

    /** Exactly one positional argument: "str.zfill() takes exactly one argument (0 given)". */
    static Args one(String method, Object[] args, String[] kwnames) {
        String s = self(method, args);
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError("str." + method + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("str." + method + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        return new Args(s, new Object[] {args[1]});
    }

    /** Parameters that may also be given by keyword ({@code split(sep=None, maxsplit=-1)}). */
    static Args keywords(String method, Object[] args, String[] kwnames, String... names) {
        String s = self(method, args);
        int nkw = kwCount(kwnames);
        int npos = args.length - 1 - nkw;
        if (npos > names.length) {
            throw Errors.typeError(method + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        Object[] v = fill(args, npos, names.length);
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kwnames[k])) {
                    at = j;
                }
            }
            if (at < 0) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + method + "()");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for " + method + "() given by name ('" + names[at]
                        + "') and position (" + (at + 1) + ")");
            }
            v[at] = args[1 + npos + k];
        }
        return new Args(s, v);
    }

    private static Object[] fill(Object[] args, int n, int max) {
        Object[] v = new Object[max];
        System.arraycopy(args, 1, v, 0, n);
        return v;
    }

    Object get(int i) {
        return values[i];
    }

    boolean has(int i) {
        return values[i] != null;
    }
}
