package org.jyston.modules.binary.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuffer;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeRegistry;

/** Reading the buffers binascii and zlib take ("y*" and binascii's ascii_buffer), and their exception classes. */
final class Buf {
    private static final TypeRef BYTES = TypeRef.of("bytes");
    private static final TypeRef BUFFER_ERROR = TypeRef.of("BufferError");

    private Buf() {}

    /** The bytes of a bytes-like object (a copy unless it is a bytes), or null. */
    static byte[] data(Object o) {
        Object u = Derived.unwrap(o);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        if (u instanceof PyByteArray a) {
            return a.toByteArray();
        }
        if (u instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        if (Op.typeName(o).equals("memoryview")) {
            if (!Op.isTrue(Op.getattr(o, "c_contiguous"))) {
                throw Errors.raise(BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
            }
            return ((PyBytes) Op.call(BYTES.get(), o)).array();
        }
        return null;
    }

    /** Argument Clinic's {@code Py_buffer}: a bytes-like object or TypeError. */
    static byte[] need(Object o) {
        byte[] d = data(o);
        if (d == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
        }
        return d;
    }

    /** binascii's {@code ascii_buffer}: bytes-like, or a str of ASCII characters. */
    static byte[] ascii(Object o) {
        Object u = Derived.unwrap(o);
        if (u instanceof String s) {
            byte[] out = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        byte[] d = data(o);
        if (d == null) {
            throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + Op.typeName(o) + "'");
        }
        return d;
    }

    /** An int argument ({@code __index__}) reduced to its low 32 bits, as {@code unsigned_int(bitwise=True)}. */
    static long uint32(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l & 0xffffffffL;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((java.math.BigInteger) v).longValue() & 0xffffffffL;
    }

    /** A C int argument ({@code _PyLong_AsInt}): TypeError for non-ints, OverflowError beyond 32 bits. */
    static int cint(Object o) {
        if (o instanceof Double || Derived.unwrap(o) instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        Object v = Op.index(o);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw Errors.overflow(v instanceof Long l && l > 0 || v instanceof java.math.BigInteger g && g.signum() > 0
                ? "signed integer is greater than maximum" : "signed integer is less than minimum");
    }

    /** A Py_ssize_t argument. */
    static long ssize(Object o) {
        if (o instanceof Double || Derived.unwrap(o) instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        Object v = Op.index(o);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** An exception class made at run time, as {@code PyErr_NewException}, kept per base class. */
    static final class ErrorClass {
        private final String module;
        private final String name;
        private final TypeRef base;
        private volatile PyType type;

        ErrorClass(String module, String name, String base) {
            this.module = module;
            this.name = name;
            this.base = TypeRef.of(base);
        }

        PyType get() {
            PyType t = type;
            PyType b = base.get();
            if (t != null && t.getBases().get(0) == b) {
                return t;
            }
            synchronized (this) {
                t = type;
                if (t == null || t.getBases().get(0) != b) {
                    Map<String, Object> ns = new LinkedHashMap<>();
                    ns.put("__module__", module);
                    ns.put("__qualname__", name);
                    ns.put("__doc__", PyNone.None);
                    t = PyType.newHeapType(name, List.of(b), ns, TypeRegistry.byName("type"));
                    type = t;
                }
                return t;
            }
        }

        PyException of(String message) {
            return new PyException((PyBaseException) Op.call(get(), message));
        }
    }
}
