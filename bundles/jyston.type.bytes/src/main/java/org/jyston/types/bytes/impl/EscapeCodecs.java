package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyTuple;

/** {@code escape_encode/decode}, {@code unicode_escape_*} and {@code raw_unicode_escape_*} of {@code _codecs}. */
final class EscapeCodecs {
    private EscapeCodecs() {}

    static void install(PyDict d) {
        CodecArgs.fn(d, "escape_encode", 1, 2, a -> {
            byte[] data = CodecArgs.buffer(a[0]);
            if (!(org.jyston.api.object.Derived.unwrap(a[0]) instanceof PyBytes)) {
                throw Errors.typeError("escape_encode() argument 1 must be bytes, not "
                        + org.jyston.api.object.Op.typeName(a[0]));
            }
            return PyTuple.of(PyBytes.wrap(escapeEncode(data)), (long) data.length);
        });
        CodecArgs.fn(d, "escape_decode", 1, 2, a -> {
            byte[] data = CodecArgs.bufferOrStr(a[0]);
            return PyTuple.of(PyBytes.wrap(escapeDecode(data, CodecArgs.errors("escape_decode", 2, a[1]))),
                    (long) data.length);
        });
        CodecArgs.fn(d, "unicode_escape_encode", 1, 2, a -> {
            String s = CodecArgs.str("unicode_escape_encode", 1, a[0]);
            return PyTuple.of(PyBytes.wrap(unicodeEscapeEncode(s, false)), (long) s.codePointCount(0, s.length()));
        });
        CodecArgs.fn(d, "raw_unicode_escape_encode", 1, 2, a -> {
            String s = CodecArgs.str("raw_unicode_escape_encode", 1, a[0]);
            return PyTuple.of(PyBytes.wrap(unicodeEscapeEncode(s, true)), (long) s.codePointCount(0, s.length()));
        });
        CodecArgs.fn(d, "unicode_escape_decode", 1, 3, a -> decode(a, false));
        CodecArgs.fn(d, "raw_unicode_escape_decode", 1, 3, a -> decode(a, true));
    }

    private static Object decode(Object[] a, boolean raw) {
        String fn = raw ? "raw_unicode_escape_decode" : "unicode_escape_decode";
        byte[] data = CodecArgs.bufferOrStr(a[0]);
        String errors = CodecArgs.errors(fn, 2, a[1]);
        boolean fin = CodecArgs.flag(a[2], true);
        StringBuilder sb = new StringBuilder(data.length);
        int consumed = raw ? rawDecode(data, errors, fin, sb) : unicodeDecode(data, errors, fin, sb);
        return PyTuple.of(sb.toString(), (long) consumed);
    }

    static byte[] escapeEncode(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        for (byte x : data) {
            int c = x & 0xff;
            switch (c) {
                case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                case '\'' -> out.writeBytes(new byte[] {'\\', '\''});
                case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.writeBytes(String.format("\\x%02x", c).getBytes(StandardCharsets.ISO_8859_1));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static int hex(int c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
    }

    /** The simple escapes shared by bytes and str literals, or -1. */
    private static int simple(int c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 11;
            default -> -1;
        };
    }

    static byte[] escapeDecode(byte[] data, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int n = data.length;
        for (int i = 0; i < n;) {
            int c = data[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i++;
            if (i >= n) {
                throw Errors.valueError("Trailing \\ in string");
            }
            c = data[i++] & 0xff;
            if (c == '\n') {
                continue;
            }
            int s = simple(c);
            if (s >= 0) {
                out.write(s);
            } else if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) {
                    v = v * 8 + (data[i++] - '0');
                }
                out.write(v & 0xff);
            } else if (c == 'x') {
                int h1 = i < n ? hex(data[i] & 0xff) : -1;
                int h2 = i + 1 < n ? hex(data[i + 1] & 0xff) : -1;
                if (h1 >= 0 && h2 >= 0) {
                    out.write(h1 * 16 + h2);
                    i += 2;
                } else if (errors.equals("strict")) {
                    throw Errors.valueError("invalid \\x escape at position " + start);
                } else if (errors.equals("replace")) {
                    out.write('?');
                } else if (!errors.equals("ignore")) {
                    throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                }
            } else {
                out.write('\\');
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    static byte[] unicodeEscapeEncode(String s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (raw ? c < 0x100 : c >= 0x20 && c < 0x7f && c != '\\') {
                out.write(c);
            } else if (!raw && c == '\\') {
                out.writeBytes(new byte[] {'\\', '\\'});
            } else if (!raw && c == '\t') {
                out.writeBytes(new byte[] {'\\', 't'});
            } else if (!raw && c == '\n') {
                out.writeBytes(new byte[] {'\\', 'n'});
            } else if (!raw && c == '\r') {
                out.writeBytes(new byte[] {'\\', 'r'});
            } else {
                String e = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c);
                out.writeBytes(e.getBytes(StandardCharsets.ISO_8859_1));
            }
        });
        return out.toByteArray();
    }

    private static final String ENC = "unicodeescape";

    /** Decodes Python string-literal escapes into {@code sb}; answers how many bytes were consumed. */
    private static int unicodeDecode(byte[] data, String errors, boolean fin, StringBuilder sb) {
        int n = data.length;
        PyBytes original = PyBytes.wrap(data);
        int i = 0;
        while (i < n) {
            int c = data[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                if (!fin) {
                    return start;
                }
                i = Codec.handleDecode(sb, data, start, n, "\\ at end of string", ENC, errors, original);
                continue;
            }
            c = data[i + 1] & 0xff;
            i += 2;
            if (c == '\n') {
                continue;
            }
            int s = simple(c);
            if (s >= 0) {
                sb.append((char) s);
                continue;
            }
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) {
                    v = v * 8 + (data[i++] - '0');
                }
                sb.appendCodePoint(v);
                continue;
            }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
            if (digits > 0) {
                int v = 0;
                int k = 0;
                while (k < digits && i < n && hex(data[i] & 0xff) >= 0) {
                    v = v * 16 + hex(data[i++] & 0xff);
                    k++;
                }
                if (k < digits) {
                    if (!fin && i >= n) {
                        return start;
                    }
                    String what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    i = Codec.handleDecode(sb, data, start, i, what, ENC, errors, original);
                    continue;
                }
                if (v < 0 || v > 0x10ffff) {
                    i = Codec.handleDecode(sb, data, start, i, "illegal Unicode character", ENC, errors, original);
                    continue;
                }
                sb.appendCodePoint(v);
                continue;
            }
            if (c == 'N') {
                int close = -1;
                if (i < n && data[i] == '{') {
                    for (int k = i + 1; k < n; k++) {
                        if (data[k] == '}') {
                            close = k;
                            break;
                        }
                    }
                }
                if (close < 0) {
                    if (!fin && (i >= n || data[i] == '{')) {
                        return start;
                    }
                    i = Codec.handleDecode(sb, data, start, i < n && data[i] == '{' ? n : i,
                            "malformed \\N character escape", ENC, errors, original);
                    continue;
                }
                String name = new String(data, i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
                int cp = -1;
                try {
                    if (!name.isEmpty()) {
                        cp = Character.codePointOf(name);
                    }
                } catch (IllegalArgumentException e) {
                    cp = -1;
                }
                if (cp < 0) {
                    i = Codec.handleDecode(sb, data, start, close + 1, "unknown Unicode character name", ENC, errors,
                            original);
                    continue;
                }
                sb.appendCodePoint(cp);
                i = close + 1;
                continue;
            }
            // not an escape: the backslash stays (CPython warns of it)
            sb.append('\\').append((char) c);
        }
        return i;
    }

    /** Only {@code \\uXXXX} and {@code \\UXXXXXXXX} after an odd run of backslashes are escapes. */
    private static int rawDecode(byte[] data, String errors, boolean fin, StringBuilder sb) {
        int n = data.length;
        PyBytes original = PyBytes.wrap(data);
        int i = 0;
        String enc = "rawunicodeescape";
        while (i < n) {
            int c = data[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int run = i;
            while (i < n && data[i] == '\\') {
                i++;
            }
            int count = i - run;
            if ((count & 1) == 0 || i >= n || (data[i] != 'u' && data[i] != 'U')) {
                if (!fin && i >= n && (count & 1) == 1) {
                    for (int k = 0; k < count - 1; k++) {
                        sb.append('\\');
                    }
                    return i - 1;
                }
                for (int k = 0; k < count; k++) {
                    sb.append('\\');
                }
                continue;
            }
            for (int k = 0; k < count - 1; k++) {
                sb.append('\\');
            }
            int start = i - 1;
            int digits = data[i] == 'u' ? 4 : 8;
            i++;
            int v = 0;
            int k = 0;
            while (k < digits && i < n && hex(data[i] & 0xff) >= 0) {
                v = v * 16 + hex(data[i++] & 0xff);
                k++;
            }
            if (k < digits) {
                if (!fin && i >= n) {
                    return start;
                }
                i = Codec.handleDecode(sb, data, start, i, digits == 4 ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape", enc, errors, original);
                continue;
            }
            if (v < 0 || v > 0x10ffff) {
                i = Codec.handleDecode(sb, data, start, i, "\\Uxxxxxxxx out of range", enc, errors, original);
                continue;
            }
            sb.appendCodePoint(v);
        }
        return i;
    }
}
