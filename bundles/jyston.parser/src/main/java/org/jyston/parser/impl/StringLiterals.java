package org.jyston.parser.impl;

import java.io.ByteArrayOutputStream;

/** Prefixes and escape-sequence decoding of string and bytes literals. */
final class StringLiterals {
    private StringLiterals() {}

    /** What a STRING token's prefix says, and where its body is. */
    record Literal(boolean raw, boolean bytes, boolean fstring, boolean unicode, int bodyStart, int bodyEnd) {}

    static Literal literal(String tok) {
        boolean raw = false;
        boolean bytes = false;
        boolean f = false;
        boolean u = false;
        int i = 0;
        while (true) {
            char c = tok.charAt(i);
            if (c == '"' || c == '\'') {
                break;
            }
            switch (c) {
                case 'r', 'R' -> raw = true;
                case 'b', 'B' -> bytes = true;
                case 'f', 'F' -> f = true;
                case 'u', 'U' -> u = true;
                default -> throw new IllegalStateException(tok);
            }
            i++;
        }
        char q = tok.charAt(i);
        int ql = tok.length() - i >= 6 && tok.charAt(i + 1) == q && tok.charAt(i + 2) == q ? 3 : 1;
        return new Literal(raw, bytes, f, u, i + ql, tok.length() - ql);
    }

    /** Thrown for a bad escape; the caller positions it on the token. */
    static final class EscapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EscapeError(String msg) {
            super(msg, null, false, false);
        }
    }

    static String decodeStr(String s, int from, int to, boolean raw) {
        return decodeStr(s, from, to, raw, null);
    }

    /**
     * Decodes a str literal body; where an escape puts a lone low surrogate right after a lone high one,
     * its index goes into {@code splits} (if not null): Python has two code points there, not a pair.
     */
    static String decodeStr(String s, int from, int to, boolean raw, java.util.List<Integer> splits) {
        if (raw || s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = escape(s, i + 1, to, b, from, splits);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static int hex(String s, int i, int to, int count, StringBuilder out, String kind, int bodyStart,
            int escStart, java.util.List<Integer> splits) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = i + k < to ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0) {
                throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + (escStart - bodyStart) + "-" + (i + k - 1 - bodyStart) + ": truncated " + kind + " escape");
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF || v < 0) {
            throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (escStart - bodyStart) + "-" + (i + count - 1 - bodyStart) + ": illegal Unicode character");
        }
        if (splits != null && Character.isLowSurrogate((char) v) && out.length() > 0
                && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            splits.add(out.length());
        }
        out.appendCodePoint(v);
        return i + count;
    }

    /** Decodes the escape whose backslash is at {@code i - 1}; returns the index after it. */
    static int escape(String s, int i, int to, StringBuilder out, int bodyStart) {
        return escape(s, i, to, out, bodyStart, null);
    }

    static int escape(String s, int i, int to, StringBuilder out, int bodyStart, java.util.List<Integer> splits) {
        if (i >= to) {
            out.append('\\');
            return i;
        }
        char c = s.charAt(i);
        switch (c) {
            case '\n' -> {
                return i + 1;
            }
            case '\\', '\'', '"' -> out.append(c);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = 0;
                int k = i;
                while (k < to && k < i + 3 && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                    v = v * 8 + (s.charAt(k) - '0');
                    k++;
                }
                out.append((char) v);
                return k;
            }
            case 'x' -> {
                return hex(s, i + 1, to, 2, out, "\\xXX", bodyStart, i - 1, splits);
            }
            case 'u' -> {
                return hex(s, i + 1, to, 4, out, "\\uXXXX", bodyStart, i - 1, splits);
            }
            case 'U' -> {
                return hex(s, i + 1, to, 8, out, "\\UXXXXXXXX", bodyStart, i - 1, splits);
            }
            case 'N' -> {
                int close = i + 1 < to && s.charAt(i + 1) == '{' ? s.indexOf('}', i + 2) : -1;
                if (close < 0 || close >= to) {
                    int end = i + 1 < to && s.charAt(i + 1) == '{' ? to - 1 : i;
                    throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + (i - 1 - bodyStart) + "-" + (end - bodyStart) + ": malformed \\N character escape");
                }
                String name = s.substring(i + 2, close);
                int cp;
                try {
                    cp = unicodeName(name);
                } catch (IllegalArgumentException e) {
                    throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + (i - 1 - bodyStart) + "-" + (close - bodyStart) + ": unknown Unicode character name");
                }
                out.appendCodePoint(cp);
                return close + 1;
            }
            default -> {
                out.append('\\').append(c); // invalid escape: kept (a DeprecationWarning in CPython)
            }
        }
        return i + 1;
    }

    /** A character by its Unicode name, as {@code \N{...}} (Java's tables; CJK ideographs by code). */
    static int unicodeName(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (upper.startsWith(prefix)) {
                int cp = Integer.parseInt(upper.substring(prefix.length()), 16);
                if (Character.isIdeographic(cp) || Character.getType(cp) == Character.OTHER_LETTER) {
                    return cp;
                }
                throw new IllegalArgumentException(name);
            }
        }
        return Character.codePointOf(name);
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error. */
    static byte[] decodeBytes(String s, int from, int to, boolean raw) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                throw new EscapeError("bytes can only contain ASCII literal characters");
            }
            if (c != '\\' || raw) {
                b.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= to) {
                b.write('\\');
                break;
            }
            c = s.charAt(i);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> b.write(c);
                case 'a' -> b.write(7);
                case 'b' -> b.write(8);
                case 'f' -> b.write(12);
                case 'n' -> b.write(10);
                case 'r' -> b.write(13);
                case 't' -> b.write(9);
                case 'v' -> b.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = 0;
                    int k = i;
                    while (k < to && k < i + 3 && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                        v = v * 8 + (s.charAt(k) - '0');
                        k++;
                    }
                    b.write(v & 0xFF);
                    i = k;
                    continue;
                }
                case 'x' -> {
                    int d1 = i + 1 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                    int d2 = i + 2 < to ? Character.digit(s.charAt(i + 2), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + (i - 1 - from));
                    }
                    b.write(d1 * 16 + d2);
                    i += 3;
                    continue;
                }
                default -> {
                    b.write('\\');
                    b.write(c);
                }
            }
            i++;
        }
        return b.toByteArray();
    }
}
