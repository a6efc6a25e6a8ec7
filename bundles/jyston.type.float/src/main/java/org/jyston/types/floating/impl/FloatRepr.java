package org.jyston.types.floating.impl;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(float)}: the shortest decimal that reads back as the same double (the nearest such
 * when several have that length), laid out as Python's {@code 'r'} format: positional notation
 * when the decimal exponent is in {@code [-4, 16)}, else {@code d.ddde+XX}.
 *
 * <p>Java 17's {@link Double#toString(double)} always reads back correctly but is sometimes a digit
 * longer than necessary (or not the nearest of its length), so it serves only as an upper bound on
 * the length; the digits themselves come from rounding the exact binary value.
 */
final class FloatRepr {
    private FloatRepr() {}

    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        double a = Math.abs(d);
        String ds;
        int decpt; // value = 0.ds * 10**decpt
        String js = Double.toString(a);
        int e = js.indexOf('E');
        String m = e < 0 ? js : js.substring(0, e);
        int point = m.indexOf('.');
        String all = m.substring(0, point) + m.substring(point + 1);
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        if (end - lead <= 15 && a >= Double.MIN_NORMAL) {
            // No two decimals of 15 or fewer digits read back as the same normal double, so Java's
            // digits, which do read back, are the only (so the shortest and nearest) of their length.
            ds = all.substring(lead, end);
            decpt = point + (e < 0 ? 0 : Integer.parseInt(js.substring(e + 1))) - lead;
        } else {
            BigDecimal digits = shortest(a);
            ds = digits.unscaledValue().toString();
            decpt = ds.length() - digits.scale();
        }
        int n = ds.length();
        StringBuilder b = new StringBuilder(n + 8);
        if (d < 0) {
            b.append('-');
        }
        int exp = decpt - 1;
        if (exp < -4 || exp >= 16) {
            b.append(ds.charAt(0));
            if (n > 1) {
                b.append('.').append(ds, 1, n);
            }
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        } else if (decpt <= 0) {
            b.append("0.");
            for (int i = decpt; i < 0; i++) {
                b.append('0');
            }
            b.append(ds);
        } else if (decpt >= n) {
            b.append(ds);
            for (int i = n; i < decpt; i++) {
                b.append('0');
            }
            b.append(".0");
        } else {
            b.append(ds, 0, decpt).append('.').append(ds, decpt, n);
        }
        return b.toString();
    }

    /** The shortest round-tripping decimal for a positive finite double, without trailing zeros. */
    static BigDecimal shortest(double a) {
        int upper = significantDigits(Double.toString(a));
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = candidate(exact, a, upper);
        if (best == null) {
            // cannot happen (Java's digits read back), but be safe: 17 digits always do
            best = candidate(exact, a, 17);
        }
        for (int p = upper - 1; p >= 1; p--) {
            BigDecimal c = candidate(exact, a, p);
            if (c == null) {
                break; // a shorter decimal would also be one of this length
            }
            best = c;
        }
        return best.stripTrailingZeros();
    }

    /** The decimal of {@code p} significant digits nearest to {@code exact} that reads back as {@code a}, or null. */
    private static BigDecimal candidate(BigDecimal exact, double a, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == a) {
            return nearest;
        }
        // the nearest falls outside the rounding interval (which is lopsided at a power of two);
        // the neighbour on the other side may still be inside it
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
        boolean downOk = down.doubleValue() == a;
        boolean upOk = up.doubleValue() == a;
        if (downOk && upOk) {
            return exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    /** The number of significant digits in Java's rendering of a positive double. */
    private static int significantDigits(String s) {
        int e = s.indexOf('E');
        String m = e < 0 ? s : s.substring(0, e);
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = count;
                }
                last = count;
            }
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return Math.max(1, last - first + 1);
    }
}
