package org.jyston.compiler.impl;

import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;

/**
 * Operators on two {@code long}s or two {@code double}s computed in the node, without a call
 * through the type's slot, while the registered {@code int}/{@code float} types allow it
 * ({@link TypeRegistry#longsInline()}). Every case that needs more than machine arithmetic (an
 * overflow, a zero divisor, a shift out of range, a power) answers null and the node takes the
 * general protocol, where the type's own slot decides.
 */
final class InlineArith {
    static final int NONE = 0;
    static final int ADD = 1;
    static final int SUB = 2;
    static final int MUL = 3;
    static final int FLOORDIV = 4;
    static final int MOD = 5;
    static final int AND = 6;
    static final int OR = 7;
    static final int XOR = 8;
    static final int RSHIFT = 9;
    static final int TRUEDIV = 10;
    static final int LT = 11;
    static final int LE = 12;
    static final int EQ = 13;
    static final int NE = 14;
    static final int GT = 15;
    static final int GE = 16;
    static final int LSHIFT = 17;

    private InlineArith() {}

    /** The code of an operator slot (in-place slots map to their plain operator), or {@link #NONE}. */
    static int code(Slot slot) {
        switch (slot) {
            case ADD: case IADD: return ADD;
            case SUB: case ISUB: return SUB;
            case MUL: case IMUL: return MUL;
            case FLOORDIV: case IFLOORDIV: return FLOORDIV;
            case MOD: case IMOD: return MOD;
            case AND: case IAND: return AND;
            case OR: case IOR: return OR;
            case XOR: case IXOR: return XOR;
            case RSHIFT: case IRSHIFT: return RSHIFT;
            case LSHIFT: case ILSHIFT: return LSHIFT;
            case TRUEDIV: case ITRUEDIV: return TRUEDIV;
            case LT: return LT;
            case LE: return LE;
            case EQ: return EQ;
            case NE: return NE;
            case GT: return GT;
            case GE: return GE;
            default: return NONE;
        }
    }

    /**
     * {@code v[i]} for an exact list or tuple and an int index in range, or null when the type's
     * {@code __getitem__} must decide (subclasses, other indexes, errors).
     */
    static Object item(Object v, Object i) {
        if (i instanceof Long x) {
            if (v.getClass() == org.jyston.api.object.PyList.class) {
                return TypeRegistry.listsInline() ? ((org.jyston.api.object.PyList) v).itemOrNull(x) : null;
            }
            if (v.getClass() == org.jyston.api.object.PyTuple.class) {
                return TypeRegistry.tuplesInline() ? ((org.jyston.api.object.PyTuple) v).itemOrNull(x) : null;
            }
        }
        return null;
    }

    /** {@code v[i] = value} for an exact list and an int index in range; false when the slots must do it. */
    static boolean setItem(Object v, Object i, Object value) {
        return i instanceof Long x && v.getClass() == org.jyston.api.object.PyList.class && TypeRegistry.listsInline()
                && ((org.jyston.api.object.PyList) v).setItem(x, value);
    }

    /** The result for two operands, or null when the general protocol must decide. */
    static Object apply(int code, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return TypeRegistry.longsInline() ? longs(code, x, y) : null;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return TypeRegistry.doublesInline() ? doubles(code, x, y) : null;
        }
        return null;
    }

    private static Object longs(int code, long x, long y) {
        switch (code) {
            case ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
            }
            case SUB: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long r = x * y;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? (Object) r : null;
            }
            case FLOORDIV:
                return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : (Object) Math.floorDiv(x, y);
            case MOD:
                return y == 0 ? null : (Object) Math.floorMod(x, y);
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            case RSHIFT:
                return y < 0 ? null : (Object) (y > 63 ? (x < 0 ? -1L : 0L) : x >> y);
            case LSHIFT:
                // exact while no bit (sign included) is shifted out
                return y < 0 || y > 62 || (x << y) >> y != x ? null : (Object) (x << y);
            case TRUEDIV:
                // both exactly representable: the quotient is correctly rounded, as CPython's
                return y == 0 || Math.abs(x) > (1L << 53) || Math.abs(y) > (1L << 53) ? null
                        : (Object) ((double) x / (double) y);
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            case GE: return x >= y;
            default: return null;
        }
    }

    private static Object doubles(int code, double x, double y) {
        switch (code) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV: return y == 0.0 ? null : (Object) (x / y);
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            case GE: return x >= y;
            default: return null;
        }
    }
}
