package org.jyston.type.str.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/**
 * Helpers on Python strings held as Java {@code String}s. Python indexes a str by code point; a Java
 * string may hold a surrogate pair that is one Python character. Strings without surrogates (the
 * usual case) take a fast path where char index and code point index agree.
 */
final class Strs {
    private Strs() {}

    static final TypeRef INDEX_ERROR = TypeRef.of("IndexError");
    static final TypeRef MEMORY_ERROR = TypeRef.of("MemoryError");

    /** Whether {@code s} has no surrogate chars, so char and code point indexes agree. */
    static boolean simple(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code len(s)}: code points. */
    static int length(String s) {
        return simple(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** Char offset of the code point index {@code cp} (0..len). */
    static int charIndex(String s, int cp) {
        return simple(s) ? cp : s.offsetByCodePoints(0, cp);
    }

    /** Code point index of the char offset {@code ci}. */
    static int cpIndex(String s, int ci) {
        return simple(s) ? ci : s.codePointCount(0, ci);
    }

    /** The code points {@code [from, to)} of {@code s}. */
    static String substring(String s, int from, int to) {
        if (simple(s)) {
            return s.substring(from, to);
        }
        int a = s.offsetByCodePoints(0, from);
        return s.substring(a, s.offsetByCodePoints(a, to - from));
    }

    // ---- character classes, with Python's definitions

    /** {@code str.isspace} for one character: bidirectional WS, B or S, or category Zs. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || Character.getType(c) == Character.SPACE_SEPARATOR || c == 0x2028 || c == 0x2029;
    }

    /** {@code str.isprintable} for one character. */
    static boolean isPrintable(int c) {
        if (c < 128) {
            return c >= 0x20 && c < 0x7f;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** A line boundary of {@code str.splitlines}. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    // ---- repr

    /** {@code repr(s)} by CPython's rules: quote choice, escapes, printable characters kept. */
    static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: as repr, but every non-ASCII character escaped. */
    static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0, n = s.length(); i < n;) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (!asciiOnly && isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(sb, "\\u", c, 4);
            } else {
                hex(sb, "\\U", c, 8);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int c, int digits) {
        String h = Integer.toHexString(c);
        sb.append(prefix);
        for (int k = h.length(); k < digits; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    // ---- comparison by code point

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (i < n && j < m) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (x == y) {
                i++;
                j++;
                continue;
            }
            int cx = a.codePointAt(i);
            int cy = b.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Boolean.compare(i < n, j < m);
    }

    // ---- ints

    /** Whether {@code o} is a Python int (bool included). */
    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Boolean || o instanceof BigInteger
                || o instanceof Short || o instanceof Byte;
    }

    /** The Python int {@code o} as a BigInteger. */
    static BigInteger big(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) o).longValue());
    }

    /** {@code o.__index__()} if it is an int or has one, else null. */
    static Object index(Object o) {
        if (isInt(o)) {
            return o;
        }
        if (o == null || o == PyNone.None || o instanceof String) {
            return null;
        }
        Slot.Unary f = PyType.of(o).unary(Slot.INDEX);
        if (f == null) {
            return null;
        }
        Object r = f.apply(o);
        if (!isInt(r)) {
            throw Errors.typeError("__index__ returned non-int (type " + Op.typeName(r) + ")");
        }
        return r;
    }

    /** An index-sized integer argument: TypeError if not an int, OverflowError past 64 bits. */
    static long asSize(Object o) {
        if (o instanceof Long l) {
            return l; // the common case, without a BigInteger
        }
        Object i = index(o);
        if (i == null) {
            throw Errors.typeError("'" + Op.typeName(o) + "' object cannot be interpreted as an integer");
        }
        BigInteger b = big(i);
        if (b.bitLength() > 63) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return b.longValue();
    }

    /** A slice bound ({@code None} allowed, clamped rather than overflowing), or {@code dflt} for None. */
    static long sliceIndex(Object o, long dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        if (o instanceof Long l) {
            return l;
        }
        Object i = index(o);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger b = big(i);
        if (b.bitLength() > 63) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return b.longValue();
    }

    /** {@code (start, end)} of a slice of a sequence of length {@code len}, as {@code ADJUST_INDICES}. */
    static int[] adjust(long start, long end, int len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }
}
