package org.jyston.modules.sre.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;

/** Argument unpacking with the messages of CPython's Argument Clinic, as {@code _sre}'s methods use it. */
final class Args {
    private Args() {}

    /**
     * Positional-or-keyword parameters {@code names}, the first {@code required} of them required:
     * {@code args} are the positional values then the keyword values named by {@code kwnames}. Missing
     * optional parameters are null.
     */
    static Object[] parse(String fname, Object[] args, String[] kwnames, String[] names, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        Object[] v = new Object[names.length];
        System.arraycopy(args, 0, v, 0, npos);
        String unknown = null;
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                if (unknown == null) {
                    unknown = kwnames[k];
                }
                continue;
            }
            if (at < npos) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kwnames[k] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (v[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (unknown != null) {
            throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for " + fname + "()");
        }
        return v;
    }

    /** A {@code Py_ssize_t} argument: an index, else OverflowError past 64 bits. */
    static long ssize(Object o, long dflt) {
        if (o == null) {
            return dflt;
        }
        Object i = Op.index(o);
        if (i instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (Long) i;
    }
}
