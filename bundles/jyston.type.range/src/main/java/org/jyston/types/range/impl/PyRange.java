package org.jyston.types.range.impl;

import java.math.BigInteger;

/** The representation of {@code range}: start, stop, step (step non-zero) and the length, as ints. */
final class PyRange {
    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;
    final BigInteger length;

    PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0) {
            return start.compareTo(stop) < 0
                    ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return start.compareTo(stop) > 0
                ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                : BigInteger.ZERO;
    }

    /** The i-th item, for 0 <= i < length. */
    BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }
}
