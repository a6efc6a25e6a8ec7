package org.jyston.types.integer.impl;

import org.jyston.api.object.NumberText;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code int(...)}, {@code bool(...)} and the parsing of integer literals in strings. */
final class IntConstruct {
    private IntConstruct() {}

    /** {@code int.__new__(type, [x, [base]])}: {@code args} holds positionals, then keyword values named by kwnames. */
    static Object newInt(Object type, Object[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nk;
        if (args.length > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + args.length + " given)");
        }
        Object x = npos >= 1 ? args[0] : null;
        Object base = npos >= 2 ? args[1] : null;
        for (int k = 0; k < nk; k++) {
            if (!"base".equals(kwnames[k])) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for int()");
            }
            base = args[npos + k];
        }
        // TODO: bytes/bytearray arguments, once their representation is settled.
        // TODO: a subclass of int (type != int) needs an instance layout; the value is returned as is.
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base == null) {
            return toInt(x);
        }
        long b = baseValue(base);
        if ((b != 0 && b < 2) || b > 36) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (org.jyston.api.object.Derived.unwrap(x) instanceof String s) { // str subclasses too
            return parse(s, (int) b);
        }
        Object raw = org.jyston.api.object.Derived.unwrap(x); // bytes and bytearray subclasses too
        if (asciiText(raw) != null) {
            return parseBytes(raw, (int) b);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** The base as {@code PyNumber_AsSsize_t} with clipping: huge values become out of range. */
    private static long baseValue(Object base) {
        Object v = index(base);
        if (v instanceof BigInteger bi) {
            return bi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return IntOps.lng(v);
    }

    /** {@code operator.index(o)}. */
    static Object index(Object o) {
        if (IntOps.isInt(o)) {
            return IntOps.asInt(o);
        }
        Slot.Unary f = PyType.of(o).unary(Slot.INDEX);
        if (f == null) {
            throw Errors.typeError("'" + Op.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return intResult("__index__", f.apply(o));
    }

    /** The int a special method returned: a strict subclass of int (bool too) is accepted with a DeprecationWarning. */
    private static Object intResult(String method, Object r) {
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        }
        Object v = org.jyston.api.object.Derived.unwrap(r);
        if (!IntOps.isInt(v)) {
            throw Errors.typeError(method + " returned non-int (type " + Op.typeName(r) + ")");
        }
        org.jyston.api.object.Warnings.strictSubclassResult(method, r, "int");
        return IntOps.asInt(v);
    }

    /** {@code int(x)} with one argument, as CPython's {@code PyNumber_Long}. */
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return IntOps.fromDouble(d);
        }
        if (x instanceof String s) {
            return parse(s, 10);
        }
        if (asciiText(x) != null) {
            return parseBytes(x, 10);
        }
        if (Op.typeName(x).equals("memoryview")) {
            return parseBytes(Op.call(Op.getattr(x, "tobytes")), 10); // the buffer's bytes, as CPython copies them
        }
        PyType t = PyType.of(x);
        Slot.Unary f = t.unary(Slot.INT);
        if (f != null) {
            return intResult("__int__", f.apply(x));
        }
        f = t.unary(Slot.INDEX);
        if (f != null) {
            return intResult("__index__", f.apply(x));
        }
        if (org.jyston.api.object.Derived.unwrap(x) instanceof String s) {
            return parse(s, 10); // a str subclass without __int__/__index__ parses as its text
        }
        Object raw = org.jyston.api.object.Derived.unwrap(x);
        if (raw != x && asciiText(raw) != null) {
            return parseBytes(raw, 10); // a bytes/bytearray subclass without __int__/__index__
        }
        if (t.lookup("__trunc__") != null) {
            org.jyston.api.object.Warnings.warn(org.jyston.api.object.Warnings.DeprecationWarning,
                    "The delegation of int() to __trunc__ is deprecated.");
            Object r = Op.call(Op.getattr(x, "__trunc__"));
            if (IntOps.isInt(r)) {
                return IntOps.asInt(r);
            }
            if (PyType.of(r).unary(Slot.INDEX) == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + Op.typeName(r) + ")");
            }
            return index(r);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.getName() + "'");
    }

    /** {@code bool.__new__(type, [x])}. */
    static Object newBool(Object type, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("bool() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("bool expected at most 1 argument, got " + args.length);
        }
        return args.length == 1 && Op.isTrue(args[0]);
    }

    // ---- parsing

    /** The characters of a bytes or bytearray (one per byte), or null for other objects. */
    static String asciiText(Object x) {
        if (x instanceof org.jyston.api.object.PyBytes b) {
            return new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (x instanceof org.jyston.api.object.PyByteArray b) {
            StringBuilder sb = new StringBuilder(b.size());
            for (int i = 0; i < b.size(); i++) {
                sb.append((char) b.get(i));
            }
            return sb.toString();
        }
        return null;
    }

    /** {@code int(b"12", base)}: the bytes read as ASCII; the error names the bytes object. */
    private static Object parseBytes(Object x, int base) {
        String text = asciiText(x);
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        try {
            if (ascii) {
                return parseAscii(NumberText.toAsciiNumber(text), base);
            }
        } catch (InvalidLiteral e) {
            // reported below
        }
        throw Errors.valueError("invalid literal for int() with base " + base + ": " + truncate(Op.repr(x)));
    }

    /** {@code int(s, base)} for a str: CPython's rules for white space, sign, prefixes and underscores. */
    static Object parse(String s, int base) {
        try {
            return parseAscii(NumberText.toAsciiNumber(s), base);
        } catch (InvalidLiteral e) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + truncate(NumberText.repr(s)));
        }
    }

    /** CPython formats the literal with {@code %.200R}: its repr cut to 200 characters. */
    private static String truncate(String repr) {
        return repr.length() <= 200 ? repr : repr.substring(0, 200);
    }

    /** Thrown (without a stack trace) inside the parser for a malformed literal. */
    private static final class InvalidLiteral extends Exception {
        private static final long serialVersionUID = 1L;
        static final InvalidLiteral INSTANCE = new InvalidLiteral();

        private InvalidLiteral() {
            super(null, null, false, false);
        }
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    private static Object parseAscii(String t, int base) throws InvalidLiteral {
        int n = t.length();
        int i = 0;
        while (i < n && NumberText.isAsciiSpace(t.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (b == 0 || b == pb)) {
                b = pb;
                prefixed = true;
                i += 2;
            }
        }
        boolean zerosOnly = false;
        if (b == 0) {
            b = 10;
            zerosOnly = i < n && t.charAt(i) == '0'; // base 0 forbids leading zeros of a nonzero number
        }
        char[] digits = new char[n - i];
        int nd = 0;
        boolean underscoreOk = prefixed;
        boolean pendingUnderscore = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!underscoreOk) {
                    throw InvalidLiteral.INSTANCE;
                }
                underscoreOk = false;
                pendingUnderscore = true;
                continue;
            }
            if (digitValue(c) >= b) {
                break;
            }
            digits[nd++] = c;
            underscoreOk = true;
            pendingUnderscore = false;
        }
        if (nd == 0 || pendingUnderscore) {
            throw InvalidLiteral.INSTANCE;
        }
        int limit = org.jyston.api.object.NumberText.maxStrDigits;
        if ((b & (b - 1)) != 0 && limit > 0 && nd > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + nd + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (i < n && NumberText.isAsciiSpace(t.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw InvalidLiteral.INSTANCE;
        }
        if (zerosOnly) {
            for (int k = 0; k < nd; k++) {
                if (digits[k] != '0') {
                    throw InvalidLiteral.INSTANCE;
                }
            }
            return 0L;
        }
        if (nd <= 12 || (b <= 10 && nd <= 18)) {
            long v = 0;
            for (int k = 0; k < nd; k++) {
                v = v * b + digitValue(digits[k]);
            }
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(new String(digits, 0, nd), b);
        return IntOps.norm(negative ? v.negate() : v);
    }
}
