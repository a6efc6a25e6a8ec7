package org.jyston.api.object;

import java.util.Arrays;

/**
 * The representation of {@code bytearray}: a growable array of bytes. Reads and mutations hold the
 * object's monitor, so one {@code append} or item assignment from many threads is never lost (what
 * CPython's GIL guarantees). Identity, not content, is its Java equality: it is mutable.
 */
public final class PyByteArray {
    private static final byte[] NONE = new byte[0];

    private byte[] buf;
    private int size;

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
        grow(size + 1);
        buf[size++] = (byte) v;
    }

    public synchronized void insert(int i, int v) {
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
        buf = data;
        size = data.length;
    }

    /** Appends {@code data} to the end. */
    public synchronized void extend(byte[] data) {
        replace(size, size, data);
    }

    public synchronized void clear() {
        buf = NONE;
        size = 0;
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
