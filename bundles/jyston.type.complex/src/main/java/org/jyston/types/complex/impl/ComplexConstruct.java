package org.jyston.types.complex.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyComplex;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code complex(real=0, imag=0)} and {@code complex(string)}. */
final class ComplexConstruct {
    private ComplexConstruct() {}

    static Object newComplex(Object type, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("complex() takes at most 2 arguments (" + args.length + " given)");
        }
        Object r = npos > 0 ? args[0] : null;
        Object i = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            Object v = args[npos + k];
            switch (kwnames[k]) {
                case "real":
                    if (r != null) {
                        throw Errors.typeError("argument for complex() given by name ('real') and position (1)");
                    }
                    r = v;
                    break;
                case "imag":
                    if (i != null) {
                        throw Errors.typeError("argument for complex() given by name ('imag') and position (2)");
                    }
                    i = v;
                    break;
                default:
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for complex()");
            }
        }
        if (r == null) {
            r = 0L;
        }
        if (r instanceof String s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (i instanceof String) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        if (r instanceof PyComplex z && i == null) {
            return z;
        }
        PyComplex cr = complexOf(r, "complex() first argument must be a string or a number, not '");
        boolean crIsComplex = cr != null;
        double crReal;
        double crImag = 0.0;
        if (cr != null) {
            crReal = cr.real();
            crImag = cr.imag();
        } else {
            crReal = number(r, "complex() first argument must be a string or a number, not '");
        }
        double ciReal = 0.0;
        if (i != null) {
            PyComplex ci = complexOf(i, "complex() second argument must be a number, not '");
            if (ci != null) {
                ciReal = ci.real();
                crReal -= ci.imag();
            } else {
                ciReal = number(i, "complex() second argument must be a number, not '");
            }
            if (crIsComplex) {
                ciReal += crImag;
            }
        } else {
            ciReal = crImag;
        }
        return new PyComplex(crReal, ciReal);
    }

    /** A complex, or an object whose type has {@code __complex__}: its value; else null. */
    private static PyComplex complexOf(Object o, String message) {
        if (o instanceof PyComplex z) {
            return z;
        }
        Object m = PyType.of(o).lookup("__complex__");
        if (m != null && !(o instanceof Double) && !(o instanceof Long)) {
            Object v = Op.call(m, o);
            if (!(v instanceof PyComplex z)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + Op.typeName(v) + ")");
            }
            return z;
        }
        return null;
    }

    /** A real number as a double: through {@code __float__}, else {@code __index__}. */
    private static double number(Object o, String message) {
        Double d = ComplexOps.toDouble(o);
        if (d != null) {
            return d;
        }
        PyType t = PyType.of(o);
        Slot.Unary f = t.unary(Slot.FLOAT);
        if (f != null) {
            Object v = f.apply(o);
            if (v instanceof Double x) {
                return x;
            }
            throw Errors.typeError(t.getName() + ".__float__ returned non-float (type " + Op.typeName(v) + ")");
        }
        if (t.slot(Slot.INDEX) != null) {
            Double x = ComplexOps.toDouble(Op.index(o));
            if (x != null) {
                return x;
            }
        }
        throw Errors.typeError(message + t.getName() + "'");
    }

    private static RuntimeException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    /** {@code complex(string)}: {@code <float>}, {@code <float>j}, {@code <float><signed float>j}, in optional parentheses. */
    static PyComplex parse(String text) {
        String s = withoutUnderscores(text);
        if (s == null) {
            throw Errors.valueError("could not convert string to complex: " + Op.repr(text));
        }
        int n = s.length();
        int p = 0;
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && isSpace(s.charAt(p))) {
                p++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatEnd(s, p);
        if (end > p) {
            double z = toDouble(s.substring(p, end));
            p = end;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z;
                end = floatEnd(s, p);
                if (end > p) {
                    y = toDouble(s.substring(p, end));
                    p = end;
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) {
                    throw malformed();
                }
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) {
                throw malformed();
            }
            p++;
        }
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        if (bracket) {
            if (p >= n || s.charAt(p) != ')') {
                throw malformed();
            }
            p++;
            while (p < n && isSpace(s.charAt(p))) {
                p++;
            }
        }
        if (p != n) {
            throw malformed();
        }
        return new PyComplex(x, y);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The string with underscores removed, or null if one is not between two digits. */
    private static String withoutUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i + 1 >= s.length() || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) {
                    return null;
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The end of the longest float at {@code p} (an optional sign, then digits with an optional point
     * and exponent, or {@code inf}, {@code infinity}, {@code nan}), or {@code p} if there is none.
     */
    static int floatEnd(String s, int p) {
        int n = s.length();
        int i = p;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return p;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int k = j;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
            }
            if (k > j) {
                i = k;
            }
        }
        return i;
    }

    private static double toDouble(String f) {
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        boolean neg = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.startsWith("inf")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(f);
    }
}
