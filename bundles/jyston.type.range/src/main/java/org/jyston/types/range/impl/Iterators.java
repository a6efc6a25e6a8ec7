package org.jyston.types.range.impl;

import org.jyston.api.object.BuiltinMethods;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** The builtin iterator types {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}. */
final class Iterators {
    private Iterators() {}

    /** An instance of one of these types (or a subclass: the type is the one {@code __new__} was given). */
    abstract static class Base implements PyObject {
        private final PyType type;

        Base(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        abstract Object next();
    }

    static RuntimeException stop() {
        return Errors.raise(Errors.StopIteration);
    }

    private static TypeSpec spec(String name, Slot.Call newFn, String doc) {
        return new TypeSpec(name).flag(TypeSpec.Flag.BASETYPE).doc(doc)
                .call(Slot.NEW, newFn)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Base) self).next());
    }

    // ---- enumerate

    static TypeSpec enumerateSpec() {
        TypeSpec s = spec("enumerate", Iterators::newEnumerate,
                "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                        + "The enumerate object yields pairs containing a count (from start, which\n"
                        + "defaults to zero) and a value yielded by the iterable argument.\n\n"
                        + "enumerate is useful for obtaining an indexed list:\n"
                        + "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
        return IterPickling.methods(s, "enumerate", Enumerate.class, self -> {
            Enumerate e = (Enumerate) self;
            return PyTuple.of(e.getType(), PyTuple.of(e.iterator, e.count));
        }, null);
    }

    private static Object newEnumerate(Object type, Object[] args, String[] kw) {
        int nkw = BuiltinMethods.nkw(kw);
        int npos = args.length - nkw;
        int total = args.length;
        if (total > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + total + " given)");
        }
        if (total == 0) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        // As CPython's fast path: one keyword must be the one its position leaves ('iterable' alone,
        // 'start' after a positional iterable); two keywords are matched by name.
        Object iterable = npos > 0 ? args[0] : null;
        Object start = npos > 1 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            String name = kw[i];
            boolean ok = nkw == 2 ? name.equals("iterable") || name.equals("start")
                    : name.equals(total == 1 ? "iterable" : "start");
            if (!ok) {
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for enumerate()");
            }
            if (name.equals("iterable")) {
                iterable = args[npos + i];
            } else {
                start = args[npos + i];
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        Object it = Op.iter(iterable);
        Object count = start == null ? (Object) 0L : Op.index(start);
        if (count instanceof Boolean b) {
            count = b ? 1L : 0L;
        }
        return new Enumerate((PyType) type, it, count);
    }

    static final class Enumerate extends Base {
        private final Object iterator;
        private Object count;

        Enumerate(PyType type, Object iterator, Object count) {
            super(type);
            this.iterator = iterator;
            this.count = count;
        }

        @Override
        Object next() {
            Object item = Op.next(iterator);
            if (item == null) {
                throw stop();
            }
            Object n = count;
            if (n instanceof Long l && l != Long.MAX_VALUE) {
                count = l + 1;
            } else {
                count = Ints.norm(Ints.big(n).add(BigInteger.ONE));
            }
            return PyTuple.of(n, item);
        }
    }

    // ---- zip

    static TypeSpec zipSpec() {
        TypeSpec s = spec("zip", Iterators::newZip,
                "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
                        + "   >>> list(zip('abcdefg', range(3), range(4)))\n"
                        + "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
                        + "The zip object yields n-length tuples, where n is the number of iterables\n"
                        + "passed as positional arguments to zip().  The i-th element in every tuple\n"
                        + "comes from the i-th iterable argument to zip().  This continues until the\n"
                        + "shortest argument is exhausted.\n\n"
                        + "If strict is true and one of the arguments is exhausted before the others,\n"
                        + "raise a ValueError.");
        // the state is strictness: (zip, iterators, True) for a strict zip
        return IterPickling.methods(s, "zip", Zip.class, self -> {
            Zip z = (Zip) self;
            PyTuple its = PyTuple.of(z.iterators.clone());
            return z.strict ? PyTuple.of(z.getType(), its, true) : PyTuple.of(z.getType(), its);
        }, (self, state) -> ((Zip) self).strict = Op.isTrue(state));
    }

    private static Object newZip(Object type, Object[] args, String[] kw) {
        int nkw = BuiltinMethods.nkw(kw);
        int npos = args.length - nkw;
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("strict")) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for zip()");
            }
            strict = Op.isTrue(args[npos + i]);
        }
        Object[] its = new Object[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Op.iter(args[i]);
        }
        return new Zip((PyType) type, its, strict);
    }

    static final class Zip extends Base {
        private final Object[] iterators;
        private volatile boolean strict;

        Zip(PyType type, Object[] iterators, boolean strict) {
            super(type);
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        Object next() {
            int n = iterators.length;
            if (n == 0) {
                throw stop();
            }
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                Object x = Op.next(iterators[i]);
                if (x == null) {
                    if (strict) {
                        strictCheck(i);
                    }
                    throw stop();
                }
                items[i] = x;
            }
            return PyTuple.wrap(items);
        }

        private void strictCheck(int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " 1" : "s 1-" + i));
            }
            for (int j = 1; j < iterators.length; j++) {
                if (Op.next(iterators[j]) != null) {
                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " 1" : "s 1-" + j));
                }
            }
        }
    }

    // ---- map

    static TypeSpec mapSpec() {
        TypeSpec s = spec("map", Iterators::newMap,
                "map(func, *iterables) --> map object\n\n"
                        + "Make an iterator that computes the function using arguments from\n"
                        + "each of the iterables.  Stops when the shortest iterable is exhausted.");
        return IterPickling.methods(s, "map", MapIter.class, self -> {
            MapIter m = (MapIter) self;
            Object[] args = new Object[m.iterators.length + 1];
            args[0] = m.function;
            System.arraycopy(m.iterators, 0, args, 1, m.iterators.length);
            return PyTuple.of(m.getType(), PyTuple.of(args));
        }, null);
    }

    private static Object newMap(Object type, Object[] args, String[] kw) {
        if (BuiltinMethods.nkw(kw) > 0 && ((PyType) type).getName().equals("map")) {
            throw Errors.typeError("map() takes no keyword arguments");
        }
        int npos = args.length - BuiltinMethods.nkw(kw);
        if (npos < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        Object[] its = new Object[npos - 1];
        for (int i = 1; i < npos; i++) {
            its[i - 1] = Op.iter(args[i]);
        }
        return new MapIter((PyType) type, args[0], its);
    }

    static final class MapIter extends Base {
        private final Object function;
        private final Object[] iterators;

        MapIter(PyType type, Object function, Object[] iterators) {
            super(type);
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        Object next() {
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < items.length; i++) {
                Object x = Op.next(iterators[i]);
                if (x == null) {
                    throw stop();
                }
                items[i] = x;
            }
            return Op.call(function, items, null);
        }
    }

    // ---- filter

    static TypeSpec filterSpec() {
        TypeSpec s = spec("filter", Iterators::newFilter,
                "filter(function or None, iterable) --> filter object\n\n"
                        + "Return an iterator yielding those items of iterable for which function(item)\n"
                        + "is true. If function is None, return the items that are true.");
        return IterPickling.methods(s, "filter", Filter.class, self -> {
            Filter f = (Filter) self;
            return PyTuple.of(f.getType(), PyTuple.of(f.function, f.iterator));
        }, null);
    }

    private static Object newFilter(Object type, Object[] args, String[] kw) {
        if (BuiltinMethods.nkw(kw) > 0 && ((PyType) type).getName().equals("filter")) {
            throw Errors.typeError("filter() takes no keyword arguments");
        }
        int npos = args.length - BuiltinMethods.nkw(kw);
        if (npos != 2) {
            throw Errors.typeError("filter expected 2 arguments, got " + npos);
        }
        return new Filter((PyType) type, args[0], Op.iter(args[1]));
    }

    static final class Filter extends Base {
        private final Object function;
        private final Object iterator;

        Filter(PyType type, Object function, Object iterator) {
            super(type);
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        Object next() {
            for (Object x; (x = Op.next(iterator)) != null;) {
                boolean ok = function == PyNone.None ? Op.isTrue(x) : Op.isTrue(Op.call(function, x));
                if (ok) {
                    return x;
                }
            }
            throw stop();
        }
    }

    // ---- reversed

    static TypeSpec reversedSpec() {
        TypeSpec s = spec("reversed", Iterators::newReversed, "Return a reverse iterator over the values of the given sequence.")
                .attribute("__length_hint__", BuiltinMethods.method("reversed", Reversed.class, "__length_hint__",
                        (self, a, k) -> {
                            BuiltinMethods.none("reversed.__length_hint__", a, k);
                            return ((Reversed) self).lengthHint();
                        }))
                // as CPython's: (reversed, (seq,), index), or (reversed, ((),)) once exhausted
                .attribute("__reduce__", BuiltinMethods.method("reversed", Reversed.class, "__reduce__",
                        (self, a, k) -> {
                            BuiltinMethods.none("reversed.__reduce__", a, k);
                            Reversed r = (Reversed) self;
                            if (r.seq == null) {
                                return org.jyston.api.object.PyTuple.of(r.getType(),
                                        org.jyston.api.object.PyTuple.of(org.jyston.api.object.PyTuple.of()));
                            }
                            return org.jyston.api.object.PyTuple.of(r.getType(),
                                    org.jyston.api.object.PyTuple.of(r.seq), r.index);
                        }))
                .attribute("__setstate__", BuiltinMethods.method("reversed", Reversed.class, "__setstate__",
                        (self, a, k) -> {
                            if (a.length != 1 || BuiltinMethods.nkw(k) > 0) {
                                throw Errors.typeError("reversed.__setstate__() takes exactly one argument ("
                                        + a.length + " given)");
                            }
                            Reversed r = (Reversed) self;
                            long i = Op.indexAsLong(a[0], "index");
                            if (r.seq != null) {
                                long n = Op.len(r.seq);
                                r.index = Math.max(-1, Math.min(i, n - 1));
                            }
                            return PyNone.None;
                        }));
        return IterPickling.methods(s, "reversed", Reversed.class, self -> ((Reversed) self).reduce(),
                (self, state) -> ((Reversed) self).setState(IterPickling.index(state)));
    }

    private static Object newReversed(Object type, Object[] args, String[] kw) {
        PyType t = (PyType) type;
        if (BuiltinMethods.nkw(kw) > 0 && t.getName().equals("reversed")) {
            throw Errors.typeError("reversed() takes no keyword arguments");
        }
        int npos = args.length - BuiltinMethods.nkw(kw);
        if (npos != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + npos);
        }
        Object seq = args[0];
        PyType st = PyType.of(seq);
        Object rev = st.lookup("__reversed__");
        if (rev == PyNone.None) {
            throw Errors.typeError("'" + st.getName() + "' object is not reversible");
        }
        if (rev != null && t.getName().equals("reversed")) {
            return Op.call(rev, seq);
        }
        if (st.slot(Slot.GETITEM) == null || st.getName().equals("dict")) {
            throw Errors.typeError("'" + st.getName() + "' object is not reversible");
        }
        long n = Op.len(seq);
        return new Reversed(t, seq, n - 1);
    }

    static final class Reversed extends Base {
        private Object seq;
        private long index;

        Reversed(PyType type, Object seq, long index) {
            super(type);
            this.seq = seq;
            this.index = index;
        }

        @Override
        Object next() {
            if (seq != null && index >= 0) {
                try {
                    return Op.getitem(seq, index--);
                } catch (PyException e) {
                    if (!e.matches(Errors.IndexError.get()) && !e.matches(Errors.StopIteration.get())) {
                        throw e;
                    }
                }
            }
            index = -1;
            seq = null;
            throw stop();
        }

        long lengthHint() {
            if (seq == null) {
                return 0;
            }
            long n = Op.len(seq);
            return n < index + 1 ? 0 : index + 1;
        }

        /** {@code (reversed, (seq,), index)}, or {@code (reversed, ((),))} once exhausted. */
        Object reduce() {
            Object s = seq;
            return s == null ? PyTuple.of(getType(), PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(getType(), PyTuple.of(s), index);
        }

        /** Clips the index to -1..len-1 of the sequence, as CPython. */
        void setState(long i) {
            Object s = seq;
            if (s != null) {
                long n = Op.len(s);
                index = Math.max(-1, Math.min(i, n - 1));
            }
        }
    }
}
