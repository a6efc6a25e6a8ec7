package org.jyston.modules.struct.impl;

import java.math.BigInteger;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** The conversions of packed values, with the errors CPython's {@code _struct} reports. */
final class Values {

    private Values() {}

    /** Whether {@code v} is an int (bool and int subclasses included): CPython's {@code PyLong_Check}. */
    static boolean isInt(Object v) {
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            return true;
        }
        Object u = Derived.unwrap(v);
        return u instanceof Long || u instanceof BigInteger || u instanceof Boolean;
    }

    /** CPython's {@code get_pylong}: an int as it is, else {@code __index__}, else struct.error. */
    static Object pylong(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object u = Derived.unwrap(v);
        if (u instanceof Long || u instanceof BigInteger) {
            return u;
        }
        if (u instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (PyType.of(v).unary(Slot.INDEX) == null) {
            throw StructError.of("required argument is not an integer");
        }
        return Op.index(v);
    }

    /** {@code get_long}: a C long, or struct.error "argument out of range". */
    static long asLong(Object v) {
        Object x = pylong(v);
        if (x instanceof Long l) {
            return l;
        }
        throw StructError.of("argument out of range");
    }

    /** {@code get_ulong}: a C unsigned long (as the bits of a long), or struct.error "argument out of range". */
    static long asUnsignedLong(Object v) {
        Object x = pylong(v);
        if (x instanceof Long l) {
            if (l < 0) {
                throw StructError.of("argument out of range");
            }
            return l;
        }
        BigInteger b = (BigInteger) x;
        if (b.signum() < 0 || b.bitLength() > 64) {
            throw StructError.of("argument out of range");
        }
        return b.longValue();
    }

    /** {@code _PyLong_AsByteArray} into 8 bytes, as the big-endian {@code q}/{@code Q} use: OverflowError if it does not fit. */
    static long asInt64(Object v, boolean unsigned) {
        Object x = pylong(v);
        BigInteger b = x instanceof Long l ? null : (BigInteger) x;
        boolean negative = b == null ? (Long) x < 0 : b.signum() < 0;
        if (unsigned && negative) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        if (b == null) {
            return (Long) x;
        }
        if (unsigned ? b.bitLength() > 64 : b.bitLength() > 63) {
            throw Errors.overflow("int too big to convert");
        }
        return b.longValue();
    }

    /** {@code PyLong_AsVoidPtr}: a negative int as a C long, else as an unsigned long. */
    static long asPointer(Object v) {
        Object x = pylong(v);
        if (x instanceof Long l) {
            return l;
        }
        BigInteger b = (BigInteger) x;
        if (b.signum() < 0) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        if (b.bitLength() > 64) {
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    /** {@code PyFloat_AsDouble}; any failure becomes struct.error "required argument is not a float". */
    static double asDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        try {
            Object u = Derived.unwrap(v);
            if (u instanceof Double d) {
                return d;
            }
            if (u instanceof Long || u instanceof BigInteger || u instanceof Boolean) {
                return intToDouble(u);
            }
            PyType t = PyType.of(v);
            if (t.unary(Slot.FLOAT) != null) {
                Object r = Op.unary(Slot.FLOAT, v);
                Object ru = Derived.unwrap(r);
                if (ru instanceof Double d) {
                    return d;
                }
                throw Errors.typeError(t.getName() + ".__float__ returned non-float (type " + Op.typeName(r) + ")");
            }
            if (t.unary(Slot.INDEX) != null) {
                return intToDouble(Op.index(v));
            }
            throw Errors.typeError("must be real number, not " + Op.typeName(v));
        } catch (PyException e) {
            throw StructError.of("required argument is not a float");
        }
    }

    private static double intToDouble(Object i) {
        if (i instanceof Long l) {
            return l;
        }
        if (i instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) i).doubleValue(); // correctly rounded, as PyLong_AsDouble
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    /** An unsigned 64-bit value as a Python int. */
    static Object unsigned(long bits) {
        return bits >= 0 ? (Object) bits : new BigInteger(Long.toUnsignedString(bits));
    }

    /** The content of a bytes object (subclasses included) or bytearray, for {@code s}/{@code p}; null for anything else. */
    static byte[] bytesOrByteArray(Object v) {
        Object u = v instanceof PyBytes || v instanceof byte[] || v instanceof PyByteArray ? v : Derived.unwrap(v);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        if (u instanceof PyByteArray b) {
            return b.toByteArray();
        }
        return null;
    }

    /** The content of a bytes object (subclasses included), for {@code c}; null for anything else. */
    static byte[] bytesOnly(Object v) {
        Object u = v instanceof PyBytes || v instanceof byte[] ? v : Derived.unwrap(v);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        return null;
    }

}
