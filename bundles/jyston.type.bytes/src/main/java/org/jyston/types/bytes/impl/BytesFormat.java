package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/**
 * {@code bytes % args} (PEP 461). Text conversions ({@code %s %b %r %a %c}) are done here; numeric
 * ones ({@code %d %x %f} ...) are handed to {@code str}'s {@code %} with the same spec, whose result
 * is ASCII, so both agree on every flag and on the error messages.
 */
final class BytesFormat {
    private BytesFormat() {}

    static Object format(Object self, Object args) {
        byte[] fmt = Bin.self(self);
        Object[] values;
        boolean tuple = args instanceof PyTuple;
        values = tuple ? ((PyTuple) args).toArray() : new Object[] {args};
        Object mapping = !tuple && !Bin.isBytes(args) && !(args instanceof String)
                && PyType.of(args).slot(Slot.GETITEM) != null && (args instanceof PyDict
                        || PyType.of(args).lookup("keys") != null) ? args : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(fmt.length + 16);
        int next = 0;
        boolean usedMapping = false;
        int n = fmt.length;
        for (int i = 0; i < n; i++) {
            int c = fmt[i] & 0xff;
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (++i >= n) {
                throw Errors.valueError("incomplete format");
            }
            Object value = null;
            if (fmt[i] == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int k = i + 1;
                while (k < n && depth > 0) {
                    if (fmt[k] == '(') {
                        depth++;
                    } else if (fmt[k] == ')') {
                        depth--;
                    }
                    k++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                Object key = org.jyston.api.object.PyBytes.wrap(java.util.Arrays.copyOfRange(fmt, i + 1, k - 1));
                value = Op.getitem(mapping, key);
                usedMapping = true;
                i = k;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                flags.append((char) fmt[i]);
                i++;
            }
            long width = -1;
            if (i < n && fmt[i] == '*') {
                Object w = nextArg(values, next++, tuple, mapping != null);
                if (!(w instanceof Long) && !(w instanceof Boolean) && !(w instanceof java.math.BigInteger)) {
                    throw Errors.typeError("* wants int");
                }
                width = Bin.asLong(w);
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    width = Math.max(width, 0) * 10 + (fmt[i] - '0');
                    i++;
                }
            }
            long prec = -1;
            if (i < n && fmt[i] == '.') {
                i++;
                prec = 0;
                if (i < n && fmt[i] == '*') {
                    Object p = nextArg(values, next++, tuple, mapping != null);
                    if (!(p instanceof Long) && !(p instanceof Boolean) && !(p instanceof java.math.BigInteger)) {
                        throw Errors.typeError("* wants int");
                    }
                    prec = Math.max(0, Bin.asLong(p));
                    i++;
                } else {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        prec = prec * 10 + (fmt[i] - '0');
                        i++;
                    }
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char conv = (char) (fmt[i] & 0xff);
            if (conv == '%') {
                out.write('%');
                continue;
            }
            if (value == null) {
                value = nextArg(values, next++, tuple, mapping != null);
            }
            boolean left = flags.indexOf("-") >= 0;
            byte[] piece;
            switch (conv) {
                case 's':
                case 'b':
                    piece = bytesOf(value);
                    if (prec >= 0 && prec < piece.length) {
                        piece = java.util.Arrays.copyOf(piece, (int) prec);
                    }
                    break;
                case 'r':
                case 'a':
                    piece = ascii(Op.repr(value)).getBytes(StandardCharsets.ISO_8859_1);
                    if (prec >= 0 && prec < piece.length) {
                        piece = java.util.Arrays.copyOf(piece, (int) prec);
                    }
                    break;
                case 'c':
                    piece = new byte[] {charByte(value)};
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    StringBuilder spec = new StringBuilder("%").append(flags);
                    if (width >= 0) {
                        spec.append(width);
                    }
                    if (prec >= 0) {
                        spec.append('.').append(prec);
                    }
                    spec.append(conv);
                    Object r = Op.binary(Slot.MOD, spec.toString(), PyTuple.of(value));
                    out.writeBytes(((String) r).getBytes(StandardCharsets.ISO_8859_1));
                    continue;
                }
                default:
                    throw Errors.valueError("unsupported format character '" + (conv < 128 && conv >= 32 ? conv : '?')
                            + "' (0x" + Integer.toHexString(conv) + ") at index " + i);
            }
            pad(out, piece, width, left);
        }
        if (mapping == null && next < values.length) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        if (mapping != null && !usedMapping && tuple && next < values.length) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        return Bin.make(self, out.toByteArray());
    }

    private static Object nextArg(Object[] values, int i, boolean tuple, boolean mapping) {
        if (i >= values.length || (mapping && !tuple && i > 0)) {
            throw Errors.typeError("not enough arguments for format string");
        }
        return values[i];
    }

    private static void pad(ByteArrayOutputStream out, byte[] piece, long width, boolean left) {
        long fill = width - piece.length;
        if (!left) {
            for (long k = 0; k < fill; k++) {
                out.write(' ');
            }
        }
        out.writeBytes(piece);
        if (left) {
            for (long k = 0; k < fill; k++) {
                out.write(' ');
            }
        }
    }

    private static byte[] bytesOf(Object v) {
        byte[] d = Bin.data(v);
        if (d != null) {
            return d;
        }
        Object m = PyType.of(v).lookup("__bytes__");
        if (m != null) {
            Object r = Op.call(m, v);
            byte[] rd = Bin.isBytes(r) ? Bin.data(r) : null;
            if (rd == null) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Op.typeName(r) + ")");
            }
            return rd;
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Op.typeName(v) + "'");
    }

    private static byte charByte(Object v) {
        if (Bin.isBytes(v) || v instanceof org.jyston.api.object.PyByteArray) {
            byte[] d = Bin.data(v);
            if (d.length == 1) {
                return d[0];
            }
        } else if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Boolean) {
            Object i = Op.index(v);
            if (i instanceof Long l && l >= 0 && l < 256) {
                return (byte) (long) l;
            }
            if (i instanceof Boolean b) {
                return (byte) (b ? 1 : 0);
            }
            throw Errors.overflow("%c arg not in range(256)");
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** {@code ascii()} of a repr: non-ASCII characters as escapes. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }
}
