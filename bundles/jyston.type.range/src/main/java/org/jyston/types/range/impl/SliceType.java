package org.jyston.types.range.impl;

import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.BuiltinMethods;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code slice}, represented by {@link PySlice}. */
final class SliceType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    private SliceType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("slice").representation(PySlice.class)
                .doc("slice(stop)\nslice(start, stop[, step])\n\n"
                        + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
                .call(Slot.NEW, SliceType::newSlice)
                .unary(Slot.REPR, self -> {
                    PySlice sl = (PySlice) self;
                    return "slice(" + Op.repr(sl.start()) + ", " + Op.repr(sl.stop()) + ", " + Op.repr(sl.step()) + ")";
                })
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: 'slice'");
                })
                // CPython's struct members; object's __getattribute__ finds them in the dictionary
                .attribute("start", GetSetDescriptor.member("start", "slice", self -> ((PySlice) self).start(), null, null))
                .attribute("stop", GetSetDescriptor.member("stop", "slice", self -> ((PySlice) self).stop(), null, null))
                .attribute("step", GetSetDescriptor.member("step", "slice", self -> ((PySlice) self).step(), null, null))
                .attribute("indices", BuiltinMethods.method("slice", PySlice.class, "indices", (self, a, k) -> {
                    Object len = BuiltinMethods.one("slice.indices", a, k);
                    BigInteger n = Ints.big(len);
                    if (n.signum() < 0) {
                        throw Errors.valueError("length should not be negative");
                    }
                    BigInteger[] ix = Ints.sliceIndices((PySlice) self, n);
                    return PyTuple.of(Ints.norm(ix[0]), Ints.norm(ix[1]), Ints.norm(ix[2]));
                }));
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> b instanceof PySlice o ? compare((PySlice) a, o, op) : NI);
        }
        return s;
    }

    private static Object newSlice(Object type, Object[] args, String[] kw) {
        BuiltinMethods.noKw("slice", kw);
        Object none = PyNone.None;
        switch (args.length) {
            case 0:
                throw Errors.typeError("slice expected at least 1 argument, got 0");
            case 1:
                return new PySlice(none, args[0], none);
            case 2:
                return new PySlice(args[0], args[1], none);
            case 3:
                return new PySlice(args[0], args[1], args[2]);
            default:
                throw Errors.typeError("slice expected at most 3 arguments, got " + args.length);
        }
    }

    /** Slices compare as the tuples {@code (start, stop, step)}. */
    private static Object compare(PySlice a, PySlice b, Slot op) {
        if (a == b && (op == Slot.EQ || op == Slot.NE)) {
            return op == Slot.EQ;
        }
        Object[] x = {a.start(), a.stop(), a.step()};
        Object[] y = {b.start(), b.stop(), b.step()};
        int i = 0;
        while (i < 3 && Op.eq(x[i], y[i])) {
            i++;
        }
        if (i == 3) {
            return op == Slot.EQ || op == Slot.LE || op == Slot.GE;
        }
        if (op == Slot.EQ) {
            return false;
        }
        if (op == Slot.NE) {
            return true;
        }
        return Op.compare(op, x[i], y[i]);
    }
}
