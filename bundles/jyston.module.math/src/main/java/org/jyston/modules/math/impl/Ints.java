package org.jyston.modules.math.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;

/** The integer functions of {@code math}: factorial, comb, perm, gcd, lcm, isqrt. */
final class Ints {
    private Ints() {}

    static BigInteger big(Object i) {
        return i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    }

    /** A Python int for a BigInteger (a Long when it fits). */
    static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The product of the integers in {@code [lo, hi)}, split in halves so the multiplications stay balanced. */
    static BigInteger product(long lo, long hi) {
        long n = hi - lo;
        if (n <= 0) {
            return BigInteger.ONE;
        }
        if (n <= 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i < hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + n / 2;
        return product(lo, mid).multiply(product(mid, hi));
    }

    static Object factorial(Object arg) {
        Object v = Op.index(arg);
        if (v instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long n = (Long) v;
        if (n < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        return norm(product(1, n + 1));
    }

    static Object isqrt(Object arg) {
        BigInteger n = big(Op.index(arg));
        if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return norm(n.sqrt());
    }

    static Object gcd(Object[] args) {
        if (args.length == 0) {
            return 0L;
        }
        Object first = Op.index(args[0]);
        if (args.length == 1) {
            return norm(big(first).abs());
        }
        BigInteger g = big(first);
        for (int i = 1; i < args.length; i++) {
            g = g.gcd(big(Op.index(args[i])));
        }
        return norm(g.abs());
    }

    static Object lcm(Object[] args) {
        if (args.length == 0) {
            return 1L;
        }
        BigInteger r = big(Op.index(args[0])).abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger b = big(Op.index(args[i])).abs();
            if (r.signum() == 0 || b.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(b)).multiply(b);
        }
        return norm(r);
    }

    /** {@code comb(n, k)} as {@code perm(n, k) / k!} over the smaller of k and n - k. */
    static Object comb(Object nObj, Object kObj) {
        BigInteger n = big(Op.index(nObj));
        BigInteger k = big(Op.index(kObj));
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger nk = n.subtract(k);
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 63) {
            throw Errors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        if (kk == 0) {
            return 1L;
        }
        return norm(fallingProduct(n, kk).divide(product(1, kk + 1)));
    }

    static Object perm(Object nObj, Object kObj) {
        if (kObj == null) {
            return factorial(nObj);
        }
        BigInteger n = big(Op.index(nObj));
        BigInteger k = big(Op.index(kObj));
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (k.bitLength() > 63) {
            throw Errors.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        return norm(fallingProduct(n, k.longValue()));
    }

    /** {@code n * (n-1) * ... * (n-k+1)}. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (n.bitLength() < 62) {
            long nn = n.longValue();
            return product(nn - k + 1, nn + 1);
        }
        return falling(n, 0, k);
    }

    private static BigInteger falling(BigInteger n, long from, long to) {
        if (to - from <= 8) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long mid = from + (to - from) / 2;
        return falling(n, from, mid).multiply(falling(n, mid, to));
    }
}
