package org.jyston.api.object;

/** Bits of {@code str} behaviour that number parsing (int(), float(), complex()) and its error messages need. */
public final class NumberText {
    private NumberText() {}

    /**
     * {@code sys.get_int_max_str_digits()}: the most decimal digits int/str conversion accepts (0 = no limit).
     * One value for the whole JVM, where CPython keeps one per interpreter.
     */
    public static volatile int maxStrDigits = 4300;

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** The C library's {@code isspace} in the C locale: what number parsing strips. */
    public static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    /**
     * The text with every non-ASCII white space made a space and every non-ASCII decimal digit its
     * ASCII digit, as CPython does before parsing a number; any other non-ASCII character becomes
     * {@code '?'}, which no number syntax accepts.
     */
    public static String toAsciiNumber(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                b.append((char) cp);
            } else if (isSpace(cp)) {
                b.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }

    /** {@code repr(s)} for a str, as CPython writes it. */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(b, "\\x", cp, 2);
            } else if (cp < 0x7f || isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(b, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(b, "\\u", cp, 4);
            } else {
                hex(b, "\\U", cp, 8);
            }
        }
        return b.append(quote).toString();
    }

    private static void hex(StringBuilder b, String prefix, int cp, int width) {
        String h = Integer.toHexString(cp);
        b.append(prefix);
        for (int k = h.length(); k < width; k++) {
            b.append('0');
        }
        b.append(h);
    }

    /** Python's {@code str.isprintable()} for one non-ASCII code point. */
    public static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
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
}
