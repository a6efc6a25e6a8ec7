package org.jyston.api.object;

import java.math.BigInteger;

/**
 * Correctly rounded (ties to even) conversions of exact rational values to {@code double}: the
 * quotient of two integers, and a double raised to an integer power. C's {@code pow}, which CPython
 * uses, is correctly rounded in practice, while Java's {@code Math.pow} may be an ulp off.
 */
public final class ExactFloat {
    /** Integer powers up to this size are computed exactly; larger ones fall back to {@code StrictMath.pow}. */
    public static final long MAX_EXACT_EXPONENT = 1100;

    private ExactFloat() {}

    /**
     * The double nearest to {@code (q + e) * 2**-s} where {@code 0 <= e < 1} is nonzero iff
     * {@code sticky}; ties go to even. {@code q} must have more bits than a double's mantissa (so at
     * least two bits are dropped). Infinity when too large.
     */
    public static double roundScaled(BigInteger q, boolean sticky, long s) {
        int bl = q.bitLength();
        long e = bl - 1 - s; // floor(log2(value))
        if (e > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        long prec = e >= -1022 ? 53 : e + 1075; // bits the result can hold (fewer when subnormal)
        if (prec < 0) {
            return 0.0;
        }
        int drop = (int) (bl - prec);
        long mant = prec == 0 ? 0 : q.shiftRight(drop).longValue();
        boolean halfBit = q.testBit(drop - 1);
        boolean below = sticky || q.getLowestSetBit() < drop - 1;
        if (halfBit && (below || (mant & 1) == 1)) {
            mant++;
        }
        return Math.scalb((double) mant, (int) (drop - s));
    }

    /** The double nearest to {@code a / b * 2**s} for positive a and b; infinity when too large. */
    public static double ratio(BigInteger a, BigInteger b, long s) {
        long diff = (long) a.bitLength() - b.bitLength() + s;
        if (diff > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (diff < -1080) {
            return 0.0;
        }
        // scale so that the integer quotient has 55 to 57 bits, then round it with a sticky bit
        int k = (int) (56 - diff); // a * 2**k / b, then the result is that times 2**(s - k)... below
        long shiftA = k + s;
        BigInteger[] qr = shiftA >= 0 ? a.shiftLeft((int) shiftA).divideAndRemainder(b)
                : a.divideAndRemainder(b.shiftLeft((int) -shiftA));
        // qr[0] ~ a * 2**(k+s) / b, so the value is qr[0] * 2**-k
        return roundScaled(qr[0], qr[1].signum() != 0, k);
    }

    /**
     * {@code x ** n} correctly rounded, for finite nonzero x and {@code 2 <= |n| <= MAX_EXACT_EXPONENT};
     * infinite (signed) when too large, zero (signed) when too small.
     */
    public static double powInt(double x, long n) {
        boolean negative = x < 0 && (n & 1) != 0;
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        int biased = (int) (bits >>> 52);
        long m = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1;
        } else {
            m |= 1L << 52;
        }
        long e = biased - 1075;
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz; // |x| = m * 2**e with m odd
        double log2 = (Math.log(m) / Math.log(2.0) + e) * n;
        double r;
        if (log2 > 1030) {
            r = Double.POSITIVE_INFINITY;
        } else if (log2 < -1090) {
            r = 0.0;
        } else {
            BigInteger p = BigInteger.valueOf(m).pow((int) Math.abs(n));
            r = n > 0 ? ratio(p, BigInteger.ONE, e * n) : ratio(BigInteger.ONE, p, e * n);
        }
        return negative ? -r : r;
    }
}
