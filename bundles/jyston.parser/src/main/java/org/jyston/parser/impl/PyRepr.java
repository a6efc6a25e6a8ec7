package org.jyston.parser.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyNone;

/** Python's {@code repr} of the constant values the parser produces (for {@link AstDump}). */
public final class PyRepr {
    private PyRepr() {}

    public static String repr(Object v) {
        if (v == null || v == PyNone.None) {
            return "None";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        } else if (v instanceof Double d) {
            return floatRepr(d, true);
        } else if (v instanceof org.jyston.api.object.PyComplex im) {
            return floatRepr(im.imag(), false) + "j"; // literals are purely imaginary
        } else if (v instanceof String s) {
            return strRepr(s);
        } else if (v instanceof CodePointStr c) {
            return strRepr(c.codePoints());
        } else if (v instanceof org.jyston.api.object.PyBytes b) {
            return bytesRepr(b.array());
        } else if (v == PyEllipsis.Ellipsis) {
            return "Ellipsis";
        }
        return String.valueOf(v);
    }

    /** {@code repr(float)}; without {@code forceDot}, integral values print without ".0" (as in complex). */
    public static String floatRepr(double d, boolean forceDot) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = forceDot ? "0.0" : "0";
            return (1 / d < 0) ? "-" + z : z;
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal shortest = null;
        for (int prec = 1; prec <= 17; prec++) {
            BigDecimal r = exact.round(new MathContext(prec, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                shortest = r;
                break;
            }
        }
        if (shortest == null) {
            shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder b = new StringBuilder(sign);
        int exp = decpt - 1;
        if (exp < -4 || exp >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
        } else if (decpt <= 0) {
            b.append("0.");
            b.append("0".repeat(-decpt));
            b.append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits);
            b.append("0".repeat(decpt - digits.length()));
            if (forceDot) {
                b.append(".0");
            }
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    public static String strRepr(String s) {
        return strRepr(s.codePoints().toArray());
    }

    /** {@code repr(str)} of a sequence of code points (lone surrogates included). */
    public static String strRepr(int[] cps) {
        boolean sq = false;
        boolean dq = false;
        for (int cp : cps) {
            sq |= cp == '\'';
            dq |= cp == '"';
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder(cps.length + 2);
        b.append(quote);
        for (int cp : cps) {
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(b, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (!isPrintable(cp)) {
                if (cp < 0x100) {
                    hex(b, "\\x", cp, 2);
                } else if (cp < 0x10000) {
                    hex(b, "\\u", cp, 4);
                } else {
                    hex(b, "\\U", cp, 8);
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.append(quote).toString();
    }

    private static void hex(StringBuilder b, String prefix, int v, int digits) {
        b.append(prefix);
        for (int k = digits - 1; k >= 0; k--) {
            b.append(Character.forDigit((v >> (4 * k)) & 0xF, 16));
        }
    }

    private static boolean isPrintable(int cp) {
        return UnicodeTables.isPrintable(cp);
    }

    public static String bytesRepr(byte[] bytes) {
        boolean sq = false;
        boolean dq = false;
        for (byte x : bytes) {
            sq |= x == '\'';
            dq |= x == '"';
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder b = new StringBuilder(bytes.length + 3);
        b.append('b').append(quote);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }
}
