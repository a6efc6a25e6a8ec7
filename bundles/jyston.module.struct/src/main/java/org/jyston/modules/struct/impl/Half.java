package org.jyston.modules.struct.impl;

/** IEEE 754 binary16 ({@code 'e'}): rounding a double to it half-to-even, and back. */
final class Half {
    /** What {@link #fromDouble} returns when the value is too large for a half float. */
    static final int OVERFLOW = -1;

    private Half() {}

    /** The 16 bits of {@code x} correctly rounded (ties to even), or {@link #OVERFLOW}; NaN is a quiet NaN. */
    static int fromDouble(double x) {
        int sign = (int) (Double.doubleToRawLongBits(x) >>> 63) << 15;
        if (Double.isNaN(x)) {
            return sign | 0x7e00; // CPython keeps the sign and drops the payload
        }
        if (Double.isInfinite(x)) {
            return sign | 0x7c00;
        }
        double a = Math.abs(x);
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e >= 16) {
            return OVERFLOW;
        }
        if (e < -25) {
            return sign; // below half the smallest subnormal
        }
        if (e >= -14) {
            // normal: 11 significant bits, scaled exactly to [1024, 2048) and rounded
            long m = (long) Math.rint(Math.scalb(a, 10 - e));
            int exp = e + 15;
            if (m == 2048) {
                m = 1024;
                exp++;
            }
            if (exp >= 31) {
                return OVERFLOW;
            }
            return sign | exp << 10 | (int) (m - 1024);
        }
        // subnormal: units of 2**-24; a carry to 1024 is the smallest normal, whose bits are the same
        return sign | (int) (long) Math.rint(Math.scalb(a, 24));
    }

    static double toDouble(int h) {
        boolean negative = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            x = Math.scalb((double) f, -24);
        } else {
            x = Math.scalb((double) (1024 + f), e - 25);
        }
        return negative ? -x : x;
    }
}
