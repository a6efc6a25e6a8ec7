package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;

/**
 * UTF-16 and UTF-32 in either byte order, written out so that errors carry CPython's positions
 * and reasons ("truncated data", "illegal UTF-16 surrogate", ...) and the error handlers apply
 * (including {@code surrogatepass}, which lets lone surrogates through).
 */
final class WideCodec {
    private WideCodec() {}

    /** Decodes {@code data[from:]} as UTF-16 ({@code width} 2) or UTF-32 (4); positions count from 0 of data. */
    static String decode(byte[] data, int from, int width, boolean bigEndian, String enc, String errors,
            Object original) {
        StringBuilder sb = new StringBuilder((data.length - from) / width);
        int n = data.length;
        int i = from;
        boolean pass = errors.equals("surrogatepass");
        while (i < n) {
            if (n - i < width) {
                i = Codec.handleDecode(sb, data, i, n, "truncated data", enc, errors, original);
                continue;
            }
            int u = unit(data, i, width, bigEndian);
            if (width == 4) {
                if (u < 0 || u > 0x10ffff) {
                    i = Codec.handleDecode(sb, data, i, i + 4, "code point not in range(0x110000)", enc, errors, original);
                } else if (u >= 0xd800 && u < 0xe000 && !pass) {
                    i = Codec.handleDecode(sb, data, i, i + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)", enc, errors, original);
                } else {
                    sb.appendCodePoint(u);
                    i += 4;
                }
                continue;
            }
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                if (pass) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = Codec.handleDecode(sb, data, i, i + 2, "illegal encoding", enc, errors, original);
                }
            } else if (n - i < 4) {
                if (pass) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = Codec.handleDecode(sb, data, i, n, "unexpected end of data", enc, errors, original);
                }
            } else {
                int v = unit(data, i + 2, 2, bigEndian);
                if (v >= 0xdc00 && v <= 0xdfff) {
                    sb.append((char) u).append((char) v);
                    i += 4;
                } else if (pass) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = Codec.handleDecode(sb, data, i, i + 2, "illegal UTF-16 surrogate", enc, errors, original);
                }
            }
        }
        return sb.toString();
    }

    private static int unit(byte[] d, int i, int width, boolean be) {
        int v = 0;
        for (int k = 0; k < width; k++) {
            int b = d[i + (be ? k : width - 1 - k)] & 0xff;
            v = (v << 8) | b;
        }
        return v;
    }

    /** Encodes {@code s} (with a byte-order mark first when {@code bom}); lone surrogates go to the error handler. */
    static byte[] encode(String s, int width, boolean bigEndian, boolean bom, String enc, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * width + 4);
        if (bom) {
            put(out, 0xfeff, width, bigEndian);
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c < 0xd800 || c > 0xdfff) {
                if (width == 2 && c > 0xffff) {
                    put(out, Character.highSurrogate(c), 2, bigEndian);
                    put(out, Character.lowSurrogate(c), 2, bigEndian);
                } else {
                    put(out, c, width, bigEndian);
                }
                continue;
            }
            switch (errors) {
                case "surrogatepass":
                    put(out, c, width, bigEndian);
                    break;
                case "ignore":
                    break;
                case "replace":
                    put(out, '?', width, bigEndian);
                    break;
                case "backslashreplace":
                    for (char ch : String.format("\\u%04x", c).toCharArray()) {
                        put(out, ch, width, bigEndian);
                    }
                    break;
                case "xmlcharrefreplace":
                    for (char ch : ("&#" + c + ";").toCharArray()) {
                        put(out, ch, width, bigEndian);
                    }
                    break;
                case "surrogateescape":
                    if (c >= 0xdc80) {
                        out.write(c - 0xdc00);
                        break;
                    }
                    // fall through
                default:
                    if (!errors.equals("strict") && !errors.equals("surrogateescape") && !errors.equals("namereplace")) {
                        throw Codec.unknownHandler(errors);
                    }
                    throw Codec.encodeError(enc, s, i, i + 1, "surrogates not allowed");
            }
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int v, int width, boolean be) {
        for (int k = 0; k < width; k++) {
            int shift = 8 * (be ? width - 1 - k : k);
            out.write((v >>> shift) & 0xff);
        }
    }
}
