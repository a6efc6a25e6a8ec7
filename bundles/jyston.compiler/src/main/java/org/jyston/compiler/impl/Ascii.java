package org.jyston.compiler.impl;

/** {@code ascii()}: a repr with every non-ASCII character escaped as {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}. */
final class Ascii {
    private Ascii() {}

    static String escape(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length();) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 128) {
                if (sb != null) {
                    sb.appendCodePoint(cp);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(repr.substring(0, i));
                }
                if (cp < 0x100) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            }
            i += n;
        }
        return sb == null ? repr : sb.toString();
    }
}
