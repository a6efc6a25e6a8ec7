package org.jyston.modules.struct.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;

/**
 * Packing values into bytes and unpacking them, code by code, as CPython's {@code _struct} does on a
 * little-endian x86_64: which conversion and which error message a code uses depends on the mode, because
 * CPython's little-endian table borrows the native functions for the codes whose sizes agree
 * ({@code b B c h H i I q Q e}), while {@code l L ? f d} and the whole big-endian table have their own.
 */
final class Codec {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** {@code b'\x00'} to {@code b'\xff'}, what {@code c} unpacks to. */
    private static final PyBytes[] CHARS = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) {
            CHARS[i] = PyBytes.wrap(new byte[] {(byte) i});
        }
    }

    private Codec() {}

    /**
     * Packs {@code args[from..]} into {@code out[base..base+size)} (which the caller has zeroed). On a failure
     * the values packed so far stay written, as in CPython.
     */
    static void pack(Layout l, Object[] args, int from, byte[] out, int base) {
        int k = from;
        for (int e = 0; e < l.code.length; e++) {
            char c = l.code[e];
            int at = base + (int) l.offset[e];
            long n = l.count[e];
            if (c == 's' || c == 'p') {
                packString(c, args[k++], out, at, (int) n);
                continue;
            }
            int isz = Layout.itemSize(l.mode, c);
            for (long r = 0; r < n; r++, at += isz) {
                Object v = args[k++];
                try {
                    packOne(l.mode, c, v, out, at);
                } catch (PyException x) {
                    if (Values.isInt(v) && x.matches(Errors.OverflowError.get())) {
                        throw StructError.of("int too large to convert");
                    }
                    throw x;
                }
            }
        }
    }

    private static void packString(char c, Object v, byte[] out, int at, int n) {
        byte[] b = Values.bytesOrByteArray(v);
        if (b == null) {
            throw StructError.of("argument for '" + c + "' must be a bytes object");
        }
        if (c == 's') {
            System.arraycopy(b, 0, out, at, Math.min(b.length, n));
            return;
        }
        int len = Math.min(b.length, n - 1);
        if (len > 0) {
            System.arraycopy(b, 0, out, at + 1, len);
        }
        // CPython writes the count byte even for '0p' (one byte past the field, when there is room)
        if (at < out.length) {
            out[at] = (byte) Math.min(len, 255);
        }
    }

    private static void packOne(char mode, char c, Object v, byte[] out, int p) {
        boolean big = mode == Layout.BIG;
        switch (c) {
            case 'b' -> {
                long x = Values.asLong(v);
                if (x < -128 || x > 127) {
                    throw StructError.of("byte format requires -128 <= number <= 127");
                }
                out[p] = (byte) x;
            }
            case 'B' -> {
                long x = Values.asLong(v);
                if (x < 0 || x > 255) {
                    throw StructError.of("ubyte format requires 0 <= number <= 255");
                }
                out[p] = (byte) x;
            }
            case 'c' -> {
                byte[] b = Values.bytesOnly(v);
                if (b == null || b.length != 1) {
                    throw StructError.of("char format requires a bytes object of length 1");
                }
                out[p] = b[0];
            }
            case '?' -> out[p] = (byte) (Op.isTrue(v) ? 1 : 0);
            case 'h' -> {
                long x = Values.asLong(v);
                if (x < Short.MIN_VALUE || x > Short.MAX_VALUE) {
                    throw big ? rangeError(c, 2, false) : StructError.of("short format requires -32768 <= number <= 32767");
                }
                (big ? SHORT_BE : SHORT_LE).set(out, p, (short) x);
            }
            case 'H' -> {
                long x = big ? Values.asUnsignedLong(v) : Values.asLong(v);
                if (big ? Long.compareUnsigned(x, 0xffff) > 0 : x < 0 || x > 0xffff) {
                    throw big ? rangeError(c, 2, true) : StructError.of("ushort format requires 0 <= number <= 65535");
                }
                (big ? SHORT_BE : SHORT_LE).set(out, p, (short) x);
            }
            case 'i' -> putInt32(big, c, Values.asLong(v), out, p);
            case 'I' -> putUInt32(big, c, Values.asUnsignedLong(v), out, p);
            case 'l' -> {
                if (mode == Layout.NATIVE) {
                    LONG_LE.set(out, p, Values.asLong(v));
                } else {
                    putInt32(big, c, Values.asLong(v), out, p);
                }
            }
            case 'L' -> {
                if (mode == Layout.NATIVE) {
                    LONG_LE.set(out, p, Values.asUnsignedLong(v));
                } else {
                    putUInt32(big, c, Values.asUnsignedLong(v), out, p);
                }
            }
            case 'q', 'n' -> (big ? LONG_BE : LONG_LE).set(out, p, big ? Values.asInt64(v, false) : Values.asLong(v));
            case 'Q', 'N' -> (big ? LONG_BE : LONG_LE).set(out, p, big ? Values.asInt64(v, true) : Values.asUnsignedLong(v));
            case 'P' -> LONG_LE.set(out, p, Values.asPointer(v));
            case 'e' -> {
                int h = Half.fromDouble(Values.asDouble(v));
                if (h == Half.OVERFLOW) {
                    throw Errors.overflow("float too large to pack with e format");
                }
                (big ? SHORT_BE : SHORT_LE).set(out, p, (short) h);
            }
            case 'f' -> {
                double d = Values.asDouble(v);
                float f = (float) d;
                if (mode != Layout.NATIVE && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Errors.overflow("float too large to pack with f format");
                }
                (big ? INT_BE : INT_LE).set(out, p, Float.floatToRawIntBits(f));
            }
            case 'd' -> (big ? LONG_BE : LONG_LE).set(out, p, Double.doubleToRawLongBits(Values.asDouble(v)));
            default -> throw new IllegalStateException("code " + c);
        }
    }

    private static void putInt32(boolean big, char c, long x, byte[] out, int p) {
        if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw rangeError(c, 4, false);
        }
        (big ? INT_BE : INT_LE).set(out, p, (int) x);
    }

    private static void putUInt32(boolean big, char c, long x, byte[] out, int p) {
        if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
            throw rangeError(c, 4, true);
        }
        (big ? INT_BE : INT_LE).set(out, p, (int) x);
    }

    /** CPython's {@code _range_error}. */
    private static PyException rangeError(char c, int size, boolean unsigned) {
        long largest = (1L << (size * 8 - 1)) - 1;
        if (unsigned) {
            return StructError.of("'" + c + "' format requires 0 <= number <= " + (largest * 2 + 1));
        }
        return StructError.of("'" + c + "' format requires " + (-largest - 1) + " <= number <= " + largest);
    }

    /** Unpacks the values of {@code data[base..base+size)} (the caller has checked the length). */
    static PyTuple unpack(Layout l, byte[] data, int base) {
        Object[] items = new Object[(int) l.items];
        int k = 0;
        for (int e = 0; e < l.code.length; e++) {
            char c = l.code[e];
            int at = base + (int) l.offset[e];
            long n = l.count[e];
            if (c == 's') {
                items[k++] = PyBytes.wrap(java.util.Arrays.copyOfRange(data, at, at + (int) n));
                continue;
            }
            if (c == 'p') {
                int len = data.length > at && n > 0 ? data[at] & 0xff : 0;
                if (len >= n) {
                    len = (int) n - 1;
                }
                if (len < 0) {
                    throw Errors.systemError("Negative size passed to PyBytes_FromStringAndSize");
                }
                items[k++] = PyBytes.wrap(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + len));
                continue;
            }
            int isz = Layout.itemSize(l.mode, c);
            for (long r = 0; r < n; r++, at += isz) {
                items[k++] = unpackOne(l.mode, c, data, at);
            }
        }
        return PyTuple.wrap(items);
    }

    private static Object unpackOne(char mode, char c, byte[] d, int p) {
        boolean big = mode == Layout.BIG;
        return switch (c) {
            case 'b' -> (long) d[p];
            case 'B' -> (long) (d[p] & 0xff);
            case 'c' -> CHARS[d[p] & 0xff];
            case '?' -> d[p] != 0;
            case 'h' -> (long) (short) (big ? SHORT_BE : SHORT_LE).get(d, p);
            case 'H' -> (long) ((short) (big ? SHORT_BE : SHORT_LE).get(d, p) & 0xffff);
            case 'i' -> (long) (int) (big ? INT_BE : INT_LE).get(d, p);
            case 'I' -> (long) (int) (big ? INT_BE : INT_LE).get(d, p) & 0xffffffffL;
            case 'l' -> mode == Layout.NATIVE ? (Object) (long) LONG_LE.get(d, p)
                    : (Object) (long) (int) (big ? INT_BE : INT_LE).get(d, p);
            case 'L' -> mode == Layout.NATIVE ? Values.unsigned((long) LONG_LE.get(d, p))
                    : (Object) ((long) (int) (big ? INT_BE : INT_LE).get(d, p) & 0xffffffffL);
            case 'q', 'n' -> (long) (big ? LONG_BE : LONG_LE).get(d, p);
            case 'Q', 'N', 'P' -> Values.unsigned((long) (big ? LONG_BE : LONG_LE).get(d, p));
            case 'e' -> Half.toDouble((short) (big ? SHORT_BE : SHORT_LE).get(d, p) & 0xffff);
            case 'f' -> (double) Float.intBitsToFloat((int) (big ? INT_BE : INT_LE).get(d, p));
            case 'd' -> Double.longBitsToDouble((long) (big ? LONG_BE : LONG_LE).get(d, p));
            default -> throw new IllegalStateException("code " + c);
        };
    }
}
