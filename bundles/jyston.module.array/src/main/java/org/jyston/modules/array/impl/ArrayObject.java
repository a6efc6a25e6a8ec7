package org.jyston.modules.array.impl;

import java.util.Arrays;
import org.jyston.api.object.Errors;
import org.jyston.api.object.InstanceState;
import org.jyston.api.object.PyBuffer;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/**
 * An {@code array.array}: its items packed as native little-endian bytes in one growable {@code byte[]}, so
 * the buffer protocol, {@code tobytes} and {@code byteswap} work on the storage itself. Mutations and reads
 * hold the array's monitor (what the GIL makes atomic in CPython stays atomic).
 */
class ArrayObject implements PyObject, PyBuffer {
    private static final byte[] EMPTY = new byte[0];

    private final PyType type;
    final TypeCode code;
    byte[] data = EMPTY;
    /** The number of items. */
    int n;

    ArrayObject(PyType type, TypeCode code) {
        this.type = type;
        this.code = code;
    }

    /** A new array of {@code type}: with an instance dictionary and slots when the type is a Python subclass. */
    static ArrayObject of(PyType type, TypeCode code) {
        return type.isHeapType() ? new Sub(type, code) : new ArrayObject(type, code);
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** A Python subclass's instance. */
    static final class Sub extends ArrayObject implements InstanceState.Holder {
        private final InstanceState state = new InstanceState();

        Sub(PyType type, TypeCode code) {
            super(type, code);
        }

        @Override
        public InstanceState state() {
            return state;
        }
    }

    // ---- storage

    synchronized int size() {
        return n;
    }

    /** Room for {@code count} items in total, growing by about an eighth as CPython's list-like arrays do. */
    void ensure(long count) {
        long bytes = count * code.size;
        if (count > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE - 8) {
            throw Errors.raise(Errors.MemoryError);
        }
        if (bytes > data.length) {
            long grown = Math.max(bytes, (long) data.length + (data.length >> 3) + 16);
            data = Arrays.copyOf(data, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }

    synchronized Object get(int k) {
        return code.get(data, k);
    }

    synchronized void setBits(int k, long bits) {
        code.putBits(data, k, bits);
    }

    synchronized void appendBits(long bits) {
        ensure(n + 1L);
        code.putBits(data, n++, bits);
    }

    /** Appends items given as their bits. */
    synchronized void appendAll(long[] bits, int count) {
        ensure((long) n + count);
        for (int k = 0; k < count; k++) {
            code.putBits(data, n++, bits[k]);
        }
    }

    /** Appends raw bytes (a whole number of items). */
    synchronized void appendBytes(byte[] b, int from, int len) {
        int items = len / code.size;
        ensure((long) n + items);
        System.arraycopy(b, from, data, n * code.size, items * code.size);
        n += items;
    }

    /** A copy of the bytes of items {@code [from, to)}. */
    synchronized byte[] bytes(int from, int to) {
        return Arrays.copyOfRange(data, from * code.size, to * code.size);
    }

    /** Replaces items {@code [from, to)} by the bytes {@code b} (a whole number of items). */
    synchronized void replace(int from, int to, byte[] b) {
        int size = code.size;
        int newItems = b.length / size;
        int newN = n - (to - from) + newItems;
        ensure(newN);
        System.arraycopy(data, to * size, data, (from + newItems) * size, (n - to) * size);
        System.arraycopy(b, 0, data, from * size, b.length);
        n = newN;
    }

    // ---- buffer protocol

    @Override
    public synchronized byte[] bufferBytes() {
        return Arrays.copyOf(data, n * code.size);
    }

    @Override
    public synchronized int bufferLength() {
        return n * code.size;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public synchronized void bufferWrite(int off, byte[] b, int from, int len) {
        if (off < 0 || off + len > n * code.size) {
            throw Errors.raise(Errors.IndexError, "index out of bounds on dimension 1");
        }
        System.arraycopy(b, from, data, off, len);
    }

    @Override
    public char bufferFormat() {
        return code == TypeCode.u ? 'w' : code.code;
    }

    @Override
    public int bufferItemSize() {
        return code.size;
    }
}
