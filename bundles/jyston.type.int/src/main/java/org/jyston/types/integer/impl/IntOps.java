package org.jyston.types.integer.impl;

import org.jyston.api.object.ExactFloat;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;

/**
 * The arithmetic of {@code int} (and of {@code bool}, which is an {@code int}). Values are
 * {@link Long}, {@link BigInteger} or {@link Boolean}; results are normalised: a value that fits in
 * a {@code long} is always a {@code Long}. Every binary operation answers {@code NotImplemented} for
 * an operand that is not an int, so that the other operand's reflected method gets its turn.
 *
 * <p>Each operation has a {@code long} fast path that detects overflow without allocating and falls
 * back to {@code BigInteger}.
 */
final class IntOps {
    static final Object NI = PyNotImplemented.NotImplemented;

    /** The modulus of Python's numeric hash, {@code 2**61 - 1}. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger THIRTY = BigInteger.valueOf(30);

    private IntOps() {}

    // ---- representations

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** The value of a Long or Boolean (callers have excluded BigInteger). */
    static long lng(Object o) {
        return o instanceof Long l ? l : ((Boolean) o ? 1L : 0L);
    }

    static BigInteger big(Object o) {
        if (o instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(lng(o));
    }

    static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    static int signum(Object o) {
        return o instanceof BigInteger b ? b.signum() : Long.signum(lng(o));
    }

    /** The int itself as an exact {@code int}: a Boolean becomes a Long. */
    static Object asInt(Object self) {
        return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
    }

    // ---- errors

    static PyException zeroDivision(String msg) {
        return Errors.zeroDivision(msg);
    }

    static PyException memoryError() {
        return Errors.raise(Errors.MemoryError);
    }

    // ---- + - *

    static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return addLL(x, y);
        }
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).add(big(b)));
        }
        return addLL(lng(a), lng(b));
    }

    static Object addLL(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
        }
        return r;
    }

    static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return subLL(x, y);
        }
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).subtract(big(b)));
        }
        return subLL(lng(a), lng(b));
    }

    static Object subLL(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
        }
        return r;
    }

    static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return mulLL(x, y);
        }
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).multiply(big(b)));
        }
        return mulLL(lng(a), lng(b));
    }

    static Object mulLL(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((lo >> 63) != hi) {
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        return lo;
    }

    // ---- // % divmod

    static Object floordiv(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(divmodBig(big(a), big(b), "integer division or modulo by zero")[0]);
        }
        long x = lng(a);
        long y = lng(b);
        if (y == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        if (y == -1) {
            return negLong(x);
        }
        return Math.floorDiv(x, y);
    }

    static Object mod(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(modBig(big(a), big(b)));
        }
        long y = lng(b);
        if (y == 0) {
            throw zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(lng(a), y);
    }

    static Object divmod(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            BigInteger[] qr = divmodBig(big(a), big(b), "integer division or modulo by zero");
            return PyTuple.of(norm(qr[0]), norm(qr[1]));
        }
        long x = lng(a);
        long y = lng(b);
        if (y == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        Object q = y == -1 ? negLong(x) : (Object) Math.floorDiv(x, y);
        return PyTuple.of(q, Math.floorMod(x, y));
    }

    /** Floor quotient and remainder; the remainder has the sign of the divisor. */
    static BigInteger[] divmodBig(BigInteger x, BigInteger y, String zeroMessage) {
        if (y.signum() == 0) {
            throw zeroDivision(zeroMessage);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    static BigInteger modBig(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw zeroDivision("integer modulo by zero");
        }
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    // ---- true division

    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    static Object truediv(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = lng(a);
            long y = lng(b);
            if (y == 0) {
                throw zeroDivision("division by zero");
            }
            if (x >= -EXACT_DOUBLE_LIMIT && x <= EXACT_DOUBLE_LIMIT && y >= -EXACT_DOUBLE_LIMIT
                    && y <= EXACT_DOUBLE_LIMIT) {
                // both exact as doubles, so IEEE division rounds the true quotient correctly
                return (double) x / (double) y;
            }
        }
        return trueDivide(big(a), big(b));
    }

    /** {@code a / b} correctly rounded (half to even), for any size of operands. */
    static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw zeroDivision("division by zero");
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        double r = a.signum() == 0 ? 0.0 : ExactFloat.ratio(a.abs(), b.abs(), 0);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    // ---- conversion to float

    /** The nearest double (ties to even), as CPython's {@code PyLong_AsDouble}. */
    static double toDouble(Object o) {
        if (o instanceof BigInteger b) {
            return bigToDouble(b);
        }
        return (double) lng(o);
    }

    static double bigToDouble(BigInteger b) {
        if (b.bitLength() < 64) {
            return (double) b.longValue();
        }
        BigInteger m = b.abs();
        int bl = m.bitLength();
        double r;
        if (bl > 1025) {
            r = Double.POSITIVE_INFINITY;
        } else {
            r = ExactFloat.roundScaled(m.shiftLeft(2), false, 2);
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return b.signum() < 0 ? -r : r;
    }

    // ---- **

    static Object pow(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (signum(b) < 0) {
            // CPython hands a negative exponent to float's power
            double x = toDouble(a);
            double y = toDouble(b);
            if (x == 0.0) {
                throw zeroDivision("0.0 cannot be raised to a negative power");
            }
            return negativePower(x, y);
        }
        if (b instanceof BigInteger) {
            return powHugeExponent(a, (BigInteger) b);
        }
        long e = lng(b);
        if (a instanceof BigInteger x) {
            if (e > Integer.MAX_VALUE) {
                throw memoryError();
            }
            return bigPow(x, (int) e);
        }
        return powLL(lng(a), e);
    }

    /** {@code x ** y} for an integral double x other than 0 and an integral y <= -1, as C's pow gives it. */
    static double negativePower(double x, double y) {
        if (Math.abs(x) == 1.0) {
            return x < 0 && y % 2.0 != 0 ? -1.0 : 1.0;
        }
        if (y == -1.0) {
            return 1.0 / x;
        }
        if (y >= -ExactFloat.MAX_EXACT_EXPONENT) {
            return ExactFloat.powInt(x, (long) y);
        }
        return StrictMath.pow(x, y); // |x| >= 2: underflows to a signed zero
    }

    private static Object powHugeExponent(Object a, BigInteger e) {
        if (a instanceof BigInteger) {
            throw memoryError();
        }
        long x = lng(a);
        if (x == 0 || x == 1) {
            return x;
        }
        if (x == -1) {
            return e.testBit(0) ? -1L : 1L;
        }
        throw memoryError();
    }

    static Object powLL(long x, long e) {
        if (x == 0) {
            return e == 0 ? 1L : 0L;
        }
        if (x == 1) {
            return 1L;
        }
        if (x == -1) {
            return (e & 1) == 0 ? 1L : -1L;
        }
        long result = 1;
        long base = x;
        long n = e;
        while (true) {
            if ((n & 1) != 0) {
                long hi = Math.multiplyHigh(result, base);
                long lo = result * base;
                if ((lo >> 63) != hi) {
                    break;
                }
                result = lo;
            }
            n >>>= 1;
            if (n == 0) {
                return result;
            }
            long hi = Math.multiplyHigh(base, base);
            long lo = base * base;
            if ((lo >> 63) != hi) {
                break;
            }
            base = lo;
        }
        if (e > Integer.MAX_VALUE) {
            throw memoryError();
        }
        return bigPow(BigInteger.valueOf(x), (int) e);
    }

    private static Object bigPow(BigInteger x, int e) {
        try {
            if (e > 2 && x.abs().bitCount() > 1 && (long) x.bitLength() * e < Integer.MAX_VALUE) {
                return norm(leftToRight(x, e));
            }
            return norm(x.pow(e));
        } catch (ArithmeticException | OutOfMemoryError ex) {
            throw memoryError();
        }
    }

    /**
     * {@code x ** e} squaring from the exponent's top bit down, multiplying by x itself on set bits.
     * {@link BigInteger#pow} goes from the bottom bit up, multiplying two growing numbers on each set
     * bit; this way those multiplications are by the (small) base, three times faster for
     * {@code 3 ** 20000}. Powers of two stay with {@code pow}, which shifts.
     */
    private static BigInteger leftToRight(BigInteger x, int e) {
        BigInteger r = x;
        for (int bit = 30 - Integer.numberOfLeadingZeros(e); bit >= 0; bit--) {
            r = r.multiply(r);
            if ((e >>> bit & 1) != 0) {
                r = r.multiply(x);
            }
        }
        return r;
    }

    // ---- << >>

    static Object lshift(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (signum(a) == 0) {
            return 0L;
        }
        if (b instanceof BigInteger n) {
            if (n.divide(THIRTY).bitLength() > 63) {
                throw Errors.overflow("too many digits in integer");
            }
            throw memoryError();
        }
        long c = lng(b);
        if (!(a instanceof BigInteger) && c < 63) {
            long x = lng(a);
            long r = x << c;
            if (r >> c == x) {
                return r;
            }
        }
        if (c > Integer.MAX_VALUE) {
            throw memoryError();
        }
        try {
            return norm(big(a).shiftLeft((int) c));
        } catch (ArithmeticException | OutOfMemoryError ex) {
            throw memoryError();
        }
    }

    static Object rshift(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        int sa = signum(a);
        if (b instanceof BigInteger) {
            return sa < 0 ? -1L : 0L;
        }
        long c = lng(b);
        if (!(a instanceof BigInteger)) {
            return lng(a) >> Math.min(c, 63);
        }
        if (c > Integer.MAX_VALUE) {
            return sa < 0 ? -1L : 0L;
        }
        return norm(((BigInteger) a).shiftRight((int) c));
    }

    // ---- & | ^

    static Object and(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).and(big(b)));
        }
        return lng(a) & lng(b);
    }

    static Object or(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).or(big(b)));
        }
        return lng(a) | lng(b);
    }

    static Object xor(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return NI;
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return norm(big(a).xor(big(b)));
        }
        return lng(a) ^ lng(b);
    }

    // ---- unary

    static Object negLong(long x) {
        return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
    }

    static Object neg(Object a) {
        if (a instanceof BigInteger b) {
            return norm(b.negate());
        }
        return negLong(lng(a));
    }

    static Object abs(Object a) {
        if (a instanceof BigInteger b) {
            return norm(b.abs());
        }
        long x = lng(a);
        return x < 0 ? negLong(x) : (Object) x;
    }

    static Object invert(Object a) {
        if (a instanceof BigInteger b) {
            return norm(b.not());
        }
        return ~lng(a);
    }

    static boolean isNonZero(Object a) {
        return signum(a) != 0;
    }

    // ---- hash

    /** Python's numeric hash of an integer: the value modulo {@code 2**61-1}, keeping the sign; -1 becomes -2. */
    static long hash(Object a) {
        long h;
        if (a instanceof BigInteger b) {
            long m = b.abs().mod(BIG_HASH_MODULUS).longValue();
            h = b.signum() < 0 ? -m : m;
        } else {
            long x = lng(a);
            if (x == Long.MIN_VALUE) {
                h = -4; // 2**63 = 4 * 2**61, and 2**61 is 1 modulo 2**61-1
            } else {
                long m = Math.abs(x) % HASH_MODULUS;
                h = x < 0 ? -m : m;
            }
        }
        return h == -1 ? -2 : h;
    }

    // ---- comparison

    static int compare(Object a, Object b) {
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return big(a).compareTo(big(b));
        }
        return Long.compare(lng(a), lng(b));
    }

    // ---- text

    /** About log2(10) * 4300: a magnitude of more bits surely has more than 4300 digits. */
    static String repr(Object a) {
        if (a instanceof Long l) {
            return Long.toString(l);
        }
        if (a instanceof Boolean b) {
            return b ? "1" : "0";
        }
        BigInteger b = (BigInteger) a;
        int limit = org.jyston.api.object.NumberText.maxStrDigits;
        if (limit > 0) {
            // 10**limit < 2**(3.3219281 * limit + 1): a longer magnitude surely has too many digits
            if (b.bitLength() > (long) (limit * 3.3219280948873623) + 2) {
                throw strLimitError();
            }
        }
        String s = b.toString();
        if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
            throw strLimitError();
        }
        return s;
    }

    private static PyException strLimitError() {
        return Errors.valueError("Exceeds the limit (" + org.jyston.api.object.NumberText.maxStrDigits + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    // ---- from float

    /** {@code int(d)}: truncation toward zero. */
    static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (d > -9.223372036854775807E18 && d < 9.223372036854775807E18) {
            return (long) d;
        }
        return norm(new BigDecimal(d).toBigInteger());
    }
}
