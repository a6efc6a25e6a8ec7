package org.jyston.types.range.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** Int conversions, slice arithmetic on unbounded ints, and attribute lookup with binding. */
final class Ints {
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private Ints() {}

    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean
                || PyType.of(o).slot(Slot.INDEX) != null;
    }

    /** {@code operator.index(o)} as a BigInteger, with CPython's message for non-ints. */
    static BigInteger big(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) v;
    }

    /** A Python int: a Long when it fits, as the kernel normalises ints. */
    static Object norm(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static boolean fitsLong(BigInteger v) {
        return v.bitLength() < 64;
    }

    /**
     * The start, stop and step a slice gives for a sequence of {@code length} items, in unbounded
     * ints ({@code slice.indices} and slicing a range).
     */
    static BigInteger[] sliceIndices(PySlice s, BigInteger length) {
        BigInteger step = s.step() == PyNone.None ? BigInteger.ONE : bound(s.step());
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start() == PyNone.None ? (neg ? upper : lower) : clip(bound(s.start()), length, lower, upper);
        BigInteger stop = s.stop() == PyNone.None ? (neg ? lower : upper) : clip(bound(s.stop()), length, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger bound(Object o) {
        if (!isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return big(o);
    }

    private static BigInteger clip(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

}
