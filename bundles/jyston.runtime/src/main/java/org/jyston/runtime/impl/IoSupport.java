package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** What the {@code _io} types share: argument conversions, CPython's errors, methods checked against their owner. */
final class IoSupport {
    static final TypeRef OS_ERROR = TypeRef.of("OSError");
    static final TypeRef BYTES = TypeRef.of("bytes");
    static final int DEFAULT_BUFFER_SIZE = 8192;

    private IoSupport() {}

    @FunctionalInterface
    interface Body {
        Object call(Object self, Object[] args, String[] kwnames);
    }

    /**
     * A method of the {@code _io} type {@code owner}: the receiver must be an instance of it (CPython's
     * method_descriptor check); the other arguments and keyword names are passed on.
     */
    static PyBuiltinFunction method(String owner, String name, Body body) {
        TypeRef ref = TypeRef.of(owner);
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0) {
                throw Errors.typeError("descriptor '" + name + "' of '_io." + owner + "' object needs an argument");
            }
            Object self = args[0];
            PyType t = ref.get();
            if (!PyType.of(self).isSubtypeOf(t)) {
                throw Errors.typeError("descriptor '" + name + "' for '_io." + owner + "' objects doesn't apply to a '"
                        + Op.typeName(self) + "' object");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(self, rest, kw);
        });
    }

    static PyException unsupported(String message) {
        return new PyException((org.jyston.api.object.PyBaseException) Op.call(unsupportedType(), message));
    }

    private static final TypeRef VALUE_ERROR = TypeRef.of("ValueError");
    private static volatile PyType unsupported;

    /**
     * {@code io.UnsupportedOperation}: as in CPython a class made at run time (a heap type, so that io.py may
     * set its {@code __module__}) deriving from OSError and ValueError; made again if those were replaced.
     */
    static PyType unsupportedType() {
        PyType t = unsupported;
        PyType os = OS_ERROR.get();
        PyType ve = VALUE_ERROR.get();
        if (t != null && t.getBases().get(0) == os && t.getBases().get(1) == ve) {
            return t;
        }
        synchronized (IoSupport.class) {
            t = unsupported;
            if (t == null || t.getBases().get(0) != os || t.getBases().get(1) != ve) {
                java.util.Map<String, Object> ns = new java.util.LinkedHashMap<>();
                ns.put("__module__", "io");
                ns.put("__qualname__", "UnsupportedOperation");
                t = PyType.newHeapType("UnsupportedOperation", java.util.List.of(os, ve), ns,
                        org.jyston.api.object.TypeRegistry.byName("type"));
                unsupported = t;
            }
            return t;
        }
    }

    static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** Positional arguments only, between min and max, as Argument Clinic says it. */
    static void positional(String name, Object[] args, String[] kw, int min, int max) {
        Args.noKeywords(name, kw);
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw Errors.typeError(name + "() takes " + (min == 0 ? "no arguments" : "exactly " + (min == 1
                        ? "one argument" : min + " arguments")) + " (" + args.length + " given)");
            }
            throw Errors.typeError(name + " expected " + (args.length < min ? "at least " + min : "at most " + max)
                    + " argument" + ((args.length < min ? min : max) == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /** An optional size: None or missing is -1, otherwise an integer ({@code __index__}). */
    static long size(Object[] args, int i) {
        if (args.length <= i || args[i] == PyNone.None || args[i] == null) {
            return -1;
        }
        Object v = args[i];
        if (v instanceof Long n) {
            return n;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Object idx;
        try {
            idx = Op.index(v);
        } catch (PyException e) {
            throw Errors.typeError("argument should be integer or None, not '" + Op.typeName(v) + "'");
        }
        return idx instanceof Long n ? n : ((java.math.BigInteger) idx).signum() < 0 ? -1 : Long.MAX_VALUE;
    }

    /** An integer argument (seek positions): {@code __index__}, clamped to a long. */
    static long integer(Object v) {
        if (v instanceof Long n) {
            return n;
        }
        Object idx = Op.index(v);
        if (idx instanceof Long n) {
            return n;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** The bytes of a bytes-like object ({@code bytes}, {@code bytearray}, {@code memoryview}); may be shared. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof byte[] b) {
            return b;
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        Object u = org.jyston.api.object.Derived.unwrap(o);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (u instanceof org.jyston.api.object.PyBuffer b) {
            return b.bufferBytes();
        }
        if (Op.typeName(o).equals("memoryview")) {
            return ((PyBytes) Op.call(BYTES.get(), o)).array();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
    }

    /** The size in bytes of a buffer to read into (an array's items may be wider than a byte). */
    static long byteLength(Object b) {
        Object u = org.jyston.api.object.Derived.unwrap(b);
        if (u instanceof org.jyston.api.object.PyBuffer pb) {
            return pb.bufferLength();
        }
        if (Op.typeName(b).equals("memoryview")) {
            return (Long) Op.getattr(b, "nbytes");
        }
        return Op.len(b);
    }

    /** Copies {@code data[0:n]} into the writable buffer {@code b} (a bytearray or memoryview). */
    static void copyInto(Object b, byte[] data, int n) {
        Object u = org.jyston.api.object.Derived.unwrap(b);
        if (u instanceof PyByteArray ba) {
            byte[] part = n == data.length ? data : java.util.Arrays.copyOf(data, n);
            ba.replace(0, n, part);
            return;
        }
        if (u instanceof org.jyston.api.object.PyBuffer pb && !pb.bufferReadonly()) {
            pb.bufferWrite(0, data, 0, Math.min(n, pb.bufferLength()));
            return;
        }
        if (u instanceof PyBytes) {
            throw Errors.typeError("readinto() argument must be read-write bytes-like object, not bytes");
        }
        Op.setitem(b, new PySlice(0L, (long) n, PyNone.None), new PyBytes(java.util.Arrays.copyOf(data, n)));
    }

    /** {@code getattr(obj, name)}, or null when it has no such attribute. */
    static Object lookup(Object obj, String name) {
        try {
            return Op.getattr(obj, name);
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return null;
            }
            throw e;
        }
    }

    static Object callMethod(Object obj, String name, Object... args) {
        return Op.call(Op.getattr(obj, name), args);
    }
}
