package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;

/**
 * Argument checking for builtin functions, with the messages CPython's two conventions produce:
 * {@code PyArg_UnpackTuple} ("divmod expected 2 arguments, got 1") and Argument Clinic ("pow()
 * missing required argument 'exp' (pos 2)").
 */
final class Args {
    private Args() {}

    static int nkw(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** "f() takes no keyword arguments" if any keyword was given. */
    static void noKeywords(String name, String[] kwnames) {
        if (nkw(kwnames) > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** The single positional argument of a one-argument builtin ({@code METH_O}). */
    static Object one(String name, Object[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** Positional arguments only, between {@code min} and {@code max}, as {@code PyArg_UnpackTuple} says. */
    static void unpack(String name, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        checkCount(name, args.length, min, max);
    }

    static void checkCount(String name, int n, int min, int max) {
        org.jyston.api.object.ClinicArgs.positional(name, n, min, max);
    }

    /**
     * Argument Clinic's parsing: {@code names} are the parameters in order, the first
     * {@code posOnly} positional-only, the first {@code required} required; the result holds each
     * parameter's value or null when it was not given.
     */
    static Object[] parse(String fname, Object[] args, String[] kwnames, String[] names, int posOnly, int required) {
        int nkw = nkw(kwnames);
        int npos = args.length - nkw;
        int max = names.length;
        if (args.length > max) {
            throw Errors.typeError(fname + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " ("
                    + args.length + " given)");
        }
        int minPos = Math.min(posOnly, required);
        if (npos < minPos) {
            throw Errors.typeError(fname + "() takes " + (minPos == max ? "exactly " : "at least ") + minPos
                    + " positional argument" + (minPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[max];
        int used = 0;
        for (int i = 0; i < max; i++) {
            if (i < npos) {
                out[i] = args[i];
                continue;
            }
            if (i >= posOnly) {
                for (int k = 0; k < nkw; k++) {
                    if (kwnames[k].equals(names[i])) {
                        out[i] = args[npos + k];
                        used++;
                        break;
                    }
                }
            }
            if (out[i] == null && i < required) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (used < nkw) {
            for (int k = 0; k < nkw; k++) {
                int at = indexOf(names, kwnames[k]);
                if (at >= posOnly && at < npos) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + kwnames[k]
                            + "') and position (" + (at + 1) + ")");
                }
                if (at < posOnly) {
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
