package org.jyston.type.str.impl;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits of a non-negative finite double in the notations of {@code %f}, {@code %e} and
 * {@code %g}, correctly rounded from the exact binary value (ties to even), as CPython's
 * {@code PyOS_double_to_string} does. Java's {@code String.format} rounds the shortest decimal
 * instead and differs ({@code '%.2f' % 2.675} is {@code 2.67}, not {@code 2.68}).
 */
final class FloatDigits {
    private FloatDigits() {}

    static String fixed(double v, int prec, boolean alt) {
        String s = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return prec == 0 && alt ? s + "." : s;
    }

    /** The {@code n} significant digits of v (n >= 1) and the decimal exponent of the first. */
    private static Object[] significant(double v, int n) {
        if (v == 0) {
            return new Object[] {"0".repeat(n), 0};
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String d = bd.unscaledValue().toString();
        int exp = d.length() - 1 - bd.scale();
        if (d.length() < n) {
            d = d + "0".repeat(n - d.length());
        } else if (d.length() > n) {
            d = d.substring(0, n);
        }
        return new Object[] {d, exp};
    }

    static String exponent(double v, int prec, boolean alt, boolean upper) {
        Object[] sig = significant(v, prec + 1);
        String d = (String) sig[0];
        int exp = (Integer) sig[1];
        StringBuilder sb = new StringBuilder().append(d.charAt(0));
        if (prec > 0 || alt) {
            sb.append('.').append(d, 1, d.length());
        }
        return appendExp(sb, exp, upper).toString();
    }

    private static StringBuilder appendExp(StringBuilder sb, int exp, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a);
    }

    /**
     * {@code %g}: precision {@code prec} significant digits, fixed notation when the exponent is in
     * {@code [-4, prec)}, trailing zeros removed unless {@code alt}. With {@code addDot0} (format's
     * empty presentation type with a precision) the fixed form keeps a digit after the point and the
     * switch to exponent notation comes one digit earlier.
     */
    static String general(double v, int prec, boolean alt, boolean upper, boolean addDot0) {
        int p = prec == 0 ? 1 : prec;
        Object[] sig = significant(v, p);
        String d = (String) sig[0];
        int exp = (Integer) sig[1];
        boolean useExp = exp < -4 || exp >= (addDot0 ? p - 1 : p);
        if (v == 0) {
            useExp = false;
            exp = 0;
        }
        String mant;
        if (useExp) {
            mant = d.charAt(0) + (d.length() > 1 || alt ? "." + d.substring(1) : "");
        } else if (exp >= 0) {
            String ip = d.substring(0, Math.min(exp + 1, d.length()));
            if (exp + 1 > d.length()) {
                ip = ip + "0".repeat(exp + 1 - d.length());
            }
            String fp = exp + 1 < d.length() ? d.substring(exp + 1) : "";
            mant = ip + (fp.isEmpty() && !alt ? "" : "." + fp);
        } else {
            mant = "0." + "0".repeat(-exp - 1) + d;
        }
        if (!alt && mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (mant.charAt(end - 1) == '0') {
                end--;
            }
            if (mant.charAt(end - 1) == '.') {
                end--;
            }
            mant = mant.substring(0, end);
        }
        if (addDot0 && !useExp && mant.indexOf('.') < 0) {
            mant = mant + ".0";
        }
        if (!useExp) {
            return mant;
        }
        return appendExp(new StringBuilder(mant), exp, upper).toString();
    }

    /** inf or nan in the case of the conversion. */
    static String special(double v, boolean upper) {
        String s = Double.isNaN(v) ? "nan" : "inf";
        return upper ? s.toUpperCase() : s;
    }
}
