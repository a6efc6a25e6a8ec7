package org.jyston.api.object;

import java.util.Arrays;

/**
 * The representation of {@code bytearray}: a growable array of bytes. Reads and mutations hold the
 * object's monitor, so one {@code append} or item assignment from many threads is never lost (what
 * CPython's GIL guarantees). Identity, not content, is its Java equality: it is mutable.
 */
public final class PyByteArray {
    private static final byte[] NONE = new byte[0];
    private static final TypeRef BUFFER_ERROR = TypeRef.of("BufferError");

    private byte[] buf;
    private int size;
    /** Buffer exports (memoryviews) alive over this array; while any exists, the size is fixed. */
    private int exports;

    public PyByteArray() {
        buf = NONE;
    }

    /** A bytearray holding a copy of {@code data}. */
    public PyByteArray(byte[] data) {
        this(data, 0, data.length);
    }

    /** A bytearray holding a copy of {@code data[from:to]}. */
    public PyByteArray(byte[] data, int from, int to) {
        buf = Arrays.copyOfRange(data, from, to);
        size = to - from;
    }

    /** A bytearray that takes ownership of {@code data}. */
    public static PyByteArray wrap(byte[] data) {
        PyByteArray a = new PyByteArray();
        a.buf = data;
        a.size = data.length;
        return a;
    }

    public synchronized int size() {
        return size;
    }

    /** The byte at {@code i} as an unsigned value 0..255. */
    public synchronized int get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return buf[i] & 0xff;
    }

    public synchronized void set(int i, int v) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        buf[i] = (byte) v;
    }

    /** A copy of the current content. */
    public synchronized byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    public synchronized void append(int v) {
        checkResizable();
        grow(size + 1);
        buf[size++] = (byte) v;
    }

    public synchronized void insert(int i, int v) {
        checkResizable();
        grow(size + 1);
        System.arraycopy(buf, i, buf, i + 1, size - i);
        buf[i] = (byte) v;
        size++;
    }

    /** Removes and returns the byte at {@code i} (0..255). */
    public synchronized int removeAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        checkResizable();
        int v = buf[i] & 0xff;
        System.arraycopy(buf, i + 1, buf, i, size - i - 1);
        size--;
        return v;
    }

    /** Replaces {@code [from, to)} by {@code data} (whose length may differ). */
    public synchronized void replace(int from, int to, byte[] data) {
        if (from < 0 || to < from || to > size) {
            throw new IndexOutOfBoundsException(from);
        }
        if (data.length != to - from) {
            checkResizable();
        }
        int newSize = size - (to - from) + data.length;
        if (newSize > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(newSize, buf.length + (buf.length >> 1) + 8));
        }
        System.arraycopy(buf, to, buf, from + data.length, size - to);
        System.arraycopy(data, 0, buf, from, data.length);
        size = newSize;
    }

    /** Replaces the whole content by {@code data} (which the array takes over). */
    public synchronized void setAll(byte[] data) {
        if (data.length != size) {
            checkResizable();
        }
        buf = data;
        size = data.length;
    }

    /** Appends {@code data} to the end. */
    public synchronized void extend(byte[] data) {
        replace(size, size, data);
    }

    public synchronized void clear() {
        checkResizable();
        buf = NONE;
        size = 0;
    }

    /** Notes a buffer export (a memoryview) starting or ending; while one is alive the size is fixed. */
    public synchronized void export(boolean start) {
        exports += start ? 1 : -1;
    }

    private void checkResizable() {
        if (exports > 0) {
            throw Errors.raise(BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void grow(int min) {
        if (min > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(min, buf.length + (buf.length >> 1) + 8));
        }
    }

    @Override
    public String toString() {
        return "bytearray(" + size + " bytes)";
    }
}
