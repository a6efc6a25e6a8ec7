package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code bytes(...)} and {@code bytearray(...)}. */
final class Construct {
    private Construct() {}

    /** source, encoding, errors: positional or by keyword; missing ones null. */
    private static Object[] bind(String fn, Object[] args, String[] kwnames) {
        int nkw = Args.kwCount(kwnames);
        int npos = args.length - nkw;
        if (args.length > 3) {
            throw Errors.typeError(fn + "() takes at most 3 arguments (" + args.length + " given)");
        }
        Object[] v = new Object[3];
        System.arraycopy(args, 0, v, 0, npos);
        String[] names = {"source", "encoding", "errors"};
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (at < 0) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for " + fn + "() given by name ('" + names[at] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = args[npos + k];
        }
        return v;
    }

    static Object newBytes(Object[] args, String[] kwnames) {
        Object[] v = bind("bytes", args, kwnames);
        if (v[0] == null && v[1] == null && v[2] == null) {
            return PyBytes.EMPTY;
        }
        if (v[0] instanceof PyBytes b && v[1] == null && v[2] == null) {
            return b;
        }
        if (v[0] != null && v[1] == null && v[2] == null && !(v[0] instanceof String)) {
            Object m = PyType.of(v[0]).lookup("__bytes__");
            if (m != null) {
                Object r = Op.call(m, v[0]);
                if (!Bin.isBytes(r)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + Op.typeName(r) + ")");
                }
                return r instanceof byte[] raw ? PyBytes.wrap(raw) : r;
            }
        }
        return PyBytes.wrap(content("bytes", v));
    }

    static Object newByteArray(Object[] args, String[] kwnames) {
        Object[] v = bind("bytearray", args, kwnames);
        if (v[0] == null && v[1] == null && v[2] == null) {
            return new PyByteArray();
        }
        byte[] d = content("bytearray", v);
        return PyByteArray.wrap(Bin.isBytes(v[0]) && d == Bin.data(v[0]) ? d.clone() : d);
    }

    /** The bytes a constructor call describes (possibly the shared array of a bytes source). */
    private static byte[] content(String fn, Object[] v) {
        Object src = v[0];
        if (v[1] != null || v[2] != null) {
            if (!(src instanceof String s)) {
                throw Errors.typeError(v[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            String enc = Codec.textArg(fn, "encoding", v[1], "utf-8");
            String errors = Codec.textArg(fn, "errors", v[2], "strict");
            return Codec.encode(s, enc, errors);
        }
        if (src instanceof String) {
            throw Errors.typeError("string argument without an encoding");
        }
        byte[] d = Bin.data(src);
        if (d != null) {
            return d;
        }
        if (Bin.isIndex(src)) {
            Object n = Op.index(src);
            if (!(n instanceof Long) && !(n instanceof Boolean)) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            long count = Bin.clamp(n);
            if (count < 0) {
                throw Errors.valueError("negative count");
            }
            if (count > Integer.MAX_VALUE - 8) {
                throw Errors.raise(Bin.MEMORY_ERROR);
            }
            return new byte[(int) count];
        }
        return fromIterable(src, fn.equals("bytes") ? "bytes must be in range(0, 256)" : null,
                "cannot convert '" + Op.typeName(src) + "' object to " + fn);
    }

    /**
     * The bytes of an iterable of ints; {@code notIterable} is the message when it is not iterable
     * (null to let {@code iter}'s error through).
     */
    static byte[] fromIterable(Object src, String rangeMessage, String notIterable) {
        if (src instanceof PyList l) {
            Object[] items = l.toArray();
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (byte) value(items[i], rangeMessage);
            }
            return out;
        }
        if (src instanceof PyTuple t) {
            byte[] out = new byte[t.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) value(t.get(i), rangeMessage);
            }
            return out;
        }
        if (PyType.of(src).slot(Slot.ITER) == null) {
            if (notIterable == null) {
                Op.iter(src);
            }
            throw Errors.typeError(notIterable);
        }
        Object it = Op.iter(src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x; (x = Op.next(it)) != null;) {
            out.write(value(x, rangeMessage));
        }
        return out.toByteArray();
    }

    private static int value(Object x, String rangeMessage) {
        try {
            return Bin.byteValue(x);
        } catch (PyException e) {
            if (rangeMessage != null && e.matches(Errors.ValueError.get())) {
                throw Errors.valueError(rangeMessage);
            }
            throw e;
        }
    }
}
