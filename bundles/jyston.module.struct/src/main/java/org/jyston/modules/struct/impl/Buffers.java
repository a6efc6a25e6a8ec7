package org.jyston.modules.struct.impl;

import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuffer;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.TypeRef;

/**
 * The buffers {@code _struct} reads and writes: bytes and bytearray (subclasses included) directly, a
 * {@code memoryview} through its Python interface (its bytes for reading, slice assignment for writing),
 * since the runtime has no buffer protocol for other bundles.
 */
final class Buffers {
    private static final TypeRef BYTES = TypeRef.of("bytes");
    private static final TypeRef BUFFER_ERROR = TypeRef.of("BufferError");

    private Buffers() {}

    /** A readable buffer: the bytes of bytes/memoryview (shared or a snapshot), or a live bytearray. */
    static final class Readable {
        final byte[] data;
        final PyByteArray live;

        Readable(byte[] data, PyByteArray live) {
            this.data = data;
            this.live = live;
        }

        int length() {
            return live != null ? live.size() : data.length;
        }

        /** {@code n} bytes from {@code off}, as an array and the index they start at. */
        byte[] read(long off, long n) {
            if (live == null) {
                return data;
            }
            synchronized (live) {
                byte[] out = new byte[(int) n];
                int end = (int) Math.min(live.size(), off + n);
                for (int i = (int) off; i < end; i++) {
                    out[i - (int) off] = (byte) live.get(i);
                }
                return out;
            }
        }

        /** The start index in {@link #read}'s array of the byte at {@code off}. */
        int base(long off) {
            return live == null ? (int) off : 0;
        }
    }

    private static boolean isMemoryView(Object o) {
        return Op.typeName(o).equals("memoryview");
    }

    /** What {@code PyObject_GetBuffer(o, PyBUF_SIMPLE)} would give, or TypeError. */
    static Readable readable(Object o) {
        Object u = o instanceof PyBytes || o instanceof PyByteArray || o instanceof byte[] ? o : Derived.unwrap(o);
        if (u instanceof PyBytes b) {
            return new Readable(b.array(), null);
        }
        if (u instanceof byte[] b) {
            return new Readable(b, null);
        }
        if (u instanceof PyByteArray b) {
            return new Readable(null, b);
        }
        if (u instanceof PyBuffer b) {
            return new Readable(b.bufferBytes(), null);
        }
        if (isMemoryView(o)) {
            checkContiguous(o);
            return new Readable(((PyBytes) Op.call(BYTES.get(), o)).array(), null);
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
    }

    private static void checkContiguous(Object view) {
        if (!Op.isTrue(Op.getattr(view, "c_contiguous"))) {
            throw Errors.raise(BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
        }
    }

    /** A writable buffer: a bytearray, or a writable memoryview. */
    static final class Writable {
        final PyByteArray array;
        final Object view;
        final PyBuffer buffer;

        Writable(PyByteArray array, Object view) {
            this(array, view, null);
        }

        Writable(PyByteArray array, Object view, PyBuffer buffer) {
            this.array = array;
            this.view = view;
            this.buffer = buffer;
        }

        long length() {
            if (buffer != null) {
                return buffer.bufferLength();
            }
            return array != null ? array.size() : (Long) Op.getattr(view, "nbytes");
        }

        /** Writes {@code data} at {@code off}. */
        void write(long off, byte[] data) {
            if (buffer != null) {
                buffer.bufferWrite((int) off, data, 0, data.length);
                return;
            }
            if (array != null) {
                array.replace((int) off, (int) off + data.length, data);
                return;
            }
            Object bytesView = "B".equals(Op.getattr(view, "format")) ? view : Op.call(Op.getattr(view, "cast"), "B");
            Op.setitem(bytesView, new PySlice(off, off + data.length, PyNone.None), PyBytes.wrap(data));
        }
    }

    /** What {@code PyObject_GetBuffer(o, PyBUF_WRITABLE)} would give, or TypeError. */
    static Writable writable(Object o) {
        Object u = o instanceof PyByteArray ? o : Derived.unwrap(o);
        if (u instanceof PyByteArray b) {
            return new Writable(b, null);
        }
        if (u instanceof PyBuffer b && !b.bufferReadonly()) {
            return new Writable(null, null, b);
        }
        // "w*": any failure to get a writable contiguous buffer is this TypeError
        if (isMemoryView(o) && !Op.isTrue(Op.getattr(o, "readonly")) && Op.isTrue(Op.getattr(o, "c_contiguous"))) {
            return new Writable(null, o);
        }
        throw Errors.typeError("argument must be read-write bytes-like object, not " + Op.typeName(o));
    }
}
