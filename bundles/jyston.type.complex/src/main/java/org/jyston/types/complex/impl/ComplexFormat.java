package org.jyston.types.complex.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyComplex;

/**
 * {@code complex.__format__}: the spec is parsed here (fill, align, sign, z, #, 0, width, grouping,
 * precision, type) and each part is formatted as a float with the same flags, as CPython's
 * {@code format_complex_internal} does: the imaginary part always carries a sign, and with no type
 * the parts are the repr's digits (no {@code .0}), in parentheses unless the real part is +0.
 */
final class ComplexFormat {
    private ComplexFormat() {}

    static Object format(Object self, Object specObj) {
        if (!(specObj instanceof String spec)) {
            throw Errors.typeError("format() argument 2 must be str, not " + Op.typeName(specObj));
        }
        PyComplex z = (PyComplex) self;
        if (spec.isEmpty()) {
            return Op.str(z);
        }
        int[] s = spec.codePoints().toArray();
        int n = s.length;
        int i = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(s[1])) {
            fill = s[0];
            align = (char) s[1];
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            align = (char) s[0];
            i = 1;
        }
        char sign = 0;
        if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
            sign = (char) s[i++];
        }
        boolean zflag = false;
        if (i < n && s[i] == 'z') {
            zflag = true;
            i++;
        }
        boolean alt = false;
        if (i < n && s[i] == '#') {
            alt = true;
            i++;
        }
        boolean zeroPad = false;
        if (!fillGiven && i < n && s[i] == '0') {
            zeroPad = true;
            i++;
        }
        int start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        int width = i > start ? number(s, start, i) : -1;
        char grouping = 0;
        if (i < n && (s[i] == ',' || s[i] == '_')) {
            grouping = (char) s[i++];
            if (i < n && (s[i] == ',' || s[i] == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && s[i] == '.') {
            i++;
            start = i;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = number(s, start, i);
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type 'complex'");
        }
        char type = i < n ? (char) s[i] : 0;
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                default:
                    if (!(grouping == '_' && (type == 'b' || type == 'o' || type == 'x' || type == 'X'))) {
                        throw Errors.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
                    }
            }
        }
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw Errors.valueError("Unknown format code '" + type + "' for object of type 'complex'");
        }
        if (zeroPad || (fillGiven && fill == '0')) {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        double re = z.real();
        double im = z.imag();
        boolean reprMode = type == 0 && precision < 0;
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        String flags = (zflag ? "z" : "") + (alt ? "#" : "") + (grouping == 0 ? "" : String.valueOf(grouping))
                + (precision >= 0 ? "." + precision : "") + (type == 0 ? (reprMode ? "" : "g") : type == 'n' ? "g" : String.valueOf(type));
        String rePart = skipRe ? "" : part(re, sign == 0 ? "" : String.valueOf(sign), flags, reprMode, alt);
        String imPart = part(im, skipRe ? (sign == 0 ? "" : String.valueOf(sign)) : "+", flags, reprMode, alt);
        String body = (parens ? "(" : "") + rePart + imPart + "j" + (parens ? ")" : "");
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        String f = Character.toString(fill);
        int pad = width - len;
        switch (align) {
            case '<':
                return body + f.repeat(pad);
            case '^':
                return f.repeat(pad / 2) + body + f.repeat(pad - pad / 2);
            default:
                return f.repeat(pad) + body;
        }
    }

    /** One part: the float formatted with the flags, or in repr mode the repr's digits without ".0". */
    private static String part(double v, String sign, String flags, boolean reprMode, boolean alt) {
        if (!reprMode) {
            return Op.format(v, sign + flags);
        }
        String r = Op.repr(v);
        if (r.endsWith(".0")) {
            r = r.substring(0, r.length() - 2);
        }
        if (alt && Double.isFinite(v) && r.indexOf('.') < 0) {
            int e = r.indexOf('e');
            r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
        }
        boolean negative = r.startsWith("-");
        if (!negative && !Double.isNaN(v) || Double.isNaN(v)) {
            r = (sign.equals("-") ? "" : sign) + r;
        }
        return r;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static int number(int[] s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }
}
