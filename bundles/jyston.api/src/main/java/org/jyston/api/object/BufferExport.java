package org.jyston.api.object;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * Bytes an object lends to {@code memoryview}s (CPython's buffer export, for one contiguous writable
 * byte range), e.g. {@code BytesIO.getbuffer()}: the views read and write the owner's array in place,
 * and the owner may not resize it while any view is in use.
 *
 * <p>Without reference counting, "in use" cannot mean "referenced": a view counts until it is
 * released or collected. The export keeps each view weakly, so a dropped view stops counting once
 * the collector has run (which {@code gc.collect()} requests), as it would at once in CPython.
 * The export is itself the view's {@code obj} (its type, such as {@code _io._BytesIOBuffer}, is the
 * owner's), and a {@code memoryview} of it is one more view of the same bytes.
 */
public final class BufferExport implements PyObject, PyBuffer {
    /** A view of an export: it counts until it is released. */
    public interface View {
        boolean isReleased();
    }

    private static final TypeRef BUFFER_ERROR = TypeRef.of("BufferError");

    private final TypeRef type;
    private final byte[] data;
    private final int length;
    private final ArrayList<WeakReference<View>> views = new ArrayList<>(2);

    /** Lends {@code data[0:length]}; the owner promises not to replace or resize it while {@link #inUse()}. */
    public BufferExport(TypeRef type, byte[] data, int length) {
        this.type = type;
        this.data = data;
        this.length = length;
    }

    @Override
    public PyType getType() {
        return type.get();
    }

    /** The owner's array itself (views index it directly; only {@code [0, length)} is lent). */
    public byte[] data() {
        return data;
    }

    public int length() {
        return length;
    }

    /** A copy of the lent bytes. */
    public byte[] copy() {
        synchronized (this) {
            return java.util.Arrays.copyOf(data, length);
        }
    }

    @Override
    public byte[] bufferBytes() {
        return copy();
    }

    @Override
    public int bufferLength() {
        return length;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public synchronized void bufferWrite(int off, byte[] src, int from, int len) {
        System.arraycopy(src, from, data, off, len);
    }

    @Override
    public char bufferFormat() {
        return 'B';
    }

    @Override
    public int bufferItemSize() {
        return 1;
    }

    /** Counts a new view. */
    public synchronized void register(View v) {
        views.add(new WeakReference<>(v));
    }

    /** Whether a view is still unreleased (forgetting the released and collected ones). */
    public synchronized boolean inUse() {
        views.removeIf(r -> {
            View v = r.get();
            return v == null || v.isReleased();
        });
        return !views.isEmpty();
    }

    /** CPython's BufferError for an owner asked to resize while exported. */
    public static PyException resizeError() {
        return Errors.raise(BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
    }
}
