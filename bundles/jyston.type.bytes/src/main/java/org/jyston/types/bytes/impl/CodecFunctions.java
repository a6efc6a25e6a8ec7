package org.jyston.types.bytes.impl;

import java.util.Arrays;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyTuple;

/**
 * The UTF-8, UTF-16, UTF-32, Latin-1 and ASCII functions of {@code _codecs}: CPython's (result, consumed)
 * pairs; a decoder called with {@code final} false keeps back an incomplete sequence at the end, for the
 * incremental decoders of the {@code encodings} package.
 */
final class CodecFunctions {
    private CodecFunctions() {}

    static void install(PyDict d) {
        CodecArgs.fn(d, "utf_8_encode", 1, 2, a -> encode("utf_8_encode", a, "utf-8"));
        CodecArgs.fn(d, "latin_1_encode", 1, 2, a -> encode("latin_1_encode", a, "latin-1"));
        CodecArgs.fn(d, "ascii_encode", 1, 2, a -> encode("ascii_encode", a, "ascii"));
        CodecArgs.fn(d, "utf_8_decode", 1, 3, a -> {
            byte[] data = CodecArgs.buffer(a[0]);
            String errors = CodecArgs.errors("utf_8_decode", 2, a[1]);
            int n = CodecArgs.flag(a[2], false) ? data.length : data.length - utf8Tail(data);
            byte[] part = n == data.length ? data : Arrays.copyOf(data, n);
            return PyTuple.of(Codec.decode(part, "utf-8", errors, PyBytes.wrap(data)), (long) n);
        });
        CodecArgs.fn(d, "latin_1_decode", 1, 2, a -> {
            byte[] data = CodecArgs.buffer(a[0]);
            return PyTuple.of(Codec.decode(data, "latin-1", CodecArgs.errors("latin_1_decode", 2, a[1]),
                    PyBytes.wrap(data)), (long) data.length);
        });
        CodecArgs.fn(d, "ascii_decode", 1, 2, a -> {
            byte[] data = CodecArgs.buffer(a[0]);
            return PyTuple.of(Codec.decode(data, "ascii", CodecArgs.errors("ascii_decode", 2, a[1]),
                    PyBytes.wrap(data)), (long) data.length);
        });
        CodecArgs.fn(d, "readbuffer_encode", 1, 2, a -> {
            byte[] data = CodecArgs.bufferOrStr(a[0]);
            return PyTuple.of(PyBytes.wrap(data.clone()), (long) data.length);
        });
        for (int width : new int[] {2, 4}) {
            String base = width == 2 ? "utf_16" : "utf_32";
            String enc = width == 2 ? "utf-16" : "utf-32";
            CodecArgs.fn(d, base + "_encode", 1, 3, a -> {
                String s = CodecArgs.str(base + "_encode", 1, a[0]);
                String errors = CodecArgs.errors(base + "_encode", 2, a[1]);
                long bo = CodecArgs.integer(a[2], 0);
                byte[] out = WideCodec.encode(s, width, bo > 0, bo == 0, enc, errors);
                return PyTuple.of(PyBytes.wrap(out), (long) s.codePointCount(0, s.length()));
            });
            CodecArgs.fn(d, base + "_le_encode", 1, 2, a -> {
                String s = CodecArgs.str(base + "_le_encode", 1, a[0]);
                byte[] out = WideCodec.encode(s, width, false, false, enc + "-le",
                        CodecArgs.errors(base + "_le_encode", 2, a[1]));
                return PyTuple.of(PyBytes.wrap(out), (long) s.codePointCount(0, s.length()));
            });
            CodecArgs.fn(d, base + "_be_encode", 1, 2, a -> {
                String s = CodecArgs.str(base + "_be_encode", 1, a[0]);
                byte[] out = WideCodec.encode(s, width, true, false, enc + "-be",
                        CodecArgs.errors(base + "_be_encode", 2, a[1]));
                return PyTuple.of(PyBytes.wrap(out), (long) s.codePointCount(0, s.length()));
            });
            CodecArgs.fn(d, base + "_le_decode", 1, 3, a -> {
                PyTuple r = wideDecode(a[0], CodecArgs.errors(base + "_le_decode", 2, a[1]), -1, CodecArgs.flag(a[2],
                        false), width);
                return PyTuple.of(r.get(0), r.get(1));
            });
            CodecArgs.fn(d, base + "_be_decode", 1, 3, a -> {
                PyTuple r = wideDecode(a[0], CodecArgs.errors(base + "_be_decode", 2, a[1]), 1, CodecArgs.flag(a[2],
                        false), width);
                return PyTuple.of(r.get(0), r.get(1));
            });
            CodecArgs.fn(d, base + "_decode", 1, 3, a -> {
                PyTuple r = wideDecode(a[0], CodecArgs.errors(base + "_decode", 2, a[1]), 0, CodecArgs.flag(a[2], false),
                        width);
                return PyTuple.of(r.get(0), r.get(1));
            });
            CodecArgs.fn(d, base + "_ex_decode", 1, 4, a -> wideDecode(a[0], CodecArgs.errors(base + "_ex_decode", 2,
                    a[1]), CodecArgs.integer(a[2], 0), CodecArgs.flag(a[3], false), width));
        }
    }

    private static Object encode(String fn, Object[] a, String enc) {
        String s = CodecArgs.str(fn, 1, a[0]);
        byte[] out = Codec.encode(s, enc, CodecArgs.errors(fn, 2, a[1]));
        return PyTuple.of(PyBytes.wrap(out), (long) s.codePointCount(0, s.length()));
    }

    /**
     * How many bytes at the end of {@code data} begin a UTF-8 sequence that more bytes could complete
     * (0 if the end is complete, or is already an error that more bytes cannot mend).
     */
    static int utf8Tail(byte[] data) {
        int n = data.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int b = data[n - back] & 0xff;
            if (b < 0x80) {
                return 0;
            }
            if (b < 0xc0) {
                continue; // a continuation byte: look further back for its lead
            }
            int need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            if (need <= back) {
                return 0;
            }
            if (back >= 2) {
                int second = data[n - back + 1] & 0xff;
                int lo = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
                int hi = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
                if (second < lo || second > hi) {
                    return 0;
                }
            }
            return back;
        }
        return 0;
    }

    /**
     * UTF-16/32 decoding: {@code byteorder} -1 little-endian, 1 big-endian, 0 read from a byte-order mark
     * (which is consumed) or else little-endian. Answers (str, consumed, byteorder).
     */
    static PyTuple wideDecode(Object input, String errors, long byteorder, boolean fin, int width) {
        byte[] data = CodecArgs.buffer(input);
        int n = data.length;
        int from = 0;
        long bo = byteorder;
        String enc = width == 2 ? "utf-16" : "utf-32";
        if (bo == 0) {
            if (n >= width) {
                boolean le = (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe
                        && (width == 2 || (data[2] == 0 && data[3] == 0));
                boolean be = width == 2 ? (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff
                        : data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff;
                if (le || be) {
                    bo = le ? -1 : 1;
                    from = width;
                }
            } else if (!fin) {
                return PyTuple.of("", 0L, 0L);
            }
        }
        boolean bigEndian = bo > 0;
        int end = n;
        if (!fin) {
            end -= (n - from) % width;
            if (width == 2 && end - from >= 2) {
                int u = bigEndian ? ((data[end - 2] & 0xff) << 8) | (data[end - 1] & 0xff)
                        : ((data[end - 1] & 0xff) << 8) | (data[end - 2] & 0xff);
                if (u >= 0xd800 && u < 0xdc00) {
                    end -= 2; // a high surrogate waits for its partner
                }
            }
        }
        byte[] part = end == n ? data : Arrays.copyOf(data, end);
        String name = enc + (bigEndian ? "-be" : "-le");
        String s = WideCodec.decode(part, from, width, bigEndian, name, errors, PyBytes.wrap(data));
        return PyTuple.of(s, (long) end, bo);
    }
}
