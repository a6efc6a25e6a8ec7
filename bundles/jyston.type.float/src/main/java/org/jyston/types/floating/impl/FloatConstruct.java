package org.jyston.types.floating.impl;

import org.jyston.api.object.NumberText;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code float(...)} and the parsing of float literals in strings. */
final class FloatConstruct {
    /** The quiet NaN with the sign bit set ({@code float('-nan')}). */
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatConstruct() {}

    /** {@code float.__new__(type, [x])}. */
    private static final org.jyston.api.object.TypeRef FLOAT = org.jyston.api.object.TypeRef.of("float");

    static Object newFloat(Object type, Object[] argv, String[] kwnames) {
        // the type is the class asked for (NEW_SEES_SUBCLASS): one with its own __init__ may take keywords
        org.jyston.api.object.BuiltinMethods.noKwUnlessOverridden("float", FLOAT.get(), type, "__init__", kwnames);
        Object[] args = kwnames == null || kwnames.length == 0 ? argv
                : java.util.Arrays.copyOf(argv, argv.length - kwnames.length);
        if (args.length > 1) {
            throw Errors.typeError("float expected at most 1 argument, got " + args.length);
        }
        // TODO: a subclass of float (type != float) needs an instance layout; the value is returned as is.
        if (args.length == 0) {
            return 0.0;
        }
        return toFloat(args[0]);
    }

    /** {@code float(x)}, as CPython's {@code PyNumber_Float}. */
    static Object toFloat(Object x) {
        if (x instanceof Double) {
            return x;
        }
        if (x instanceof Long l) {
            return (double) l;
        }
        if (x instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (x instanceof BigInteger b) {
            return FloatOps.bigToDouble(b);
        }
        if (x instanceof String s) {
            return parse(s);
        }
        String bytesText = x instanceof org.jyston.api.object.PyBytes b
                ? new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1)
                : x instanceof org.jyston.api.object.PyByteArray ba ? latin1(ba)
                : Op.typeName(x).equals("memoryview") && Op.call(Op.getattr(x, "tobytes")) instanceof
                        org.jyston.api.object.PyBytes mb ? new String(mb.array(), java.nio.charset.StandardCharsets.ISO_8859_1)
                : null;
        if (bytesText != null) {
            // float(b"1.5"): the bytes read as ASCII; the error names the bytes object
            if (bytesText.chars().allMatch(c -> c < 0x80)) {
                try {
                    return parse(bytesText);
                } catch (org.jyston.api.object.PyException e) {
                    // reported below with the bytes' repr
                }
            }
            throw Errors.valueError("could not convert string to float: " + Op.repr(x));
        }
        PyType t = PyType.of(x);
        Slot.Unary f = t.unary(Slot.FLOAT);
        if (f != null) {
            Object r = f.apply(x);
            if (r instanceof Double) {
                return r;
            }
            if (!(org.jyston.api.object.Derived.unwrap(r) instanceof Double d)) {
                throw Errors.typeError(t.getName() + ".__float__ returned non-float (type " + Op.typeName(r) + ")");
            }
            org.jyston.api.object.Warnings.strictSubclassResult(t.getName() + ".__float__", r, "float");
            return d;
        }
        if (t.unary(Slot.INDEX) != null) {
            return FloatOps.dbl(Op.index(x)); // its checks, and its warning for a strict int subclass
        }
        Object u = org.jyston.api.object.Derived.unwrap(x);
        if (u instanceof String s) {
            return parse(s); // a str subclass without __float__/__index__ parses as its text
        }
        if (u != x && (u instanceof org.jyston.api.object.PyBytes || u instanceof org.jyston.api.object.PyByteArray)) {
            // a bytes/bytearray subclass without __float__/__index__: its bytes, and its repr in the error
            try {
                return toFloat(u);
            } catch (org.jyston.api.object.PyException e) {
                throw Errors.valueError("could not convert string to float: " + Op.repr(x));
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.getName() + "'");
    }

    private static String latin1(org.jyston.api.object.PyByteArray b) {
        StringBuilder sb = new StringBuilder(b.size());
        for (int i = 0; i < b.size(); i++) {
            sb.append((char) b.get(i));
        }
        return sb.toString();
    }

    /**
     * {@code float(s)}: optional white space, sign, then {@code inf}, {@code infinity} or
     * {@code nan} in any case, or a decimal literal whose digit groups may be joined by single
     * underscores. Non-ASCII decimal digits and white space count as their ASCII equivalents.
     */
    static double parse(String s) {
        String t = NumberText.toAsciiNumber(s);
        int i = 0;
        int n = t.length();
        while (i < n && NumberText.isAsciiSpace(t.charAt(i))) {
            i++;
        }
        while (n > i && NumberText.isAsciiSpace(t.charAt(n - 1))) {
            n--;
        }
        String body = t.substring(i, n);
        double v = parseLiteral(body);
        if (Double.isNaN(v) && !isNanWord(body)) {
            throw Errors.valueError("could not convert string to float: " + NumberText.repr(s));
        }
        return v;
    }

    private static boolean isNanWord(String b) {
        int k = b.startsWith("+") || b.startsWith("-") ? 1 : 0;
        return b.regionMatches(true, k, "nan", 0, 3) && b.length() == k + 3;
    }

    /** The value of a stripped literal, or NaN (with {@link #isNanWord} false) when it is malformed. */
    private static double parseLiteral(String b) {
        int n = b.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
            negative = b.charAt(i) == '-';
            i++;
        }
        String rest = b.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN; // the sign is kept, as CPython's dtoa does
        }
        StringBuilder clean = new StringBuilder(n);
        if (negative) {
            clean.append('-');
        }
        int intDigits = scanDigits(b, i, clean);
        if (intDigits < 0) {
            return Double.NaN;
        }
        i += intDigits;
        int fracDigits = 0;
        if (i < n && b.charAt(i) == '.') {
            clean.append('.');
            i++;
            fracDigits = scanDigits(b, i, clean);
            if (fracDigits < 0) {
                return Double.NaN;
            }
            i += fracDigits;
        }
        if (countDigits(clean) == 0) {
            return Double.NaN;
        }
        if (i < n && (b.charAt(i) == 'e' || b.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
                clean.append(b.charAt(i));
                i++;
            }
            int expDigits = scanDigits(b, i, clean);
            if (expDigits <= 0) {
                return Double.NaN;
            }
            i += expDigits;
        }
        if (i != n) {
            return Double.NaN;
        }
        return Double.parseDouble(clean.toString());
    }

    private static int countDigits(CharSequence s) {
        int c = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch >= '0' && ch <= '9') {
                c++;
            }
        }
        return c;
    }

    /**
     * Scans {@code digit (_? digit)*} from {@code i}, appending the digits to {@code out}; returns
     * the number of characters consumed (0 when there is no digit) or -1 for a misplaced underscore.
     */
    private static int scanDigits(String b, int i, StringBuilder out) {
        int start = i;
        int n = b.length();
        while (i < n) {
            char c = b.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                i++;
            } else if (c == '_') {
                if (i == start || i + 1 >= n || b.charAt(i + 1) < '0' || b.charAt(i + 1) > '9') {
                    return -1;
                }
                i++;
            } else {
                break;
            }
        }
        return i - start;
    }
}
