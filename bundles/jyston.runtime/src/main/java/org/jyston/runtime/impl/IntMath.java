package org.jyston.runtime.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;

/** Integer helpers for the numeric builtins: {@code pow(base, exp, mod)} and radix text. */
final class IntMath {
    private IntMath() {}

    /**
     * {@code pow(base, exp, mod)} for ints: the result has the sign of {@code mod} (as {@code %} does),
     * and a negative exponent uses the modular inverse of the base.
     */
    static BigInteger powMod(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negative = mod.signum() < 0;
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger b = base.mod(m);
        if (exp.signum() < 0) {
            if (!b.gcd(m).equals(BigInteger.ONE)) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            b = b.modInverse(m);
            exp = exp.negate();
        }
        BigInteger r = b.modPow(exp, m);
        if (negative && r.signum() != 0) {
            r = r.subtract(m);
        }
        return r;
    }

    /** {@code bin}, {@code oct}, {@code hex}: sign, prefix, digits in lower case. */
    static String radix(BigInteger n, int radix, String prefix) {
        String digits = n.abs().toString(radix);
        return (n.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
