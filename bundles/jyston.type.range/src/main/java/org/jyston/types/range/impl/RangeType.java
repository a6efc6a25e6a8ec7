package org.jyston.types.range.impl;

import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.BuiltinMethods;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code range} ({@link PyRange}) with {@code range_iterator} and {@code longrange_iterator}. */
final class RangeType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    private RangeType() {}

    static TypeSpec spec() {
        return new TypeSpec("range").representation(PyRange.class)
                .doc("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                        + "Return an object that produces a sequence of integers from start (inclusive)\n"
                        + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                        + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                        + "These are exactly the valid indices for a list of 4 elements.\n"
                        + "When step is given, it specifies the increment (or decrement).")
                .call(Slot.NEW, RangeType::newRange)
                .unary(Slot.REPR, self -> repr((PyRange) self))
                .unary(Slot.LEN, self -> {
                    BigInteger n = ((PyRange) self).length;
                    if (!Ints.fitsLong(n)) {
                        throw Errors.overflow("Python int too large to convert to C ssize_t");
                    }
                    return n.longValue();
                })
                .unary(Slot.BOOL, self -> ((PyRange) self).length.signum() != 0)
                .unary(Slot.HASH, self -> hash((PyRange) self))
                .unary(Slot.ITER, self -> iterator((PyRange) self, false))
                // pickled as range(start, stop, step)
                .attribute("__reduce__", BuiltinMethods.method("range", PyRange.class, "__reduce__", (self, a, k) -> {
                    BuiltinMethods.none("range.__reduce__", a, k);
                    PyRange r = (PyRange) self;
                    return PyTuple.of(PyType.of(r), PyTuple.of(Ints.norm(r.start), Ints.norm(r.stop), Ints.norm(r.step)));
                }))
                .binary(Slot.GETITEM, RangeType::getitem)
                .binary(Slot.CONTAINS, (self, x) -> contains((PyRange) self, x))
                .binary(Slot.EQ, (a, b) -> b instanceof PyRange r ? (Object) equal((PyRange) a, r) : NI)
                .binary(Slot.NE, (a, b) -> b instanceof PyRange r ? (Object) !equal((PyRange) a, r) : NI)
                // CPython's struct members; object's __getattribute__ finds them in the dictionary
                .attribute("start", GetSetDescriptor.member("start", "range", self -> Ints.norm(((PyRange) self).start), null, null))
                .attribute("stop", GetSetDescriptor.member("stop", "range", self -> Ints.norm(((PyRange) self).stop), null, null))
                .attribute("step", GetSetDescriptor.member("step", "range", self -> Ints.norm(((PyRange) self).step), null, null))
                .attribute("count", BuiltinMethods.method("range", PyRange.class, "count", (self, a, k) -> {
                    Object x = BuiltinMethods.one("range.count", a, k);
                    PyRange r = (PyRange) self;
                    if (exactInt(x)) {
                        return contains(r, x) ? 1L : 0L;
                    }
                    long n = 0;
                    for (Object it = iterator(r, false), v; (v = Op.next(it)) != null;) {
                        if (Op.eq(v, x)) {
                            n++;
                        }
                    }
                    return n;
                }))
                .attribute("index", BuiltinMethods.method("range", PyRange.class, "index", (self, a, k) -> {
                    Object x = BuiltinMethods.one("range.index", a, k);
                    PyRange r = (PyRange) self;
                    if (exactInt(x)) {
                        if (!contains(r, x)) {
                            throw Errors.valueError(Op.repr(x) + " is not in range");
                        }
                        return Ints.norm(Ints.big(x).subtract(r.start).divide(r.step));
                    }
                    long i = 0;
                    for (Object it = iterator(r, false), v; (v = Op.next(it)) != null; i++) {
                        if (Op.eq(v, x)) {
                            return i;
                        }
                    }
                    throw Errors.valueError("sequence.index(x): x not in sequence");
                }))
                .attribute("__reversed__", BuiltinMethods.method("range", PyRange.class, "__reversed__", (self, a, k) -> {
                    BuiltinMethods.none("range.__reversed__", a, k);
                    return iterator((PyRange) self, true);
                }));
    }

    static TypeSpec iteratorSpec(String name, Class<? extends Iter> cls) {
        TypeSpec s = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Iter) self).next())
                .attribute("__length_hint__", BuiltinMethods.method(name, Iter.class, "__length_hint__", (self, a, k) -> {
                    BuiltinMethods.none(name + ".__length_hint__", a, k);
                    return ((Iter) self).lengthHint();
                }));
        return IterPickling.methods(s, name, cls, self -> ((Iter) self).reduce(), (self, st) -> ((Iter) self).setState(st));
    }

    private static Object newRange(Object type, Object[] args, String[] kw) {
        BuiltinMethods.noKw("range", kw);
        if (args.length == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
        }
        if (args.length == 1) {
            return new PyRange(BigInteger.ZERO, Ints.big(args[0]), BigInteger.ONE);
        }
        BigInteger start = Ints.big(args[0]);
        BigInteger stop = Ints.big(args[1]);
        BigInteger step = args.length > 2 ? Ints.big(args[2]) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static String repr(PyRange r) {
        return "range(" + Op.repr(Ints.norm(r.start)) + ", " + Op.repr(Ints.norm(r.stop))
                + (r.step.equals(BigInteger.ONE) ? "" : ", " + Op.repr(Ints.norm(r.step))) + ")";
    }

    /** As CPython: the hash of {@code (len, start, step)}, with None for what the length makes irrelevant. */
    private static Object hash(PyRange r) {
        Object n = Ints.norm(r.length);
        Object t;
        if (r.length.signum() == 0) {
            t = PyTuple.of(n, PyNone.None, PyNone.None);
        } else if (r.length.equals(BigInteger.ONE)) {
            t = PyTuple.of(n, Ints.norm(r.start), PyNone.None);
        } else {
            t = PyTuple.of(n, Ints.norm(r.start), Ints.norm(r.step));
        }
        return Op.hash(t);
    }

    private static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (!a.length.equals(b.length)) {
            return false;
        }
        if (a.length.signum() == 0) {
            return true;
        }
        if (!a.start.equals(b.start)) {
            return false;
        }
        return a.length.equals(BigInteger.ONE) || a.step.equals(b.step);
    }

    private static boolean exactInt(Object x) {
        if (x instanceof Long || x instanceof Boolean) {
            return true;
        }
        return x instanceof BigInteger;
    }

    static boolean contains(PyRange r, Object x) {
        if (exactInt(x)) {
            BigInteger v = Ints.big(x);
            if (r.step.signum() > 0) {
                if (v.compareTo(r.start) < 0 || v.compareTo(r.stop) >= 0) {
                    return false;
                }
            } else if (v.compareTo(r.start) > 0 || v.compareTo(r.stop) <= 0) {
                return false;
            }
            return v.subtract(r.start).mod(r.step.abs()).signum() == 0;
        }
        for (Object it = iterator(r, false), v; (v = Op.next(it)) != null;) {
            if (Op.eq(v, x)) {
                return true;
            }
        }
        return false;
    }

    private static Object getitem(Object self, Object key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice s) {
            BigInteger[] ix = Ints.sliceIndices(s, r.length);
            return new PyRange(r.item(ix[0]), r.item(ix[1]), r.step.multiply(ix[2]));
        }
        if (!Ints.isIndex(key)) {
            throw Errors.typeError("range indices must be integers or slices, not " + Op.typeName(key));
        }
        BigInteger i = Ints.big(key);
        if (i.signum() < 0) {
            i = i.add(r.length);
        }
        if (i.signum() < 0 || i.compareTo(r.length) >= 0) {
            throw Errors.raise(Errors.IndexError, "range object index out of range");
        }
        return Ints.norm(r.item(i));
    }

    /** An iterator over the range (or reversed): {@code range_iterator} when longs suffice. */
    static Object iterator(PyRange r, boolean reversed) {
        BigInteger start = r.start;
        BigInteger step = r.step;
        if (reversed) {
            start = r.length.signum() == 0 ? r.start : r.item(r.length.subtract(BigInteger.ONE));
            step = step.negate();
        }
        if (Ints.fitsLong(r.start) && Ints.fitsLong(r.stop) && Ints.fitsLong(r.step) && Ints.fitsLong(r.length)
                && Ints.fitsLong(start) && Ints.fitsLong(step)) {
            return new RangeIter(start.longValue(), step.longValue(), r.length.longValue());
        }
        return new LongRangeIter(start, step, r.length);
    }

    abstract static class Iter implements PyObject {
        abstract Object next();

        abstract Object lengthHint();

        /** {@code __reduce__}: {@code (iter, (range,), index)}, the range rebuilt from the iterator's own fields. */
        abstract Object reduce();

        /** {@code __setstate__}: the index, clipped to the iterator's length. */
        abstract void setState(Object state);
    }

    static final class RangeIter extends Iter {
        private static final TypeRef TYPE = TypeRef.of("range_iterator");
        private final long start;
        private final long step;
        private final long len;
        private long index;

        RangeIter(long start, long step, long len) {
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        Object next() {
            if (index < len) {
                return start + step * index++;
            }
            throw Errors.raise(Errors.StopIteration);
        }

        @Override
        Object lengthHint() {
            return len - index;
        }

        @Override
        Object reduce() {
            BigInteger b = BigInteger.valueOf(start);
            BigInteger st = BigInteger.valueOf(step);
            PyRange r = new PyRange(b, b.add(BigInteger.valueOf(len).multiply(st)), st);
            return IterPickling.reduce(r, index);
        }

        /** {@code PyLong_AsLong} of the state (so {@code __index__} is honoured), clipped to 0..len. */
        @Override
        void setState(Object state) {
            Object v = Op.index(state);
            if (v instanceof Boolean b) {
                v = b ? 1L : 0L;
            }
            if (!(v instanceof Long l)) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            index = Math.max(0, Math.min(l, len));
        }
    }

    static final class LongRangeIter extends Iter {
        private static final TypeRef TYPE = TypeRef.of("longrange_iterator");
        private final BigInteger start;
        private final BigInteger step;
        private final BigInteger len;
        private BigInteger index = BigInteger.ZERO;
        /** The object {@code __setstate__} was given, which {@code __reduce__} answers until the next step. */
        private Object stateObject;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger len) {
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        Object next() {
            if (index.compareTo(len) < 0) {
                BigInteger v = start.add(step.multiply(index));
                index = index.add(BigInteger.ONE);
                stateObject = null;
                return Ints.norm(v);
            }
            throw Errors.raise(Errors.StopIteration);
        }

        @Override
        Object lengthHint() {
            return Ints.norm(len.subtract(index));
        }

        @Override
        Object reduce() {
            PyRange r = new PyRange(start, start.add(len.multiply(step)), step);
            return IterPickling.reduce(r, stateObject != null ? stateObject : Ints.norm(index));
        }

        /** As CPython: the state is compared with 0 and the length (so any int), and clipped to them. */
        @Override
        void setState(Object state) {
            Object zero = 0L;
            Object lenObj = Ints.norm(len);
            if (Op.isTrue(Op.compare(Slot.LT, state, zero))) {
                state = zero;
            } else if (Op.isTrue(Op.compare(Slot.LT, lenObj, state))) {
                state = lenObj;
            }
            index = Ints.big(state);
            stateObject = state;
        }
    }
}
