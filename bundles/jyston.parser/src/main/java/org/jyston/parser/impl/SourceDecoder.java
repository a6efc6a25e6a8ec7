package org.jyston.parser.impl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.util.Locale;

/**
 * Source bytes to text as CPython's tokenizer reads them: a UTF-8 byte-order mark, a PEP 263 coding
 * declaration on line 1 or 2, UTF-8 by default. Bytes that are not valid UTF-8 become the
 * "surrogateescape" characters U+DC80..U+DCFF, so that (as in CPython) they are harmless in comments and
 * reported where a token or string literal contains them (see {@link Utf8Errors}).
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static String decode(byte[] src) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB
                && (src[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        for (byte b : src) {
            if (b == 0) {
                throw new ParseError(ParseError.SYNTAX, "source code string cannot contain null bytes",
                        ParseError.NONE, ParseError.NONE, null, ParseError.NONE, ParseError.NONE);
            }
        }
        String declared = codingSpec(src, start);
        String enc = declared == null ? "utf-8" : normalName(declared);
        if (bom && !enc.equals("utf-8")) {
            throw noLocation("encoding problem: " + enc + " with BOM");
        }
        if (enc.equals("utf-8") || enc.equals("utf-8-sig") || enc.equals("utf8")) {
            return utf8SurrogateEscape(src, start);
        }
        Charset cs = charset(enc);
        if (cs == null) {
            throw noLocation("unknown encoding: " + enc);
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(src, start, src.length - start);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            // find the failing position by decoding incrementally
            CharsetDecoder d2 = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in2 = ByteBuffer.wrap(src, start, src.length - start);
            CharBuffer out = CharBuffer.allocate(src.length * 2 + 16);
            d2.decode(in2, out, true);
            int at = in2.position();
            String codec = enc.equals("ascii") || enc.equals("us-ascii") ? "ascii" : enc;
            String reason = codec.equals("ascii") ? "ordinal not in range(128)" : "invalid start byte";
            int len = e instanceof MalformedInputException m ? m.getInputLength() : 1;
            String what = len <= 1 ? String.format("byte 0x%02x in position %d", src[at] & 0xFF, at)
                    : "bytes in position " + at + "-" + (at + len - 1);
            throw noLocation("'" + codec + "' codec can't decode " + what + ": " + reason);
        }
    }

    static ParseError noLocation(String msg) {
        return new ParseError(ParseError.SYNTAX, msg, 0, -1, null, ParseError.NONE, ParseError.NONE);
    }

    /** The PEP 263 declaration of line 1, or of line 2 when line 1 is blank or a comment; or null. */
    static String codingSpec(byte[] src, int start) {
        int ls = start;
        for (int line = 1; line <= 2 && ls < src.length; line++) {
            int e = ls;
            while (e < src.length && src[e] != '\n' && src[e] != '\r') {
                e++;
            }
            String text = new String(src, ls, e - ls, java.nio.charset.StandardCharsets.ISO_8859_1);
            String spec = specInLine(text);
            if (spec != null) {
                return spec;
            }
            String t = text.stripLeading();
            if (!(t.isEmpty() || t.startsWith("#"))) {
                return null;
            }
            ls = e < src.length && src[e] == '\r' && e + 1 < src.length && src[e + 1] == '\n' ? e + 2 : e + 1;
        }
        return null;
    }

    private static String specInLine(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int k = line.indexOf("coding", i);
        while (k >= 0) {
            int j = k + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int b = j;
                while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '-'
                        || line.charAt(j) == '_' || line.charAt(j) == '.')) {
                    j++;
                }
                if (j > b) {
                    return line.substring(b, j);
                }
            }
            k = line.indexOf("coding", k + 6);
        }
        return null;
    }

    /** CPython's {@code get_normal_name}. */
    static String normalName(String s) {
        String b = s.length() > 12 ? s.substring(0, 12) : s;
        b = b.toLowerCase(Locale.ROOT).replace('_', '-');
        if (b.equals("utf-8") || b.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String l : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (b.equals(l) || b.startsWith(l + "-")) {
                return "iso-8859-1";
            }
        }
        return s;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("latin1") || n.equals("latin")) {
            n = "iso-8859-1";
        } else if (n.matches("cp\\d+")) {
            n = n.length() == 6 && n.startsWith("cp12") ? "windows-" + n.substring(2) : n;
        } else if (n.equals("ascii") || n.equals("646")) {
            n = "us-ascii";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** UTF-8 with invalid bytes mapped to U+DC80..U+DCFF (one character per byte). */
    static String utf8SurrogateEscape(byte[] b, int start) {
        int n = b.length;
        boolean ascii = true;
        for (int i = start; i < n; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, start, n - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(n - start);
        int i = start;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int len = Utf8Errors.validLength(b, i, n);
            if (len <= 0) {
                out.append((char) (0xDC00 | c));
                i++;
                continue;
            }
            int cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            for (int k = 1; k < len; k++) {
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += len;
        }
        return out.toString();
    }
}
