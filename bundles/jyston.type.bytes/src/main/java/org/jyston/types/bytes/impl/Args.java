package org.jyston.types.bytes.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;

/**
 * The arguments of a call to a bytes or bytearray method: {@code args[0]} is self, then positional
 * values, then keyword values named by {@code kwnames}. Binds them with CPython's messages.
 */
final class Args {
    /** A method body: self (already checked) and the bound argument values. */
    @FunctionalInterface
    interface Body {
        Object call(Object self, Object[] args, String[] kwnames);
    }

    private Args() {}

    /** A method of {@code kind} ("bytes" or "bytearray") whose self is checked before the body runs. */
    static PyBuiltinFunction method(String kind, String name, Body body) {
        return new PyBuiltinFunction(name, (args, kwnames) -> {
            if (args.length == 0 || args.length == kwCount(kwnames)) {
                throw Errors.typeError("unbound method " + kind + "." + name + "() needs an argument");
            }
            Object self = args[0];
            boolean ok = kind.equals("bytes") ? Bin.isBytes(self) : Bin.isArray(self);
            if (!ok) {
                throw Errors.typeError("descriptor '" + name + "' for '" + kind + "' objects doesn't apply to a '"
                        + Op.typeName(self) + "' object");
            }
            return body.call(self, args, kwnames);
        });
    }

    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** No parameters: "bytes.upper() takes no arguments (1 given)". */
    static void none(Object self, String method, Object[] args, String[] kwnames) {
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError(Bin.kind(self) + "." + method + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError(Bin.kind(self) + "." + method + "() takes no arguments (" + (args.length - 1)
                    + " given)");
        }
    }

    /** Exactly one: "bytes.zfill() takes exactly one argument (0 given)". */
    static Object one(Object self, String method, Object[] args, String[] kwnames) {
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError(Bin.kind(self) + "." + method + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError(Bin.kind(self) + "." + method + "() takes exactly one argument ("
                    + (args.length - 1) + " given)");
        }
        return args[1];
    }

    /** Positional-only, Argument Clinic style: "center expected at least 1 argument, got 0". */
    static Object[] positional(Object self, String method, Object[] args, String[] kwnames, int min, int max) {
        if (kwCount(kwnames) > 0) {
            throw Errors.typeError(Bin.kind(self) + "." + method + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        org.jyston.api.object.ClinicArgs.positional(method, n, min, max);
        return fill(args, n, max);
    }

    /** Positional-only, older style: "find() takes at least 1 argument (0 given)". */
    static Object[] positionalOld(String method, Object[] args, String[] kwnames, int min, int max) {
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
        return fill(args, n, max);
    }

    /** Parameters that may be given by keyword ({@code split(sep=None, maxsplit=-1)}); missing ones null. */
    static Object[] keywords(String method, Object[] args, String[] kwnames, String... names) {
        int nkw = kwCount(kwnames);
        int npos = args.length - 1 - nkw;
        if (npos + nkw > names.length && npos > 0) {
            throw Errors.typeError(method + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        Object[] v = fill(args, Math.min(npos, names.length), names.length);
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
        return v;
    }

    private static Object[] fill(Object[] args, int n, int max) {
        Object[] v = new Object[max];
        System.arraycopy(args, 1, v, 0, n);
        return v;
    }
}
