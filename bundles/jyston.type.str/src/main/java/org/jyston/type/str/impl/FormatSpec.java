package org.jyston.type.str.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]})
 * for str, int (and bool) and float, as their {@code __format__} methods implement it. Other types
 * accept only the empty spec until the kernel has a {@code __format__} slot.
 */
final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean z;
    boolean alt;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;

    /** {@code format(value, spec)}. */
    static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : parse(spec, '<', "str").formatStr(s);
        }
        if (value instanceof Boolean b && spec.isEmpty()) {
            return b ? "True" : "False";
        }
        if (Strs.isInt(value)) {
            return spec.isEmpty() ? Strs.big(value).toString() : parse(spec, '>', Op.typeName(value)).formatInt(Strs.big(value));
        }
        if (value instanceof Double d) {
            return parse(spec, '>', "float").formatFloat(d);
        }
        // any other object formats itself: its type's __format__ (object's for the empty spec is str())
        return Op.format(value, spec);
    }

    static FormatSpec parse(String spec, char defaultAlign, String typeName) {
        FormatSpec f = new FormatSpec();
        int[] s = spec.codePoints().toArray();
        int n = s.length;
        int i = 0;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (n >= 2 && isAlign(s[1])) {
            f.fill = s[0];
            f.align = (char) s[1];
            fillSpecified = true;
            alignSpecified = true;
            i = 2;
        } else if (n >= 1 && isAlign(s[0])) {
            f.align = (char) s[0];
            alignSpecified = true;
            i = 1;
        }
        if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
            f.sign = (char) s[i++];
        }
        if (i < n && s[i] == 'z') {
            f.z = true;
            i++;
        }
        if (i < n && s[i] == '#') {
            f.alt = true;
            i++;
        }
        if (!fillSpecified && i < n && s[i] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        if (i > start) {
            f.width = number(s, start, i);
        }
        if (i < n && (s[i] == ',' || s[i] == '_')) {
            f.grouping = (char) s[i++];
            if (i < n && (s[i] == ',' || s[i] == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s[i] == '.') {
            i++;
            start = i;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            f.precision = number(s, start, i);
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            f.type = (char) s[i];
        }
        if (f.align == 0) {
            f.align = defaultAlign;
        }
        if (f.grouping != 0) {
            // PEP 378's types take either separator; b/o/x/X only '_'; anything else neither (checked
            // here, before the type itself is judged, as CPython does)
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    // fall through
                default:
                    throw Errors.valueError("Cannot specify '" + f.grouping + "' with "
                            + (f.type > 32 && f.type < 128 ? "'" + f.type + "'." : "'\\x" + Integer.toHexString(f.type) + "'."));
            }
        }
        return f;
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

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static ValueErrorBuilder unknown(char type, String typeName) {
        return new ValueErrorBuilder("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    /** Carries a message for {@code throw unknown(...).raise()}. */
    private record ValueErrorBuilder(String message) {
        RuntimeException raise() {
            return Errors.valueError(message);
        }
    }

    // ---- str

    String formatStr(String s) {
        if (type != 0 && type != 's') {
            throw unknown(type, "str").raise();
        }
        if (sign != 0) {
            throw Errors.valueError(sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (z) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alt) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (grouping != 0) {
            throw Errors.valueError("Cannot specify '" + grouping + "' with 's'.");
        }
        if (precision >= 0 && Strs.length(s) > precision) {
            s = Strs.substring(s, 0, precision);
        }
        return pad("", s);
    }

    // ---- int

    String formatInt(BigInteger v) {
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(v.doubleValue());
            case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw unknown(type, "int").raise();
        }
        if (precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (z) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alt) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (grouping != 0) {
                throw Errors.valueError("Cannot specify '" + grouping + "' with 'c'.");
            }
            if (v.bitLength() > 63) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            return pad("", Character.toString(v.intValue()));
        }
        if (grouping != 0 && type == 'n') {
            throw Errors.valueError("Cannot specify '" + grouping + "' with 'n'.");
        }
        int radix = 10;
        String prefix = "";
        switch (type) {
            case 'b':
                radix = 2;
                prefix = "0b";
                break;
            case 'o':
                radix = 8;
                prefix = "0o";
                break;
            case 'x':
            case 'X':
                radix = 16;
                prefix = type == 'x' ? "0x" : "0X";
                break;
            default:
                break;
        }
        if (grouping == ',' && radix != 10) {
            throw Errors.valueError("Cannot specify ',' with '" + type + "'.");
        }
        String digits = v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        return number(v.signum() < 0, alt ? prefix : "", digits, "", radix == 10 ? 3 : 4);
    }

    // ---- float

    String formatFloat(double v) {
        char t = type;
        switch (t) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw unknown(t, "float").raise();
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        int prec = precision;
        String body;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            neg = v < 0;
            body = FloatDigits.special(v, upper) + (t == '%' ? "%" : "");
        } else {
            switch (t) {
                case 'e':
                case 'E':
                    body = FloatDigits.exponent(a, prec < 0 ? 6 : prec, alt, upper);
                    break;
                case 'f':
                case 'F':
                    body = FloatDigits.fixed(a, prec < 0 ? 6 : prec, alt);
                    break;
                case '%':
                    body = FloatDigits.fixed(a * 100, prec < 0 ? 6 : prec, alt) + "%";
                    break;
                case 'g':
                case 'G':
                case 'n':
                    body = FloatDigits.general(a, prec < 0 ? 6 : prec, alt, upper, false);
                    break;
                default:
                    body = prec < 0 ? Op.repr(a) : FloatDigits.general(a, prec, alt, false, true);
                    break;
            }
            if (z && neg && body.chars().noneMatch(c -> c >= '1' && c <= '9')) {
                neg = false;
            }
        }
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) {
            k++;
        }
        return number(neg, "", body.substring(0, k), body.substring(k), 3);
    }

    // ---- assembly

    private String number(boolean negative, String prefix, String intDigits, String rest, int groupSize) {
        String signStr = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String head = signStr + prefix;
        String digits = intDigits;
        if (grouping != 0 && !intDigits.isEmpty()) {
            digits = group(intDigits, groupSize);
            if (align == '=' && fill == '0' && width > 0) {
                int target = width - head.length() - Strs.length(rest);
                String padded = intDigits;
                while (digits.length() < target) {
                    padded = "0" + padded;
                    digits = group(padded, groupSize);
                }
            }
        }
        return pad(head, digits + rest);
    }

    private String group(String digits, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(grouping);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Pads {@code head + body} to the width; {@code '='} puts the padding between them. */
    private String pad(String head, String body) {
        int len = Strs.length(head) + Strs.length(body);
        if (width <= len) {
            return head + body;
        }
        int n = width - len;
        String f = Character.toString(fill);
        switch (align) {
            case '<':
                return head + body + f.repeat(n);
            case '^':
                return f.repeat(n / 2) + head + body + f.repeat(n - n / 2);
            case '=':
                return head + f.repeat(n) + body;
            default:
                return f.repeat(n) + head + body;
        }
    }
}
