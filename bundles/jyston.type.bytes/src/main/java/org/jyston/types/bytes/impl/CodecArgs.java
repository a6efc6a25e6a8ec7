package org.jyston.types.bytes.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/** Argument handling of the {@code _codecs} functions, with Argument Clinic's messages. */
final class CodecArgs {
    private CodecArgs() {}

    @FunctionalInterface
    interface Body {
        Object call(Object[] args);
    }

    /** A positional-only function of {@code min}..{@code max} arguments; missing ones are null. */
    static void fn(PyDict d, String name, int min, int max, Body body) {
        d.put(name, new PyBuiltinFunction(name, (args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("_codecs." + name + "() takes no keyword arguments");
            }
            if (args.length < min || args.length > max) {
                if (min == max && min == 1) {
                    throw Errors.typeError("_codecs." + name + "() takes exactly one argument (" + args.length
                            + " given)");
                }
                boolean few = args.length < min;
                int n = few ? min : max;
                throw Errors.typeError(name + " expected " + (few ? "at least " : "at most ") + n + " argument"
                        + (n == 1 ? "" : "s") + ", got " + args.length);
            }
            Object[] a = args.length == max ? args : java.util.Arrays.copyOf(args, max);
            return body.call(a);
        }));
    }

    static String str(String fn, int pos, Object v) {
        Object u = org.jyston.api.object.Derived.unwrap(v);
        if (u instanceof String s) {
            return s;
        }
        throw Errors.typeError(fn + "() argument " + pos + " must be str, not " + Op.typeName(v));
    }

    /** The errors argument: None or missing is "strict". */
    static String errors(String fn, int pos, Object v) {
        if (v == null || v == PyNone.None) {
            return "strict";
        }
        Object u = org.jyston.api.object.Derived.unwrap(v);
        if (u instanceof String s) {
            return s;
        }
        throw Errors.typeError(fn + "() argument " + pos + " must be str or None, not " + Op.typeName(v));
    }

    static boolean flag(Object v, boolean dflt) {
        return v == null ? dflt : Op.isTrue(v);
    }

    static long integer(Object v, long dflt) {
        return v == null ? dflt : Op.indexAsLong(v, "integer");
    }

    /** The bytes of a bytes-like argument. */
    static byte[] buffer(Object v) {
        Object u = org.jyston.api.object.Derived.unwrap(v);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        if (u instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (u instanceof MemoryView m) {
            return m.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(v) + "'");
    }

    /** A bytes-like argument, or a str taken as its UTF-8 bytes (the escape decoders accept both). */
    static byte[] bufferOrStr(Object v) {
        Object u = org.jyston.api.object.Derived.unwrap(v);
        if (u instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return buffer(v);
    }

    static PyTuple pair(Object result, long consumed) {
        return PyTuple.of(result, consumed);
    }

    static PyBytes bytes(byte[] b) {
        return PyBytes.wrap(b);
    }
}
