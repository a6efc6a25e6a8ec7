package org.jyston.modules.binary.impl;

import java.io.ByteArrayOutputStream;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** {@code binascii}: conversions between binary data and ASCII encodings (hex, base64, uu, quoted-printable). */
@Component(service = ModuleProvider.class)
public class BinasciiModule implements ModuleProvider {
    static final Buf.ErrorClass ERROR = new Buf.ErrorClass("binascii", "Error", "ValueError");
    static final Buf.ErrorClass INCOMPLETE = new Buf.ErrorClass("binascii", "Incomplete", "Exception");
    private static final byte[] HEX = "0123456789abcdef".getBytes();
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes();
    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] B64_VALUE = new int[256];
    private static final int MAXLINESIZE = 76;

    static {
        java.util.Arrays.fill(B64_VALUE, -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64[i]] = i;
        }
    }

    @Override
    public String name() {
        return "binascii";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Conversion between binary data and ASCII");
        d.put("Error", ERROR.get());
        d.put("Incomplete", INCOMPLETE.get());
        PyBuiltinFunction.Body hexlify = (a, kw) -> {
            Object[] v = ClinicArgs.parse("hexlify", new String[] {"data", "sep", "bytes_per_sep"}, 0, 3, 1, a, kw);
            return bytes(hexlify(Buf.need(v[0]), v[1], v[2] == null ? 1 : Buf.cint(v[2])));
        };
        PyBuiltinFunction.Body b2aHex = (a, kw) -> {
            Object[] v = ClinicArgs.parse("b2a_hex", new String[] {"data", "sep", "bytes_per_sep"}, 0, 3, 1, a, kw);
            return bytes(hexlify(Buf.need(v[0]), v[1], v[2] == null ? 1 : Buf.cint(v[2])));
        };
        fn(d, "hexlify", hexlify);
        fn(d, "b2a_hex", b2aHex);
        fn(d, "unhexlify", (a, kw) -> bytes(unhexlify(Buf.ascii(positional1("unhexlify", a, kw)))));
        fn(d, "a2b_hex", (a, kw) -> bytes(unhexlify(Buf.ascii(positional1("a2b_hex", a, kw)))));
        fn(d, "b2a_base64", (a, kw) -> {
            Object[] v = ClinicArgs.parse("b2a_base64", new String[] {"data", "newline"}, 1, 1, 1, a, kw);
            return bytes(b2aBase64(Buf.need(v[0]), v[1] == null || Buf.cint(v[1]) != 0));
        });
        fn(d, "a2b_base64", (a, kw) -> {
            Object[] v = ClinicArgs.parse("a2b_base64", new String[] {"data", "strict_mode"}, 1, 1, 1, a, kw);
            return bytes(a2bBase64(Buf.ascii(v[0]), v[1] != null && Buf.cint(v[1]) != 0));
        });
        fn(d, "b2a_uu", (a, kw) -> {
            Object[] v = ClinicArgs.parse("b2a_uu", new String[] {"data", "backtick"}, 1, 1, 1, a, kw);
            return bytes(b2aUu(Buf.need(v[0]), v[1] != null && Buf.cint(v[1]) != 0));
        });
        fn(d, "a2b_uu", (a, kw) -> bytes(a2bUu(Buf.ascii(positional1("a2b_uu", a, kw)))));
        fn(d, "b2a_qp", (a, kw) -> {
            Object[] v = ClinicArgs.parse("b2a_qp", new String[] {"data", "quotetabs", "istext", "header"}, 0, 4, 1,
                    a, kw);
            return bytes(b2aQp(Buf.need(v[0]), flag(v[1], false), flag(v[2], true), flag(v[3], false)));
        });
        fn(d, "a2b_qp", (a, kw) -> {
            Object[] v = ClinicArgs.parse("a2b_qp", new String[] {"data", "header"}, 0, 2, 1, a, kw);
            return bytes(a2bQp(Buf.ascii(v[0]), flag(v[1], false)));
        });
        fn(d, "crc32", (a, kw) -> {
            ClinicArgs.noKw("crc32", kw);
            ClinicArgs.positional("crc32", a.length, 1, 2);
            byte[] data = Buf.need(a[0]);
            long crc = a.length > 1 ? Buf.uint32(a[1]) : 0;
            return Checksums.crc32(crc, data, 0, data.length);
        });
        fn(d, "crc_hqx", (a, kw) -> {
            ClinicArgs.noKw("crc_hqx", kw);
            ClinicArgs.positional("crc_hqx", a.length, 2, 2);
            byte[] data = Buf.need(a[0]);
            return (long) crcHqx((int) (Buf.uint32(a[1]) & 0xffff), data);
        });
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module);
            }
        }
    }

    private static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : Buf.cint(o) != 0;
    }

    private static Object positional1(String name, Object[] a, String[] kw) {
        ClinicArgs.noKw(name, kw);
        if (a.length != 1) {
            throw Errors.typeError("binascii." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    private static PyBytes bytes(byte[] d) {
        return PyBytes.wrap(d);
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }

    // ---- hex

    /** The separator byte of {@code hexlify(sep=...)}, or -1 for none. */
    private static int separator(Object sep) {
        if (sep == null) {
            return -1;
        }
        Object u = Derived.unwrap(sep);
        if (u instanceof String s) {
            if (s.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (s.charAt(0) > 255) { // CPython takes a Latin-1 character's byte
                throw Errors.valueError("sep must be ASCII.");
            }
            return s.charAt(0);
        }
        byte[] b = Buf.data(sep);
        if (b == null) {
            if (Op.len(sep) != 1) { // CPython measures the separator first: no len() is that TypeError
                throw Errors.valueError("sep must be length 1.");
            }
            throw Errors.typeError("sep must be str or bytes.");
        }
        if (b.length != 1) {
            throw Errors.valueError("sep must be length 1.");
        }
        return b[0] & 0xff;
    }

    static byte[] hexlify(byte[] d, Object sepArg, int perSep) {
        int sep = separator(sepArg);
        int group = Math.abs(perSep);
        if (sep < 0 || perSep == 0 || d.length == 0) {
            byte[] out = new byte[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                out[2 * i] = HEX[(d[i] >> 4) & 15];
                out[2 * i + 1] = HEX[d[i] & 15];
            }
            return out;
        }
        int seps = (d.length - 1) / group;
        byte[] out = new byte[d.length * 2 + seps];
        int o = 0;
        // a positive count groups from the right: the first group takes the remainder
        int first = perSep > 0 ? (d.length - 1) % group + 1 : group;
        int inGroup = 0;
        int limit = first;
        for (int i = 0; i < d.length; i++) {
            if (inGroup == limit) {
                out[o++] = (byte) sep;
                inGroup = 0;
                limit = group;
            }
            out[o++] = HEX[(d[i] >> 4) & 15];
            out[o++] = HEX[d[i] & 15];
            inGroup++;
        }
        return out;
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static byte[] unhexlify(byte[] s) {
        if (s.length % 2 != 0) {
            throw ERROR.of("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(s[2 * i] & 0xff);
            int lo = hexValue(s[2 * i + 1] & 0xff);
            if (hi < 0 || lo < 0) {
                throw ERROR.of("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    // ---- base64

    static byte[] b2aBase64(byte[] d, boolean newline) {
        int n = (d.length + 2) / 3 * 4;
        byte[] out = new byte[n + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff);
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = B64[(v >> 6) & 63];
            out[o++] = B64[v & 63];
        }
        int rest = d.length - i;
        if (rest == 1) {
            int v = (d[i] & 0xff) << 16;
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = '=';
            out[o++] = '=';
        } else if (rest == 2) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8;
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = B64[(v >> 6) & 63];
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return out;
    }

    /**
     * Base64 decoding as binascii does it: characters outside the alphabet are skipped (an error in strict
     * mode); a quad is complete at its padding, which ends the data.
     */
    static byte[] a2bBase64(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length / 4 * 3 + 3);
        if (strict && s.length > 0 && s[0] == '=') {
            throw ERROR.of("Leading padding not allowed");
        }
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean padding = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                padding = true;
                if (strict && quad == 0) {
                    throw ERROR.of("Excess padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw ERROR.of("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = B64_VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw ERROR.of("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padding) {
                throw ERROR.of("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.write(left << 6 | v);
                    left = 0;
                }
            }
        }
        if (quad == 1) {
            throw ERROR.of("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) {
            throw ERROR.of("Incorrect padding");
        }
        return out.toByteArray();
    }

    // ---- uu

    static byte[] b2aUu(byte[] d, boolean backtick) {
        if (d.length > 45) {
            throw ERROR.of("At most 45 bytes at once");
        }
        int n = (d.length + 2) / 3 * 4;
        byte[] out = new byte[n + 2];
        out[0] = uuChar(d.length, backtick);
        int o = 1;
        for (int i = 0; i < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (i + 1 < d.length ? (d[i + 1] & 0xff) << 8 : 0)
                    | (i + 2 < d.length ? d[i + 2] & 0xff : 0);
            out[o++] = uuChar(v >> 18, backtick);
            out[o++] = uuChar((v >> 12) & 63, backtick);
            out[o++] = uuChar((v >> 6) & 63, backtick);
            out[o++] = uuChar(v & 63, backtick);
        }
        out[o] = '\n';
        return out;
    }

    private static byte uuChar(int v, boolean backtick) {
        return (byte) (v == 0 && backtick ? '`' : ' ' + v);
    }

    static byte[] a2bUu(byte[] s) {
        int at = 0;
        int remaining = s.length;
        // the length character; an empty line reads C's terminating NUL, as CPython does
        int len = ((s.length > 0 ? s[0] & 0xff : 0) - ' ') & 63;
        at++;
        remaining--;
        byte[] out = new byte[len];
        int o = 0;
        int left = 0;
        int bits = 0;
        while (o < len) {
            int c = remaining > 0 ? s[at] & 0xff : 0;
            int v;
            if (c == '\n' || c == '\r' || remaining <= 0) {
                v = 0; // spaces eaten at the end of the line
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw ERROR.of("Illegal char");
                }
                v = (c - ' ') & 63;
            }
            left = left << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (left >> bits);
                left &= (1 << bits) - 1;
            }
            at++;
            remaining--;
        }
        while (remaining-- > 0) {
            int c = s[at++] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw ERROR.of("Trailing garbage");
            }
        }
        return out;
    }

    // ---- quoted-printable

    static byte[] a2bQp(byte[] s, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int i = 0;
        int n = s.length;
        while (i < n) {
            int c = s[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int c1 = s[i] & 0xff;
                if (c1 == '\n' || c1 == '\r') { // soft line break: skip to after the newline
                    if (c1 != '\n') {
                        while (i < n && s[i] != '\n') {
                            i++;
                        }
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (c1 == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && hexValue(c1) >= 0 && hexValue(s[i + 1] & 0xff) >= 0) {
                    out.write(hexValue(c1) << 4 | hexValue(s[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    static byte[] b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        Out out = new Out(n * 3 + 16);
        int i = 0;
        int linelen = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            boolean last = i + 1 == n;
            int next = last ? -1 : d[i + 1] & 0xff;
            boolean quote = c > 126 || c == '=' || header && c == '_'
                    || c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == 0)
                    || !istext && (c == '\r' || c == '\n')
                    || (c == '\t' || c == ' ') && last
                    || c < 33 && c != '\r' && c != '\n' && (quotetabs || c != '\t' && c != ' ');
            if (quote) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out.softBreak(crlf);
                    linelen = 0;
                }
                out.quoted(c);
                i++;
                linelen += 3;
            } else if (istext && (c == '\n' || !last && c == '\r' && next == '\n')) {
                linelen = 0;
                int prev = out.last();
                if (prev == ' ' || prev == '\t') { // whitespace may not end a line
                    out.dropLast();
                    out.quoted(prev);
                }
                if (crlf) {
                    out.put('\r');
                }
                out.put('\n');
                i += c == '\r' ? 2 : 1;
            } else {
                if (!last && next != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out.softBreak(crlf);
                    linelen = 0;
                }
                linelen++;
                out.put(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return out.toArray();
    }

    /** A growing byte buffer that can look at and take back its last byte. */
    private static final class Out {
        private byte[] b;
        private int n;

        Out(int cap) {
            b = new byte[Math.max(cap, 16)];
        }

        void put(int c) {
            if (n == b.length) {
                b = java.util.Arrays.copyOf(b, n * 2);
            }
            b[n++] = (byte) c;
        }

        void quoted(int c) {
            put('=');
            put(HEX_UPPER[(c >> 4) & 15]);
            put(HEX_UPPER[c & 15]);
        }

        void softBreak(boolean crlf) {
            put('=');
            if (crlf) {
                put('\r');
            }
            put('\n');
        }

        int last() {
            return n == 0 ? -1 : b[n - 1] & 0xff;
        }

        void dropLast() {
            n--;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(b, n);
        }
    }

    // ---- crc_hqx (CRC-CCITT, polynomial 0x1021, no reflection)

    private static final int[] HQX = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            HQX[i] = c & 0xffff;
        }
    }

    static int crcHqx(int crc, byte[] d) {
        for (byte x : d) {
            crc = ((crc << 8) & 0xff00) ^ HQX[((crc >> 8) & 0xff) ^ (x & 0xff)];
        }
        return crc;
    }
}
