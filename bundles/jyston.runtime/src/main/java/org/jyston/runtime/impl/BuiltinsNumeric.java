package org.jyston.runtime.impl;

import java.math.BigInteger;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code abs}, {@code divmod}, {@code pow}, {@code round}, {@code sum}, {@code bin}, {@code oct}, {@code hex}. */
final class BuiltinsNumeric {
    private static final String[] POW_ARGS = {"base", "exp", "mod"};
    private static final String[] ROUND_ARGS = {"number", "ndigits"};
    private static final String[] SUM_ARGS = {"iterable", "start"};

    private BuiltinsNumeric() {}

    static void install(Map<String, Object> b) {
        Builtins.fn(b, "abs", (a, k) -> Op.unary(Slot.ABS, Args.one("abs", a, k)));
        Builtins.fn(b, "divmod", (a, k) -> {
            Args.unpack("divmod", a, k, 2, 2);
            return Op.binary(Slot.DIVMOD, a[0], a[1]);
        });
        Builtins.fn(b, "pow", (a, k) -> {
            Object[] p = Args.parse("pow", a, k, POW_ARGS, 0, 2);
            return pow(p[0], p[1], p[2] == null ? PyNone.None : p[2]);
        });
        Builtins.fn(b, "round", (a, k) -> {
            Object[] p = Args.parse("round", a, k, ROUND_ARGS, 0, 1);
            return round(p[0], p[1] == null ? PyNone.None : p[1]);
        });
        Builtins.fn(b, "sum", (a, k) -> {
            Object[] p = Args.parse("sum", a, k, SUM_ARGS, 1, 1);
            return sum(p[0], p[1] == null ? 0L : p[1]);
        });
        Builtins.fn(b, "bin", (a, k) -> IntMath.radix(big(Op.index(Args.one("bin", a, k))), 2, "0b"));
        Builtins.fn(b, "oct", (a, k) -> IntMath.radix(big(Op.index(Args.one("oct", a, k))), 8, "0o"));
        Builtins.fn(b, "hex", (a, k) -> IntMath.radix(big(Op.index(Args.one("hex", a, k))), 16, "0x"));
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** A BigInteger as Jyston's normalised int: a Long when it fits. */
    static Object normal(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static Object pow(Object base, Object exp, Object mod) {
        if (mod == PyNone.None) {
            return Op.binary(Slot.POW, base, exp);
        }
        if (isInt(base) && isInt(exp) && isInt(mod)) {
            return normal(IntMath.powMod(big(base), big(exp), big(mod)));
        }
        // a class's own __pow__ gets the modulus (three-argument pow has no reflected form)
        PyType bt = PyType.of(base);
        if (bt.isHeapType() && bt.lookup("__pow__") != null) {
            Object r = Op.call(Op.getattr(base, "__pow__"), exp, mod);
            if (r != org.jyston.api.object.PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        Object b = org.jyston.api.object.Derived.unwrap(base);
        Object e = org.jyston.api.object.Derived.unwrap(exp);
        Object m = org.jyston.api.object.Derived.unwrap(mod);
        if (isInt(b) && isInt(e) && isInt(m)) {
            return normal(IntMath.powMod(big(b), big(e), big(m)));
        }
        if ((b instanceof Double || e instanceof Double || m instanceof Double) && (b instanceof Double || isInt(b))
                && (e instanceof Double || isInt(e))) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Op.typeName(base) + "', '"
                + Op.typeName(exp) + "', '" + Op.typeName(mod) + "'");
    }

    static Object round(Object number, Object ndigits) {
        if (number instanceof Double d) {
            if (ndigits == PyNone.None) {
                return Rounding.toInt(d);
            }
            return Rounding.round(d, clippedIndex(ndigits));
        }
        if (isInt(number)) {
            if (ndigits == PyNone.None) {
                return number instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : number;
            }
            Object n = Op.index(ndigits);
            long nd = n instanceof Long l ? l : ((BigInteger) n).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            return normal(Rounding.round(big(number), nd));
        }
        Object method = PyType.of(number).lookup("__round__");
        if (method == null) {
            throw Errors.typeError("type " + Op.typeName(number) + " doesn't define __round__ method");
        }
        return ndigits == PyNone.None ? Op.call(method, number) : Op.call(method, number, ndigits);
    }

    /** {@code PyNumber_AsSsize_t(o, NULL)}: an index, clipped to the range of a long. */
    private static long clippedIndex(Object o) {
        Object n = Op.index(o);
        if (n instanceof Long l) {
            return l;
        }
        return ((BigInteger) n).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /**
     * {@code sum(iterable, start)}: left to right with {@code +}, as CPython 3.11 does (plain float
     * addition, no compensated summation), with a fast path while the total is a small int.
     */
    static Object sum(Object iterable, Object start) {
        if (start instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        String startType = Op.typeName(start);
        if (startType.equals("bytes")) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (startType.equals("bytearray")) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object it = Op.iter(iterable);
        Object total = start;
        for (Object item = Op.next(it); item != null; item = Op.next(it)) {
            if (total instanceof Long t && item instanceof Long i) {
                long r = t + i;
                if (((t ^ r) & (i ^ r)) >= 0) {
                    total = r;
                    continue;
                }
            } else if (total instanceof Double t && item instanceof Double i) {
                total = t + i;
                continue;
            }
            total = Op.binary(Slot.ADD, total, item);
        }
        return total;
    }
}
