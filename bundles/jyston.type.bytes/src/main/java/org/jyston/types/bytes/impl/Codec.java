package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.TypeRef;

/**
 * The codecs {@code bytes.decode}, {@code bytes(str, encoding)} and {@code str.encode} need: UTF-8,
 * ASCII and Latin-1 written out with CPython's error ranges, reasons and error handlers
 * ({@code strict}, {@code replace}, {@code ignore}, {@code backslashreplace}, {@code surrogateescape},
 * and for encoding {@code xmlcharrefreplace}, {@code surrogatepass}); other encodings Java knows are
 * passed to Java's charsets, strictly or with replacement.
 */
final class Codec {
    static final TypeRef UNICODE_DECODE_ERROR = TypeRef.of("UnicodeDecodeError");
    static final TypeRef UNICODE_ENCODE_ERROR = TypeRef.of("UnicodeEncodeError");

    private Codec() {}

    /** CPython's canonical name of a supported encoding, or null for one left to Java. */
    static String canonical(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return "utf-8";
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "iso646_us":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1":
            case "8859": case "cp819": case "iso_ir_100":
                return "latin-1";
            default:
                return null;
        }
    }

    /**
     * The byte-order variants of UTF-16 and UTF-32 under Python's names; the plain ones are
     * little-endian with a byte-order mark here, as CPython writes them on this platform.
     */
    private static String unicodeVariant(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "utf_16": case "utf16": case "u16":
                return "UTF-16";
            case "utf_16_le": case "utf_16le":
                return "UTF-16LE";
            case "utf_16_be": case "utf_16be":
                return "UTF-16BE";
            case "utf_32": case "utf32": case "u32":
                return "UTF-32";
            case "utf_32_le": case "utf_32le":
                return "UTF-32LE";
            case "utf_32_be": case "utf_32be":
                return "UTF-32BE";
            default:
                return null;
        }
    }

    private static Charset javaCharset(String encoding) {
        String variant = unicodeVariant(encoding);
        if (variant != null) {
            // the plain forms are handled around this by their byte-order mark: little-endian here
            return Charset.forName(variant.equals("UTF-16") ? "UTF-16LE" : variant.equals("UTF-32") ? "UTF-32LE" : variant);
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw Errors.raise(Bin.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    static PyException unknownHandler(String errors) {
        return Errors.raise(Bin.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---- decoding

    /** {@code data.decode(encoding, errors)}; {@code original} is the object named in a UnicodeDecodeError. */
    static String decode(byte[] data, String encoding, String errors, Object original) {
        String enc = canonical(encoding);
        if (enc == null) {
            String variant = unicodeVariant(encoding);
            if (variant != null) {
                return decodeWide(data, variant, errors, original);
            }
            if (isUtf8Sig(encoding)) {
                boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb
                        && (data[2] & 0xff) == 0xbf;
                return decode(bom ? java.util.Arrays.copyOfRange(data, 3, data.length) : data, "utf-8", errors, original);
            }
            Object viaRegistry = CodecsModule.viaRegistry(original instanceof PyBytes ? original : PyBytes.wrap(data), encoding,
                    errors, false);
            if (viaRegistry != null) {
                return (String) org.jyston.api.object.Derived.unwrap(viaRegistry);
            }
            return decodeJava(data, encoding, errors, original);
        }
        StringBuilder sb = new StringBuilder(data.length);
        int i = 0;
        int n = data.length;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80 || enc.equals("latin-1")) {
                sb.append((char) b);
                i++;
                continue;
            }
            if (enc.equals("ascii")) {
                i = handleDecode(sb, data, i, i + 1, "ordinal not in range(128)", enc, errors, original);
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                if (b == 0xe0) {
                    lo = 0xa0;
                } else if (b == 0xed) {
                    hi = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                if (b == 0xf0) {
                    lo = 0x90;
                } else if (b == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = handleDecode(sb, data, i, i + 1, "invalid start byte", enc, errors, original);
                continue;
            }
            int cp = b & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
            int j = i + 1;
            boolean bad = false;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    break;
                }
                int c = data[j] & 0xff;
                int l = k == 0 ? lo : 0x80;
                int h = k == 0 ? hi : 0xbf;
                if (c < l || c > h) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (bad) {
                i = handleDecode(sb, data, i, j, "invalid continuation byte", enc, errors, original);
            } else if (j - i < need + 1) {
                i = handleDecode(sb, data, i, n, "unexpected end of data", enc, errors, original);
            } else {
                sb.appendCodePoint(cp);
                i = j;
            }
        }
        return sb.toString();
    }

    /** Applies the error handler to {@code data[start:end]}; answers where decoding resumes. */
    static int handleDecode(StringBuilder sb, byte[] data, int start, int end, String reason, String enc,
            String errors, Object original) {
        switch (errors) {
            case "strict":
                throw Errors.raise(UNICODE_DECODE_ERROR, enc, original, (long) start, (long) end, reason);
            case "replace":
                sb.append('\ufffd');
                break;
            case "ignore":
                break;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", data[k] & 0xff));
                }
                break;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    if (b < 128) {
                        throw Errors.raise(UNICODE_DECODE_ERROR, enc, original, (long) start, (long) end, reason);
                    }
                    sb.append((char) (0xdc00 + b));
                }
                break;
            case "surrogatepass":
                // UTF-8: a surrogate encoded in three bytes is let through; anything else is an error
                if (enc.equals("utf-8") && start + 3 <= data.length && (data[start] & 0xff) == 0xed
                        && (data[start + 1] & 0xe0) == 0xa0 && (data[start + 2] & 0xc0) == 0x80) {
                    sb.append((char) (0xd000 | ((data[start + 1] & 0x3f) << 6) | (data[start + 2] & 0x3f)));
                    return start + 3;
                }
                throw Errors.raise(UNICODE_DECODE_ERROR, enc, original, (long) start, (long) end, reason);
            default:
                Integer resume = ErrorHandlers.decode(sb, data, start, end, reason, enc, errors, original);
                if (resume == null) {
                    throw unknownHandler(errors);
                }
                return resume;
        }
        return end;
    }

    private static boolean isUtf8Sig(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return n.equals("utf_8_sig") || n.equals("utf8_sig");
    }

    /** UTF-16/32: the plain forms read a byte-order mark (dropped) and default to little-endian. */
    private static String decodeWide(byte[] data, String variant, String errors, Object original) {
        boolean wide = variant.startsWith("UTF-32");
        int width = wide ? 4 : 2;
        String base = wide ? "utf-32" : "utf-16";
        if (variant.endsWith("LE") || variant.endsWith("BE")) {
            return WideCodec.decode(data, 0, width, variant.endsWith("BE"), base + (variant.endsWith("BE") ? "-be" : "-le"),
                    errors, original);
        }
        boolean le = data.length >= width && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe
                && (!wide || (data[2] == 0 && data[3] == 0));
        boolean be = !le && data.length >= width && (wide ? data[0] == 0 && data[1] == 0
                && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff
                : (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff);
        return WideCodec.decode(data, le || be ? width : 0, width, be, base + (be ? "-be" : "-le"), errors, original);
    }

    private static String decodeJava(byte[] data, String encoding, String errors, Object original) {
        String variant = unicodeVariant(encoding);
        if ("UTF-16".equals(variant) || "UTF-32".equals(variant)) {
            // a byte-order mark chooses the order and is dropped; without one, little-endian
            boolean wide = variant.equals("UTF-32");
            int bom = wide ? 4 : 2;
            boolean le = data.length >= bom && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe
                    && (!wide || (data[2] == 0 && data[3] == 0));
            boolean be = !le && data.length >= bom && (wide ? data[0] == 0 && data[1] == 0
                    && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff
                    : (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff);
            byte[] rest = le || be ? java.util.Arrays.copyOfRange(data, bom, data.length) : data;
            return decodeJava(rest, variant + (be ? "BE" : "LE"), errors, original);
        }
        Charset cs = javaCharset(encoding);
        CodingErrorAction action = switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> throw unknownHandler(errors);
        };
        try {
            return cs.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw Errors.raise(UNICODE_DECODE_ERROR, encoding, original, 0L, (long) data.length, "invalid data");
        }
    }

    // ---- encoding

    /** {@code s.encode(encoding, errors)}. */
    static byte[] encode(String s, String encoding, String errors) {
        String enc = canonical(encoding);
        if (enc == null) {
            if (unicodeVariant(encoding) == null && !isUtf8Sig(encoding)) {
                Object viaRegistry = CodecsModule.viaRegistry(s, encoding, errors, true);
                if (viaRegistry != null) {
                    return ((PyBytes) viaRegistry).array();
                }
            }
            return encodeJava(s, encoding, errors);
        }
        int limit = enc.equals("ascii") ? 0x80 : enc.equals("latin-1") ? 0x100 : 0x110000;
        String reason = enc.equals("utf-8") ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length;) {
            int c = cps[i];
            if (c < limit && !(c >= 0xd800 && c <= 0xdfff)) {
                putCodePoint(out, c, enc);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && bad(cps[end], limit)) {
                end++;
            }
            switch (errors) {
                case "strict":
                    throw encodeError(enc, s, i, end, reason);
                case "replace":
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                    break;
                case "ignore":
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        String esc = x <= 0xff ? String.format("\\x%02x", x)
                                : x <= 0xffff ? String.format("\\u%04x", x) : String.format("\\U%08x", x);
                        out.writeBytes(esc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    break;
                case "namereplace":
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        String name = Character.getName(x);
                        String esc = name != null && !(x >= 0xd800 && x <= 0xdfff) ? "\\N{" + name + "}"
                                : x <= 0xff ? String.format("\\x%02x", x)
                                : x <= 0xffff ? String.format("\\u%04x", x) : String.format("\\U%08x", x);
                        out.writeBytes(esc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) {
                        out.writeBytes(("&#" + cps[k] + ";").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        if (x < 0xdc80 || x > 0xdcff) {
                            throw encodeError(enc, s, i, end, reason); // the handler refuses the whole run
                        }
                        out.write(x - 0xdc00);
                    }
                    break;
                case "surrogatepass":
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        if (!enc.equals("utf-8") || x < 0xd800 || x > 0xdfff) {
                            throw encodeError(enc, s, i, end, reason); // the handler refuses the whole run
                        }
                        out.write(0xe0 | (x >> 12));
                        out.write(0x80 | ((x >> 6) & 0x3f));
                        out.write(0x80 | (x & 0x3f));
                    }
                    break;
                default:
                    int resume = ErrorHandlers.encode(out, s, cps, i, end, reason, enc, errors,
                            r -> encode(r, enc, "strict"));
                    if (resume < 0) {
                        throw unknownHandler(errors);
                    }
                    end = resume;
                    break;
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean bad(int c, int limit) {
        return c >= limit || (c >= 0xd800 && c <= 0xdfff);
    }

    static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return Errors.raise(UNICODE_ENCODE_ERROR, enc, s, (long) start, (long) end, reason);
    }

    private static void putCodePoint(ByteArrayOutputStream out, int c, String enc) {
        if (c < 0x80 || !enc.equals("utf-8")) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    private static byte[] encodeJava(String s, String encoding, String errors) {
        String variant = unicodeVariant(encoding);
        if (variant != null) {
            boolean wide = variant.startsWith("UTF-32");
            boolean be = variant.endsWith("BE");
            boolean plain = !be && !variant.endsWith("LE");
            String name = (wide ? "utf-32" : "utf-16") + (plain ? "" : be ? "-be" : "-le");
            return WideCodec.encode(s, wide ? 4 : 2, be, plain, name, errors);
        }
        if (isUtf8Sig(encoding)) {
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xef;
            out[1] = (byte) 0xbb;
            out[2] = (byte) 0xbf;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        if ("UTF-16".equals(variant) || "UTF-32".equals(variant)) {
            byte[] body = encodeJava(s, variant + "LE", errors);
            byte[] bom = variant.equals("UTF-16") ? new byte[] {(byte) 0xff, (byte) 0xfe}
                    : new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
            byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
        Charset cs = javaCharset(encoding);
        CodingErrorAction action = switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> throw unknownHandler(errors);
        };
        try {
            ByteBuffer bb = cs.newEncoder().onMalformedInput(action).onUnmappableCharacter(action)
                    .encode(CharBuffer.wrap(s));
            byte[] r = new byte[bb.remaining()];
            bb.get(r);
            return r;
        } catch (CharacterCodingException e) {
            long n = s.codePointCount(0, s.length());
            throw encodeError(encoding, s, 0, (int) n, "character maps to <undefined>");
        }
    }

    /** The {@code encoding} or {@code errors} argument: a str, or "decode() argument 'encoding' must be str, not int". */
    static String textArg(String fn, String name, Object v, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (v instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null character");
            }
            return s;
        }
        throw Errors.typeError(fn + "() argument '" + name + "' must be str, not " + Op.typeName(v));
    }
}
