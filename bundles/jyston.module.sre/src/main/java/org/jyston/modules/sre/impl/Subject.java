package org.jyston.modules.sre.impl;

import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyType;

/**
 * The string a pattern is matched against, as the engine reads it: a Java string without surrogate
 * pairs (so a Python index is a char index), the code points of one that has them, or the bytes of a
 * bytes-like object. Made once per call (or reused for the same immutable object), never per character.
 */
final class Subject {
    /** What the caller passed ({@code Match.string}). */
    final Object original;
    final String str;
    final int[] cps;
    final byte[] bytes;
    final int length;
    final boolean isBytes;

    private Subject(Object original, String str, int[] cps, byte[] bytes, int length, boolean isBytes) {
        this.original = original;
        this.str = str;
        this.cps = cps;
        this.bytes = bytes;
        this.length = length;
        this.isBytes = isBytes;
    }

    /** As CPython's {@code getstring}: str, or an object with the buffer protocol. */
    static Subject of(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof String s) {
            return ofString(o, s);
        }
        if (v instanceof PyBytes b) {
            return new Subject(o, null, null, b.array(), b.size(), true);
        }
        if (v instanceof PyByteArray b) {
            byte[] data = b.toByteArray();
            return new Subject(o, null, null, data, data.length, true);
        }
        String type = PyType.of(o).getName();
        if (type.equals("memoryview") || type.equals("array") || type.equals("mmap")) {
            // other buffers: their bytes, as bytes(o) makes them
            Object bytes = org.jyston.api.object.Op.call(org.jyston.api.object.TypeRef.of("bytes").get(), o);
            if (bytes instanceof PyBytes b) {
                return new Subject(o, null, null, b.array(), b.size(), true);
            }
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + org.jyston.api.object.Op.typeName(o) + "'");
    }

    private static Subject ofString(Object original, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int[] cps = s.codePoints().toArray();
                return new Subject(original, null, cps, null, cps.length, false);
            }
        }
        return new Subject(original, s, null, null, n, false);
    }

    /** Whether this subject can stand for {@code o} again (same immutable object). */
    boolean isFor(Object o) {
        return original == o && (o instanceof String || o instanceof PyBytes);
    }

    /** The text of {@code [start, end)}: a str, or bytes for any bytes-like subject (as CPython's getslice). */
    Object slice(int start, int end) {
        if (bytes != null) {
            if (start == 0 && end == length && original instanceof PyBytes) {
                return original;
            }
            return PyBytes.wrap(java.util.Arrays.copyOfRange(bytes, start, end));
        }
        if (str != null) {
            return str.substring(start, end);
        }
        return new String(cps, start, end - start);
    }

    /** The empty string of this subject's kind. */
    Object empty() {
        return isBytes ? PyBytes.EMPTY : "";
    }

    int charAt(int i) {
        if (str != null) {
            return str.charAt(i);
        }
        if (bytes != null) {
            return bytes[i] & 0xff;
        }
        return cps[i];
    }
}
