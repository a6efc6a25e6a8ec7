package org.jyston.types.floating.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRef;

/** The methods of {@code float} about its exact binary value: hex, fromhex, as_integer_ratio, rounding. */
final class FloatMethods {
    private static final TypeRef FLOAT = TypeRef.of("float");

    private FloatMethods() {}

    /** {@code float.as_integer_ratio()}: the exact value as a fraction in lowest terms. */
    static Object asIntegerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075; // value = mant * 2**exp
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
        BigInteger den = BigInteger.ONE;
        if (exp > 0) {
            num = num.shiftLeft(exp);
        } else {
            den = den.shiftLeft(-exp);
        }
        return PyTuple.of(norm(num), norm(den));
    }

    private static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** {@code float.hex()}: {@code [-]0x1.<13 hex digits>p<exp>}, subnormals as {@code 0x0.<digits>p-1022}. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String digits = String.format("%013x", mant);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}: Java parses hexadecimal significands with correct rounding. */
    static double fromhex(String text) {
        String s = text.strip();
        String sign = "";
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sign = s.substring(0, 1);
            s = s.substring(1);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.startsWith("0x")) {
            lower = lower.substring(2);
        }
        int p = lower.indexOf('p');
        String sig = p < 0 ? lower : lower.substring(0, p);
        String exp = p < 0 ? "0" : lower.substring(p + 1);
        if (!sig.matches("[0-9a-f]*\\.?[0-9a-f]*") || sig.replace(".", "").isEmpty()
                || !exp.matches("[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger e = new BigInteger(exp.startsWith("+") ? exp.substring(1) : exp);
        boolean zero = sig.replace(".", "").replace("0", "").isEmpty();
        if (zero) {
            return sign.equals("-") ? -0.0 : 0.0;
        }
        if (e.bitLength() > 31) {
            if (e.signum() > 0) {
                throw Errors.overflow("hexadecimal value too large to represent as a float");
            }
            return sign.equals("-") ? -0.0 : 0.0;
        }
        double r = Double.parseDouble(sign + "0x" + (sig.startsWith(".") ? "0" : "") + sig + "p" + e);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return r;
    }

    /** {@code float.fromhex(string)}: a class method; a subclass gets {@code cls(value)}. */
    static final PyBuiltinFunction FROMHEX = PyBuiltinFunction.classMethod("fromhex", (args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("float.fromhex() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("float.fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        if (!(args[1] instanceof String s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + Op.typeName(args[1]));
        }
        Object r = fromhex(s);
        return args[0] == FLOAT.get() ? r : Op.call(args[0], r);
    });

    /** {@code float.__getformat__(typestr)}. */
    static final PyBuiltinFunction GETFORMAT = PyBuiltinFunction.classMethod("__getformat__", (args, kw) -> {
        if (args.length != 2 || (kw != null && kw.length > 0)) {
            throw Errors.typeError("float.__getformat__() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        if (!(args[1] instanceof String s)) {
            throw Errors.typeError("__getformat__() argument must be str, not " + Op.typeName(args[1]));
        }
        if (!s.equals("double") && !s.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    });

    /**
     * {@code float.__round__(ndigits=None)}: without ndigits the nearest int (ties to even); with
     * them the exact binary value rounded half-even to that many decimals, as CPython's dtoa does.
     */
    static final PyBuiltinFunction ROUND = new PyBuiltinFunction("__round__", (args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("float.__round__() takes no keyword arguments");
        }
        if (args.length == 0 || !(args[0] instanceof Double)) {
            throw Errors.typeError("descriptor '__round__' of 'float' object needs an argument");
        }
        if (args.length > 2) {
            throw Errors.typeError("__round__ expected at most 1 argument, got " + (args.length - 1));
        }
        double d = (Double) args[0];
        if (args.length == 1 || args[1] == PyNone.None) {
            return FloatOps.intValue(Math.rint(d));
        }
        Object nd = Op.index(args[1]);
        long n = nd instanceof Long l ? l : ((BigInteger) nd).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return d;
        }
        if (n > 400) {
            return d;
        }
        if (n < -400) {
            return 0.0 * d;
        }
        double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, d) : r;
    });
}
