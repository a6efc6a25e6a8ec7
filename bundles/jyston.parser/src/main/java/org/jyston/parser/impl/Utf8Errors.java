package org.jyston.parser.impl;

/**
 * UTF-8 validation with CPython's error reasons. Invalid source bytes reach the tokenizer as
 * U+DC80..U+DCFF ({@link SourceDecoder}); where CPython's decoder would fail, this rebuilds its message.
 */
final class Utf8Errors {
    private Utf8Errors() {}

    static boolean isEscaped(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** An escaped byte at {@code i}: not the second half of a surrogate pair (a real character). */
    static boolean isEscapedAt(CharSequence s, int i) {
        return isEscaped(s.charAt(i)) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or -1. */
    static int validLength(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        int len;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
        } else {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= n || !continuation(c, k, b[i + k] & 0xFF)) {
                return -1;
            }
        }
        return len;
    }

    private static boolean continuation(int lead, int k, int c) {
        if (k == 1) {
            switch (lead) {
                case 0xE0: return c >= 0xA0 && c <= 0xBF;
                case 0xED: return c >= 0x80 && c <= 0x9F;
                case 0xF0: return c >= 0x90 && c <= 0xBF;
                case 0xF4: return c >= 0x80 && c <= 0x8F;
                default: break;
            }
        }
        return c >= 0x80 && c <= 0xBF;
    }

    /** The first escaped byte in {@code s[from, to)}, or -1. */
    static int firstEscaped(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isEscapedAt(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * CPython's message for decoding {@code s[from, to)} as UTF-8 when its first invalid byte is at
     * {@code bad}: "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte".
     */
    static String message(CharSequence s, int from, int to, int bad) {
        int pos = 0;
        for (int i = from; i < bad; i++) {
            char c = s.charAt(i);
            pos += isEscapedAt(s, i) ? 1 : c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        int lead = s.charAt(bad) & 0xFF;
        int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        String reason;
        int end = pos;
        if (len == 0) {
            reason = "invalid start byte";
        } else {
            reason = null;
            for (int k = 1; k < len; k++) {
                int i = bad + k;
                if (i >= to) {
                    reason = "unexpected end of data";
                    end = pos + k - 1;
                    break;
                }
                char c = s.charAt(i);
                if (!isEscapedAt(s, i) || !continuation(lead, k, c & 0xFF)) {
                    reason = "invalid continuation byte";
                    end = pos + k - 1;
                    break;
                }
            }
            if (reason == null) {
                reason = "invalid continuation byte";
            }
        }
        String what = end == pos ? String.format("byte 0x%02x in position %d", lead, pos)
                : "bytes in position " + pos + "-" + end;
        return "(unicode error) 'utf-8' codec can't decode " + what + ": " + reason;
    }
}
