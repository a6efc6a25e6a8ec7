package org.jyston.type.object.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code tuple}, enough for {@code args} and reprs; the full type comes with the sequence types' bundle. */
final class TupleType {
    private TupleType() {}

    static TypeSpec spec() {
        return new TypeSpec("tuple").representation(PyTuple.class).flag(TypeSpec.Flag.BASETYPE)
                .unary(Slot.REPR, TupleType::repr)
                .unary(Slot.LEN, self -> (long) ((PyTuple) self).size())
                .binary(Slot.EQ, TupleType::eq)
                .binary(Slot.GETITEM, TupleType::getitem)
                .unary(Slot.HASH, TupleType::hash);
    }

    private static Object repr(Object self) {
        PyTuple t = (PyTuple) self;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Op.repr(t.get(i)));
        }
        return sb.append(t.size() == 1 ? ",)" : ")").toString();
    }

    private static Object eq(Object self, Object other) {
        if (!(other instanceof PyTuple b)) {
            return PyNotImplemented.NotImplemented;
        }
        PyTuple a = (PyTuple) self;
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != y && !Op.isTrue(Op.compare(Slot.EQ, x, y))) {
                return false;
            }
        }
        return true;
    }

    private static Object getitem(Object self, Object index) {
        PyTuple t = (PyTuple) self;
        if (!(index instanceof Long l)) {
            throw Errors.typeError("tuple indices must be integers or slices, not " + Op.typeName(index));
        }
        long i = l < 0 ? l + t.size() : l;
        if (i < 0 || i >= t.size()) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("IndexError"), "tuple index out of range");
        }
        return t.get((int) i);
    }

    /** The xxHash-based tuple hash of CPython 3.8+, so hashes of tuples agree with CPython's. */
    private static Object hash(Object self) {
        PyTuple t = (PyTuple) self;
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (int i = 0; i < t.size(); i++) {
            Object h = PyTypeHash.hash(t.get(i));
            long lane = (Long) h;
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += t.size() ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796L;
        }
        return acc;
    }
}
