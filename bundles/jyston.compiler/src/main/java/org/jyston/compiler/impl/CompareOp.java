package org.jyston.compiler.impl;

import org.jyston.api.ast.Ast;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** One comparison operator of a chain. */
@FunctionalInterface
interface CompareOp {
    Object apply(Object a, Object b);

    /** The slot of a rich comparison, or null for {@code is}, {@code in} and their negations. */
    static Slot slot(Ast.CmpOp op) {
        switch (op) {
            case Eq: return Slot.EQ;
            case NotEq: return Slot.NE;
            case Lt: return Slot.LT;
            case LtE: return Slot.LE;
            case Gt: return Slot.GT;
            case GtE: return Slot.GE;
            default: return null;
        }
    }

    static CompareOp of(Ast.CmpOp op) {
        switch (op) {
            case Eq: return (a, b) -> Op.compare(Slot.EQ, a, b);
            case NotEq: return (a, b) -> Op.compare(Slot.NE, a, b);
            case Lt: return (a, b) -> Op.compare(Slot.LT, a, b);
            case LtE: return (a, b) -> Op.compare(Slot.LE, a, b);
            case Gt: return (a, b) -> Op.compare(Slot.GT, a, b);
            case GtE: return (a, b) -> Op.compare(Slot.GE, a, b);
            case Is: return (a, b) -> Identity.same(a, b);
            case IsNot: return (a, b) -> !Identity.same(a, b);
            case In: return (a, b) -> contains(b, a);
            case NotIn: return (a, b) -> !contains(b, a);
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    /** {@code item in container}: {@code __contains__}, else a search by iteration, as CPython. */
    private static boolean contains(Object container, Object item) {
        PyType t = PyType.of(container);
        Slot.Binary f = t.binary(Slot.CONTAINS);
        if (f != null) {
            return Op.isTrue(f.apply(container, item));
        }
        if (t.unary(Slot.ITER) == null && !(t.isHeapType() && t.binary(Slot.GETITEM) != null)) {
            throw Errors.typeError("argument of type '" + Op.typeName(container) + "' is not iterable");
        }
        Object it = Op.iter(container);
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            if (x == item || Op.eq(x, item)) {
                return true;
            }
        }
        return false;
    }
}
