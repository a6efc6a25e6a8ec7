package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * The iterators that end with their input: {@code accumulate}, {@code chain}, {@code compress},
 * {@code dropwhile}, {@code takewhile}, {@code filterfalse}, {@code islice}, {@code starmap},
 * {@code pairwise}, {@code zip_longest}.
 */
final class Terminating {
    private static final Object NONE = PyNone.None;

    private Terminating() {}

    // ---- accumulate

    static final class Accumulate extends It {
        private final Object it;
        private final Object func;
        private Object initial;
        private Object total;

        Accumulate(PyType type, Object it, Object func, Object initial) {
            super(type);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        synchronized Object next() {
            if (initial != NONE) {
                total = initial;
                initial = NONE;
                return total;
            }
            Object v = Op.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == NONE) {
                total = Op.binary(Slot.ADD, total, v);
            } else {
                total = Op.call(func, total, v);
            }
            return total;
        }
    }

    static TypeSpec accumulateSpec() {
        return It.spec("accumulate", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("accumulate", new String[] {"iterable", "func", "initial"}, 0, 2, 1, args, kw);
            Object it = Op.iter(a[0]);
            return new Accumulate(type, it, a[1] == null ? NONE : a[1], a[2] == null ? NONE : a[2]);
        }).doc("Return series of accumulated sums (or other binary function results).");
    }

    // ---- chain

    static final class Chain extends It {
        private Object source;
        private Object active;

        Chain(PyType type, Object source) {
            super(type);
            this.source = source;
        }

        @Override
        synchronized Object next() {
            while (source != null) {
                if (active == null) {
                    Object iterable;
                    try {
                        iterable = Op.next(source);
                        if (iterable == null) {
                            source = null;
                            return null;
                        }
                        active = Op.iter(iterable);
                    } catch (RuntimeException e) {
                        source = null;
                        throw e;
                    }
                }
                Object x = Op.next(active);
                if (x != null) {
                    return x;
                }
                active = null;
            }
            return null;
        }
    }

    static TypeSpec chainSpec() {
        TypeSpec s = It.spec("chain", true, (type, args, kw) -> {
            if (ClinicArgs.nkw(kw) > 0 && !type.isHeapType()) {
                throw Errors.typeError("chain() takes no keyword arguments");
            }
            return new Chain(type, Op.iter(PyTuple.of(args.clone())));
        }).doc("chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
                + "first iterable until it is exhausted, then elements from the next\n"
                + "iterable, until all of the iterables are exhausted.")
                .attribute("__class_getitem__", PyGenericAlias.classGetItem());
        s.attribute("from_iterable", PyBuiltinFunction.classMethod("from_iterable", (args, kw) -> {
            ClinicArgs.noKw("chain.from_iterable", kw);
            if (args.length != 2) {
                throw Errors.typeError("chain.from_iterable() takes exactly one argument (" + (args.length - 1)
                        + " given)");
            }
            return new Chain((PyType) args[0], Op.iter(args[1]));
        }));
        return s;
    }

    // ---- compress

    static final class Compress extends It {
        private final Object data;
        private final Object selectors;

        Compress(PyType type, Object data, Object selectors) {
            super(type);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        synchronized Object next() {
            for (;;) {
                Object d = Op.next(data);
                if (d == null) {
                    return null;
                }
                Object s = Op.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Op.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    static TypeSpec compressSpec() {
        return It.spec("compress", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("compress", new String[] {"data", "selectors"}, 0, 2, 2, args, kw);
            Object data = Op.iter(a[0]);
            return new Compress(type, data, Op.iter(a[1]));
        }).doc("Return data elements corresponding to true selector elements.\n\n"
                + "Forms a shorter iterator from selected data elements using the selectors to\n"
                + "choose the data elements.");
    }

    // ---- dropwhile, takewhile, filterfalse

    static final class DropWhile extends It {
        private final Object pred;
        private final Object it;
        private boolean started;

        DropWhile(PyType type, Object pred, Object it) {
            super(type);
            this.pred = pred;
            this.it = it;
        }

        @Override
        synchronized Object next() {
            for (;;) {
                Object x = Op.next(it);
                if (x == null) {
                    return null;
                }
                if (started) {
                    return x;
                }
                if (!Op.isTrue(Op.call(pred, x))) {
                    started = true;
                    return x;
                }
            }
        }
    }

    static final class TakeWhile extends It {
        private final Object pred;
        private final Object it;
        private boolean stopped;

        TakeWhile(PyType type, Object pred, Object it) {
            super(type);
            this.pred = pred;
            this.it = it;
        }

        @Override
        synchronized Object next() {
            if (stopped) {
                return null;
            }
            Object x = Op.next(it);
            if (x == null) {
                return null;
            }
            if (Op.isTrue(Op.call(pred, x))) {
                return x;
            }
            stopped = true;
            return null;
        }
    }

    static final class FilterFalse extends It {
        private final Object func;
        private final Object it;

        FilterFalse(PyType type, Object func, Object it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        synchronized Object next() {
            for (;;) {
                Object x = Op.next(it);
                if (x == null) {
                    return null;
                }
                boolean ok = func == NONE || isBoolType(func) ? Op.isTrue(x) : Op.isTrue(Op.call(func, x));
                if (!ok) {
                    return x;
                }
            }
        }
    }

    private static boolean isBoolType(Object f) {
        return f instanceof PyType t && !t.isHeapType() && t.getName().equals("bool");
    }

    @FunctionalInterface
    private interface Two {
        It make(PyType type, Object first, Object it);
    }

    private static TypeSpec twoArg(String name, Two make, String doc) {
        return It.spec(name, true, (type, args, kw) -> {
            if (ClinicArgs.nkw(kw) > 0 && !type.isHeapType()) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            ClinicArgs.positional(name, args.length - ClinicArgs.nkw(kw), 2, 2);
            return make.make(type, args[0], Op.iter(args[1]));
        }).doc(doc);
    }

    static TypeSpec dropwhileSpec() {
        return twoArg("dropwhile", DropWhile::new, "Drop items from the iterable while predicate(item) is true.\n\n"
                + "Afterwards, return every element until the iterable is exhausted.");
    }

    static TypeSpec takewhileSpec() {
        return twoArg("takewhile", TakeWhile::new,
                "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
    }

    static TypeSpec filterfalseSpec() {
        return twoArg("filterfalse", FilterFalse::new, "Return those items of iterable for which function(item) is false.\n\n"
                + "If function is None, return the items that are false.");
    }

    // ---- starmap

    static final class StarMap extends It {
        private final Object func;
        private final Object it;

        StarMap(PyType type, Object func, Object it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        synchronized Object next() {
            Object args = Op.next(it);
            if (args == null) {
                return null;
            }
            Object[] a;
            if (args instanceof PyTuple t && t.getClass() == PyTuple.class) {
                a = t.toArray();
            } else {
                a = toArray(args);
            }
            return Op.call(func, a, null);
        }
    }

    /** {@code tuple(o)} as an array. */
    static Object[] toArray(Object o) {
        if (o instanceof PyTuple t) {
            return t.toArray();
        }
        Object it = Op.iter(o);
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            out.add(x);
        }
        return out.toArray();
    }

    static TypeSpec starmapSpec() {
        return twoArg("starmap", StarMap::new, "Return an iterator whose values are returned from the function evaluated "
                + "with an argument tuple taken from the given sequence.");
    }

    // ---- pairwise

    static final class Pairwise extends It {
        private Object it;
        private Object old;

        Pairwise(PyType type, Object it) {
            super(type);
            this.it = it;
        }

        @Override
        synchronized Object next() {
            if (it == null) {
                return null;
            }
            if (old == null) {
                old = Op.next(it);
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            Object n = Op.next(it);
            if (n == null) {
                it = null;
                old = null;
                return null;
            }
            Object r = PyTuple.of(old, n);
            old = n;
            return r;
        }
    }

    static TypeSpec pairwiseSpec() {
        return It.spec("pairwise", true, (type, args, kw) -> {
            if (ClinicArgs.nkw(kw) > 0 && !type.isHeapType()) {
                throw Errors.typeError("pairwise() takes no keyword arguments");
            }
            ClinicArgs.positional("pairwise", args.length - ClinicArgs.nkw(kw), 1, 1);
            return new Pairwise(type, Op.iter(args[0]));
        }).doc("Return an iterator of overlapping pairs taken from the input iterator.\n\n"
                + "    s -> (s0,s1), (s1,s2), (s2, s3), ...");
    }

    // ---- islice

    static final class ISlice extends It {
        private Object it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        ISlice(PyType type, Object it, long start, long stop, long step) {
            super(type);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        synchronized Object next() {
            Object source = it;
            if (source == null) {
                return null;
            }
            while (cnt < next) {
                if (Op.next(source) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            Object x = Op.next(source);
            if (x == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return x;
        }
    }

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDICES_MSG =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /** {@code PyNumber_AsSsize_t(o, OverflowError)} with its error cleared: -1 for a non-integer or past 64 bits. */
    private static long asSsize(Object o) {
        if (!(o instanceof Long || o instanceof Boolean || o instanceof BigInteger)
                && PyType.of(o).unary(Slot.INDEX) == null
                && !(org.jyston.api.object.Derived.unwrap(o) instanceof Long)
                && !(org.jyston.api.object.Derived.unwrap(o) instanceof BigInteger)) {
            return -1;
        }
        Object v;
        try {
            v = Op.index(o);
        } catch (org.jyston.api.object.PyException e) {
            return -1;
        }
        if (v instanceof Long l) {
            return l;
        }
        return -1; // CPython converts with OverflowError, which islice turns into its ValueError
    }

    static TypeSpec isliceSpec() {
        return It.spec("islice", true, (type, args, kw) -> {
            if (ClinicArgs.nkw(kw) > 0 && !type.isHeapType()) {
                throw Errors.typeError("islice() takes no keyword arguments");
            }
            int n = args.length - ClinicArgs.nkw(kw);
            ClinicArgs.positional("islice", n, 2, 4);
            long start = 0;
            long stop = -1;
            long step = 1;
            if (n == 2) {
                if (args[1] != NONE) {
                    stop = asSsize(args[1]);
                    if (stop == -1) {
                        throw Errors.valueError(STOP_MSG);
                    }
                }
            } else {
                if (args[1] != NONE) {
                    start = asSsize(args[1]);
                }
                if (args[2] != NONE) {
                    stop = asSsize(args[2]);
                    if (stop == -1) {
                        throw Errors.valueError(STOP_MSG);
                    }
                }
            }
            if (start < 0 || stop < -1) {
                throw Errors.valueError(INDICES_MSG);
            }
            if (n == 4 && args[3] != NONE) {
                step = asSsize(args[3]);
            }
            if (step < 1) {
                throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
            return new ISlice(type, Op.iter(args[0]), start, stop, step);
        }).doc("islice(iterable, stop) --> islice object\n"
                + "islice(iterable, start, stop[, step]) --> islice object\n\n"
                + "Return an iterator whose next() method returns selected values from an\n"
                + "iterable.  If start is specified, will skip all preceding elements;\n"
                + "otherwise, start defaults to zero.  Step defaults to one.  If\n"
                + "specified as another value, step determines how many values are\n"
                + "skipped between successive calls.  Works like a slice() on a list\n"
                + "but returns an iterator.");
    }

    // ---- zip_longest

    static final class ZipLongest extends It {
        private final Object[] its;
        private int active;
        private final Object fill;

        ZipLongest(PyType type, Object[] its, Object fill) {
            super(type);
            this.its = its;
            this.active = its.length;
            this.fill = fill;
        }

        @Override
        synchronized Object next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object it = its[i];
                Object x;
                if (it == null) {
                    x = fill;
                } else {
                    try {
                        x = Op.next(it);
                    } catch (RuntimeException e) {
                        active = 0;
                        throw e;
                    }
                    if (x == null) {
                        active--;
                        if (active == 0) {
                            return null;
                        }
                        x = fill;
                        its[i] = null;
                    }
                }
                out[i] = x;
            }
            return PyTuple.of(out);
        }
    }

    static TypeSpec zipLongestSpec() {
        return It.spec("zip_longest", true, (type, args, kw) -> {
            int nkw = ClinicArgs.nkw(kw);
            Object fill = NONE;
            if (nkw > 0) {
                if (nkw != 1 || !kw[0].equals("fillvalue")) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = args[args.length - 1];
            }
            Object[] its = new Object[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Op.iter(args[i]);
            }
            return new ZipLongest(type, its, fill);
        }).doc("zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
                + "Return a zip_longest object whose .__next__() method returns a tuple where\n"
                + "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
                + "method continues until the longest iterable in the argument sequence\n"
                + "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
                + "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
                + "defaults to None or can be specified by a keyword argument.\n");
    }
}
