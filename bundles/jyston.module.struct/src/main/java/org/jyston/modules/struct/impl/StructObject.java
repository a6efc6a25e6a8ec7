package org.jyston.modules.struct.impl;

import java.nio.charset.StandardCharsets;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A {@code _struct.Struct}: its format and compiled layout; a Python subclass's instance also has a dictionary. */
final class StructObject implements PyObject, HasDict {
    private static final TypeRef UNICODE_ENCODE_ERROR = TypeRef.of("UnicodeEncodeError");
    /** The largest buffer the JVM can allocate, near enough. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final PyType type;
    /** The format's bytes, null until {@code __init__} (CPython's {@code None}). */
    private volatile byte[] format;
    /** The compiled format, null until {@code __init__} succeeds. */
    private volatile Layout layout;
    private PyDict dict;

    StructObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public boolean allowsDict() {
        return type.isHeapType();
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    /**
     * {@code Struct.__init__(format)}: as CPython, the format is kept even when it does not compile (the
     * previous layout then stays).
     */
    void init(Object fmt) {
        byte[] bytes = formatBytes(fmt);
        format = bytes;
        try {
            layout = Layout.compile(bytes);
        } catch (Layout.Bad e) {
            throw StructError.of(e.getMessage());
        }
    }

    /** A format argument's bytes: a str (ASCII) or bytes object, else TypeError. */
    static byte[] formatBytes(Object fmt) {
        Object u = fmt instanceof String || fmt instanceof PyBytes ? fmt : Derived.unwrap(fmt);
        if (u instanceof String s) {
            return ascii(s);
        }
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not "
                + PyType.of(fmt).getSimpleName());
    }

    private static byte[] ascii(String s) {
        int n = s.length();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                // CPython reports the run of unencodable characters, in code points
                int start = s.codePointCount(0, i);
                int j = i;
                while (j < n && s.charAt(j) >= 128) {
                    j++;
                }
                int end = start + s.codePointCount(i, j);
                throw Errors.raise(UNICODE_ENCODE_ERROR, "ascii", s, (long) start, (long) end, "ordinal not in range(128)");
            }
            out[i] = (byte) c;
        }
        return out;
    }

    String format() {
        byte[] f = format;
        return f == null ? "" : new String(f, StandardCharsets.ISO_8859_1);
    }

    long size() {
        Layout l = layout;
        return l == null ? -1 : l.size;
    }

    private Layout layout() {
        Layout l = layout;
        if (l == null) {
            throw StructError.of("Struct object is not initialized");
        }
        return l;
    }

    long sizeOf() {
        Layout l = layout;
        return l == null ? 56 : l.sizeOf();
    }

    /** {@code pack(*args)}, the values at {@code args[from..]}. */
    PyBytes pack(Object[] args, int from) {
        Layout l = layout();
        int n = args.length - from;
        if (n != l.items) {
            throw StructError.of("pack expected " + l.items + " items for packing (got " + n + ")");
        }
        byte[] out = new byte[allocatable(l.size)];
        Codec.pack(l, args, from, out, 0);
        return PyBytes.wrap(out);
    }

    private static int allocatable(long size) {
        if (size > MAX_ARRAY) {
            throw Errors.raise(Errors.MemoryError);
        }
        return (int) size;
    }

    /** {@code pack_into(buffer, offset, *args)}, the arguments at {@code args[from..]}. */
    void packInto(Object[] args, int from) {
        Layout l = layout();
        int n = args.length - from;
        if (n != l.items + 2) {
            if (n == 0) {
                throw StructError.of("pack_into expected buffer argument");
            } else if (n == 1) {
                throw StructError.of("pack_into expected offset argument");
            }
            throw StructError.of("pack_into expected " + l.items + " items for packing (got " + (n - 2) + ")");
        }
        Buffers.Writable w = Buffers.writable(args[from]);
        long offset = Op.indexAsLong(args[from + 1], "pack_into");
        Object lock = w.array != null ? w.array : new Object();
        synchronized (lock) {
            long len = w.length();
            if (offset < 0) {
                if (offset + len < 0) {
                    throw StructError.of("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                if (l.size > -offset) {
                    throw StructError.of("no space to pack " + l.size + " bytes at offset " + offset);
                }
                offset += len;
            }
            if (len - offset < l.size) {
                throw StructError.of("pack_into requires a buffer of at least " + Long.toUnsignedString(l.size + offset)
                        + " bytes for packing " + l.size + " bytes at offset " + offset + " (actual buffer size is "
                        + len + ")");
            }
            byte[] out = new byte[allocatable(l.size)];
            try {
                Codec.pack(l, args, from + 2, out, 0);
            } catch (PyException e) {
                w.write(offset, out); // CPython packs in place: the field is zeroed and the values before the bad one written
                throw e;
            }
            w.write(offset, out);
        }
    }

    /** {@code unpack(buffer)}. */
    PyTuple unpack(Object buffer) {
        Layout l = layout();
        Buffers.Readable r = Buffers.readable(buffer);
        synchronized (r.live != null ? r.live : r) {
            if (r.length() != l.size) {
                throw StructError.of("unpack requires a buffer of " + l.size + " bytes");
            }
            return Codec.unpack(l, r.read(0, l.size), r.base(0));
        }
    }

    /** {@code unpack_from(buffer, offset=0)}. */
    PyTuple unpackFrom(Object buffer, Object offsetArg) {
        Layout l = layout();
        Buffers.Readable r = Buffers.readable(buffer);
        long offset = 0;
        if (offsetArg != null) {
            Object o = Op.index(offsetArg);
            if (!(o instanceof Long)) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            offset = (Long) o;
        }
        synchronized (r.live != null ? r.live : r) {
            long len = r.length();
            if (offset < 0) {
                if (offset + len < 0) {
                    throw StructError.of("offset " + offset + " out of range for " + len + "-byte buffer");
                }
                if (l.size > -offset) {
                    throw StructError.of("not enough data to unpack " + l.size + " bytes at offset " + offset);
                }
                offset += len;
            }
            if (len - offset < l.size) {
                throw StructError.of("unpack_from requires a buffer of at least "
                        + Long.toUnsignedString(l.size + offset) + " bytes for unpacking " + l.size
                        + " bytes at offset " + offset + " (actual buffer size is " + len + ")");
            }
            return Codec.unpack(l, r.read(offset, l.size), r.base(offset));
        }
    }

    /** {@code iter_unpack(buffer)}. */
    UnpackIterator iterUnpack(Object buffer) {
        Layout l = layout();
        if (l.size == 0) {
            throw StructError.of("cannot iteratively unpack with a struct of length 0");
        }
        Buffers.Readable r = Buffers.readable(buffer);
        long len = r.length();
        if (len % l.size != 0) {
            throw StructError.of("iterative unpacking requires a buffer of a multiple of " + l.size + " bytes");
        }
        return new UnpackIterator(l, r, len);
    }
}
