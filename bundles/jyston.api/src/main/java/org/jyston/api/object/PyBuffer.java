package org.jyston.api.object;

/**
 * CPython's buffer protocol for objects other than bytes, bytearray and memoryview (which the bytes
 * bundle knows itself): one dimension, C-contiguous, items of one native struct format. Implemented by
 * such an object's representation (e.g. {@code array.array}) so that {@code bytes(o)},
 * {@code memoryview(o)}, {@code struct.pack_into} and the codecs read and write its memory.
 */
public interface PyBuffer {
    /** A copy of the bytes, in native (little-endian) order. */
    byte[] bufferBytes();

    /** The size in bytes ({@code nbytes}). */
    int bufferLength();

    /** Whether writes are refused. */
    boolean bufferReadonly();

    /** Writes {@code len} bytes of {@code data} from {@code from} at byte offset {@code off}. */
    void bufferWrite(int off, byte[] data, int from, int len);

    /** The struct format character of the items. */
    char bufferFormat();

    /** The size of one item in bytes. */
    int bufferItemSize();
}
