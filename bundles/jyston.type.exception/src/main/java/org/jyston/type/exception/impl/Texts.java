package org.jyston.type.exception.impl;

import java.math.BigInteger;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyTuple;

/** Small text helpers: the tuple repr, Python int tests. */
final class Texts {
    private Texts() {}

    /** {@code repr(t)} of a tuple: {@code ()}, {@code (x,)}, {@code (a, b)}. */
    static String tupleRepr(PyTuple t) {
        int n = t.size();
        if (n == 0) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Op.repr(t.get(i)));
        }
        return sb.append(n == 1 ? ",)" : ")").toString();
    }

    /** Whether {@code o} is a Python int (including bool). */
    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Integer || o instanceof Boolean || o instanceof BigInteger
                || o instanceof Short || o instanceof Byte;
    }

    /** Whether {@code o} is exactly a Python int (not a bool). */
    static boolean isExactInt(Object o) {
        return isInt(o) && !(o instanceof Boolean);
    }

    /** The value of a Python int as a long (bool as 0/1); saturates a big one. */
    static long toLong(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : (b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        return ((Number) o).longValue();
    }
}
