package org.jyston.modules.array.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/**
 * An array type code: its item size (CPython's on 64-bit Linux: {@code l} is 8 bytes, {@code u} a 4-byte
 * wchar_t), how an item is read from and written to native little-endian bytes, and CPython's errors for a
 * value that does not fit.
 */
enum TypeCode {
    b('b', 1, true), B('B', 1, false), u('u', 4, false), h('h', 2, true), H('H', 2, false), i('i', 4, true),
    I('I', 4, false), l('l', 8, true), L('L', 8, false), q('q', 8, true), Q('Q', 8, false), f('f', 4, true),
    d('d', 8, true);

    static final String CODES = "bBuhHiIlLqQfd";
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int size;
    final boolean signed;

    TypeCode(char code, int size, boolean signed) {
        this.code = code;
        this.size = size;
        this.signed = signed;
    }

    static TypeCode of(char c) {
        int k = CODES.indexOf(c);
        return k < 0 ? null : values()[k];
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    boolean isInteger() {
        return this != u && !isFloat();
    }

    /** The raw bits of item {@code k} (sign-extended for signed codes, zero-extended otherwise). */
    long bits(byte[] a, int k) {
        int at = k * size;
        return switch (this) {
            case b -> a[at];
            case B -> a[at] & 0xff;
            case h -> (short) SHORT.get(a, at);
            case H -> (short) SHORT.get(a, at) & 0xffff;
            case i, f -> (int) INT.get(a, at);
            case I, u -> (int) INT.get(a, at) & 0xffffffffL;
            default -> (long) LONG.get(a, at);
        };
    }

    void putBits(byte[] a, int k, long v) {
        int at = k * size;
        switch (size) {
            case 1 -> a[at] = (byte) v;
            case 2 -> SHORT.set(a, at, (short) v);
            case 4 -> INT.set(a, at, (int) v);
            default -> LONG.set(a, at, v);
        }
    }

    /** Item {@code k} as a Python object. */
    Object get(byte[] a, int k) {
        long v = bits(a, k);
        return switch (this) {
            case f -> (double) Float.intBitsToFloat((int) v);
            case d -> Double.longBitsToDouble(v);
            case u -> new String(Character.toChars((int) v));
            case L, Q -> v >= 0 ? (Object) v : BigInteger.valueOf(v).add(TWO64);
            default -> v;
        };
    }

    /** The bits of {@code value} as an item, or CPython's TypeError/OverflowError. */
    long toBits(Object value) {
        switch (this) {
            case f:
                return Float.floatToRawIntBits((float) asDouble(value)) & 0xffffffffL;
            case d:
                return Double.doubleToRawLongBits(asDouble(value));
            case u: {
                Object s = Derived.unwrap(value);
                if (s instanceof String str && str.codePointCount(0, str.length()) == 1) {
                    return str.codePointAt(0);
                }
                throw Errors.typeError("array item must be unicode character");
            }
            default:
                return integer(value);
        }
    }

    private long integer(Object value) {
        Object v = value instanceof Long ? value : Op.index(value);
        if (v instanceof Boolean z) {
            v = z ? 1L : 0L;
        }
        switch (this) {
            case b, B, h, H, i, l: {
                if (!(v instanceof Long)) {
                    throw Errors.overflow("Python int too large to convert to C long");
                }
                long x = (Long) v;
                long lo;
                long hi;
                String name;
                switch (this) {
                    case b -> {
                        lo = -128;
                        hi = 127;
                        name = "signed char";
                    }
                    case B -> {
                        lo = 0;
                        hi = 255;
                        name = "unsigned byte integer";
                    }
                    case h -> {
                        lo = Short.MIN_VALUE;
                        hi = Short.MAX_VALUE;
                        name = "signed short integer";
                    }
                    case H -> {
                        lo = 0;
                        hi = 0xffff;
                        name = "unsigned short";
                    }
                    case i -> {
                        lo = Integer.MIN_VALUE;
                        hi = Integer.MAX_VALUE;
                        name = "signed integer";
                    }
                    default -> {
                        return x;
                    }
                }
                if (x < lo) {
                    throw Errors.overflow(name + " is less than minimum");
                }
                if (x > hi) {
                    throw Errors.overflow(name + " is greater than maximum");
                }
                return x;
            }
            case I, L: {
                if (sign(v) < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                if (v instanceof BigInteger g && g.bitLength() > 64) {
                    throw Errors.overflow("Python int too large to convert to C unsigned long");
                }
                long x = v instanceof Long l ? l : ((BigInteger) v).longValue();
                if (this == I && (x >>> 32) != 0) {
                    throw Errors.overflow("unsigned int is greater than maximum");
                }
                return x;
            }
            case q: {
                if (!(v instanceof Long)) {
                    throw Errors.overflow("int too big to convert");
                }
                return (Long) v;
            }
            default: { // Q
                if (sign(v) < 0) {
                    throw Errors.overflow("can't convert negative int to unsigned");
                }
                if (v instanceof BigInteger g && g.bitLength() > 64) {
                    throw Errors.overflow("int too big to convert");
                }
                return v instanceof Long l ? l : ((BigInteger) v).longValue();
            }
        }
    }

    private static int sign(Object v) {
        return v instanceof Long l ? Long.signum(l) : ((BigInteger) v).signum();
    }

    /** {@code PyFloat_AsDouble}. */
    static double asDouble(Object v) {
        if (v instanceof Double x) {
            return x;
        }
        Object u = Derived.unwrap(v);
        if (u instanceof Double x) {
            return x;
        }
        if (u instanceof Long l) {
            return l;
        }
        if (u instanceof Boolean z) {
            return z ? 1 : 0;
        }
        if (u instanceof BigInteger g) {
            double x = g.doubleValue();
            if (Double.isInfinite(x)) {
                throw Errors.overflow("int too large to convert to float");
            }
            return x;
        }
        PyType t = PyType.of(v);
        if (t.unary(Slot.FLOAT) != null) {
            Object r = Op.unary(Slot.FLOAT, v);
            if (Derived.unwrap(r) instanceof Double x) {
                return x;
            }
            throw Errors.typeError(t.getName() + ".__float__ returned non-float (type " + Op.typeName(r) + ")");
        }
        if (t.unary(Slot.INDEX) != null) {
            return asDouble(Op.index(v));
        }
        throw Errors.typeError("must be real number, not " + Op.typeName(v));
    }

    /** CPython's machine format code of this type code on little-endian 64-bit Linux (for pickles). */
    int machineFormat() {
        return switch (this) {
            case b -> 1;
            case B -> 0;
            case h -> 4;
            case H -> 2;
            case i -> 8;
            case I -> 6;
            case l, q -> 12;
            case L, Q -> 10;
            case f -> 14;
            case d -> 16;
            case u -> 20;
        };
    }
}
