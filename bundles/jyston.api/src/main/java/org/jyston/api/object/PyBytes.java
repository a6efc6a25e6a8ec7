package org.jyston.api.object;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The representation of {@code bytes}: an immutable sequence of bytes. Equality and the Java hash
 * code follow the content, so a {@code PyBytes} may key a Java map; Python's {@code hash()} is the
 * type's {@code __hash__}, which also depends only on the content.
 */
public final class PyBytes {
    private static final byte[] NONE = new byte[0];
    /** {@code b''}. */
    public static final PyBytes EMPTY = new PyBytes(NONE, false);

    private final byte[] data;

    /** Bytes holding a copy of {@code data} (what the parser calls for a {@code b'...'} literal). */
    public PyBytes(byte[] data) {
        this(data.clone(), false);
    }

    private PyBytes(byte[] data, boolean unused) {
        this.data = data;
    }

    /** Bytes that take ownership of {@code data}: the caller must not change the array afterwards. */
    public static PyBytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new PyBytes(data, false);
    }

    /** The Latin-1 bytes of a string whose characters are all below 256 (for literals such as {@code b'abc'}). */
    public static PyBytes ofLatin1(String s) {
        return wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int size() {
        return data.length;
    }

    /** The byte at {@code i} as an unsigned value 0..255. */
    public int get(int i) {
        return data[i] & 0xff;
    }

    /** The bytes themselves, shared: callers must not change the array. */
    public byte[] array() {
        return data;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** The Latin-1 reading of the bytes (not Python's repr), for debugging. */
    @Override
    public String toString() {
        return "b" + new String(data, StandardCharsets.ISO_8859_1);
    }
}
