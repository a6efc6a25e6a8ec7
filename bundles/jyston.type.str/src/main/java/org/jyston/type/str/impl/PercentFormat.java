package org.jyston.type.str.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/** {@code format % args}: printf-style formatting of str. */
final class PercentFormat {
    private static final TypeRef KEY_ERROR = TypeRef.of("KeyError");

    private final String fmt;
    private final Object[] items;
    private final Object dict;
    private int argIndex;

    private PercentFormat(String fmt, Object[] items, Object dict) {
        this.fmt = fmt;
        this.items = items;
        this.dict = dict;
    }

    static Object format(String fmt, Object arg) {
        boolean tuple = arg instanceof PyTuple;
        Object dict = !tuple && !(Derived.unwrap(arg) instanceof String) && isMapping(arg) ? arg : null;
        Object[] items = tuple ? ((PyTuple) arg).toArray() : new Object[] {arg};
        return new PercentFormat(fmt, items, dict).run();
    }

    private static boolean isMapping(Object o) {
        return o instanceof Map || o instanceof List || PyType.of(o).binary(Slot.GETITEM) != null;
    }

    private Object next() {
        if (argIndex < items.length) {
            return items[argIndex++];
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int i = 0;
        boolean usedDict = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            Object keyed = null;
            boolean hasKey = false;
            if (fmt.charAt(i) == '(') {
                if (dict == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char d = fmt.charAt(i++);
                    if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    }
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                keyed = lookup(fmt.substring(start, i - 1));
                hasKey = true;
                usedDict = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            flags:
            while (i < n) {
                switch (fmt.charAt(i)) {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '#': alt = true; break;
                    case '0': zero = true; break;
                    default: break flags;
                }
                i++;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                Object w = hasKey ? Errors.typeError("* wants int") : next();
                if (!Strs.isInt(w)) {
                    throw Errors.typeError("* wants int");
                }
                long wv = Strs.big(w).longValue();
                if (wv < 0) {
                    left = true;
                    wv = -wv;
                }
                width = (int) Math.min(wv, Integer.MAX_VALUE);
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = parseInt(fmt.substring(start, i), "width");
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    Object p = next();
                    if (!Strs.isInt(p)) {
                        throw Errors.typeError("* wants int");
                    }
                    prec = (int) Math.max(0, Math.min(Strs.big(p).longValue(), Integer.MAX_VALUE));
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > start ? parseInt(fmt.substring(start, i), "precision") : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            int conv = fmt.codePointAt(i);
            int convIndex = i;
            i += Character.charCount(conv);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            Object v = hasKey ? keyed : next();
            String text;
            switch (conv) {
                case 's':
                case 'r':
                case 'a':
                    text = conv == 's' ? Op.str(v) : conv == 'r' ? Op.repr(v) : StrFormat.asciiOf(v);
                    if (prec >= 0 && Strs.length(text) > prec) {
                        text = Strs.substring(text, 0, prec);
                    }
                    out.append(pad(text, width, left));
                    break;
                case 'c':
                    out.append(pad(charOf(v), width, left));
                    break;
                case 'd':
                case 'i':
                case 'u':
                case 'x':
                case 'X':
                case 'o':
                    out.append(integer(v, (char) conv, width, prec, left, plus, space, alt, zero));
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    out.append(floating(v, (char) conv, width, prec, left, plus, space, alt, zero));
                    break;
                default:
                    String shown = conv >= 32 && conv < 127 ? Character.toString(conv) : "?";
                    throw Errors.valueError("unsupported format character '" + shown + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + Strs.cpIndex(fmt, convIndex));
            }
        }
        if (argIndex < items.length && dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static int parseInt(String digits, String what) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Errors.valueError(what + " too big");
        }
    }

    private Object lookup(String key) {
        Slot.Binary f = PyType.of(dict).binary(Slot.GETITEM);
        if (f != null) {
            return f.apply(dict, key);
        }
        if (dict instanceof Map<?, ?> m && m.containsKey(key)) {
            return m.get(key);
        }
        throw Errors.raise(KEY_ERROR, key);
    }

    private static String pad(String s, int width, boolean left) {
        int len = Strs.length(s);
        if (width <= len) {
            return s;
        }
        String fill = " ".repeat(width - len);
        return left ? s + fill : fill + s;
    }

    private static String charOf(Object v) {
        if (v instanceof String s) {
            if (Strs.length(s) == 1) {
                return s;
            }
            throw Errors.typeError("%c requires int or char");
        }
        Object i = Strs.index(v);
        if (i == null) {
            throw Errors.typeError("%c requires int or char");
        }
        BigInteger b = Strs.big(i);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw Errors.overflow("%c arg not in range(0x110000)");
        }
        return Character.toString(b.intValue());
    }

    /** Sign, prefix and digits padded as the flags say: zeros go between prefix and digits. */
    private static String assemble(String sign, String prefix, String digits, int width, boolean left, boolean zero) {
        int len = sign.length() + prefix.length() + digits.length();
        if (width <= len) {
            return sign + prefix + digits;
        }
        if (left) {
            return sign + prefix + digits + " ".repeat(width - len);
        }
        if (zero) {
            return sign + prefix + "0".repeat(width - len) + digits;
        }
        return " ".repeat(width - len) + sign + prefix + digits;
    }

    private static String integer(Object v, char conv, int width, int prec, boolean left, boolean plus,
            boolean space, boolean alt, boolean zero) {
        BigInteger b;
        Object raw = Derived.unwrap(v);
        if (Strs.isInt(raw)) {
            // an int, or an instance of an int subclass: its value, whatever __int__/__index__ say (PyLong_Check)
            return integerDigits(Strs.big(raw), conv, width, prec, left, plus, space, alt, zero);
        }
        // %x/%o take __index__; %d takes an int, else __int__ before __index__ (CPython's PyNumber_Long)
        Slot.Unary toInt = Strs.isInt(v) || v instanceof String || v instanceof Double || conv == 'x' || conv == 'X'
                || conv == 'o' ? null : PyType.of(v).unary(Slot.INT);
        Object i = toInt == null ? Strs.index(v) : null;
        if (toInt != null) {
            Object r = toInt.apply(v);
            if (!Strs.isInt(Derived.unwrap(r))) {
                throw Errors.typeError("__int__ returned non-int (type " + Op.typeName(r) + ")");
            }
            b = Strs.big(Derived.unwrap(r));
        } else if (i != null) {
            b = Strs.big(i);
        } else if (conv == 'x' || conv == 'X' || conv == 'o') {
            throw Errors.typeError("%" + conv + " format: an integer is required, not " + Op.typeName(v));
        } else if (v instanceof Double d) {
            b = truncate(d);
        } else {
            throw Errors.typeError("%" + conv + " format: a real number is required, not " + Op.typeName(v));
        }
        return integerDigits(b, conv, width, prec, left, plus, space, alt, zero);
    }

    private static String integerDigits(BigInteger b, char conv, int width, int prec, boolean left, boolean plus,
            boolean space, boolean alt, boolean zero) {
        int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
        String digits = b.abs().toString(radix);
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = !alt ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
        String sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        return assemble(sign, prefix, digits, width, left, zero);
    }

    static BigInteger truncate(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }

    private static String floating(Object v, char conv, int width, int prec, boolean left, boolean plus,
            boolean space, boolean alt, boolean zero) {
        double d;
        if (v instanceof Double x) {
            d = x;
        } else if (Strs.isInt(v)) {
            BigInteger b = Strs.big(v);
            d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw Errors.overflow("int too large to convert to float");
            }
        } else {
            Slot.Unary toFloat = v instanceof String ? null : PyType.of(v).unary(Slot.FLOAT);
            Object r = toFloat == null ? null : toFloat.apply(v);
            if (!(r instanceof Double x)) {
                throw Errors.typeError("must be real number, not " + Op.typeName(v));
            }
            d = x;
        }
        if (prec < 0) {
            prec = 6;
        }
        boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            neg = d < 0;
            body = FloatDigits.special(d, upper);
        } else if (conv == 'f' || conv == 'F') {
            body = FloatDigits.fixed(a, prec, alt);
        } else if (conv == 'e' || conv == 'E') {
            body = FloatDigits.exponent(a, prec, alt, upper);
        } else {
            body = FloatDigits.general(a, prec, alt, upper, false);
        }
        String sign = neg ? "-" : plus ? "+" : space ? " " : "";
        return assemble(sign, "", body, width, left, zero);
    }
}
