package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import java.math.BigInteger;
import java.util.ArrayList;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code count}, {@code cycle} and {@code repeat}. */
final class Infinite {
    private Infinite() {}

    // ---- count

    /**
     * {@code count(start=0, step=1)}: with an int start that fits and a step of exactly 1 the
     * count is a primitive {@code long} (CPython's fast mode); otherwise values are added with
     * {@code +}.
     */
    static final class Count extends It {
        private boolean fast;
        private long cnt;
        private Object value;
        private final Object step;

        Count(PyType type, Object start, Object step) {
            super(type);
            this.step = step;
            Object s = Derived.unwrap(start);
            Object st = Derived.unwrap(step);
            boolean stepOne = (st instanceof Long l && l == 1) || st == Boolean.TRUE;
            if (stepOne && (s instanceof Long || s instanceof Boolean) && (start instanceof Long || start instanceof Boolean
                    || start instanceof Derived.Value)) {
                fast = true;
                cnt = s instanceof Boolean b ? (b ? 1 : 0) : (Long) s;
            } else {
                value = start;
            }
        }

        @Override
        synchronized Object next() {
            if (fast) {
                long c = cnt;
                if (c == Long.MAX_VALUE) {
                    fast = false; // past 64 bits the count goes on in arbitrary precision
                    value = BigInteger.valueOf(c).add(BigInteger.ONE);
                    return c;
                }
                cnt = c + 1;
                return c;
            }
            Object v = value;
            value = Op.binary(Slot.ADD, v, step);
            return v;
        }

        synchronized String repr() {
            String name = getType().getSimpleName();
            if (fast) {
                return name + "(" + cnt + ")";
            }
            Object st = Derived.unwrap(step);
            if ((st instanceof Long l && l == 1) || st == Boolean.TRUE) {
                return name + "(" + Op.repr(value) + ")";
            }
            return name + "(" + Op.repr(value) + ", " + Op.repr(step) + ")";
        }

        synchronized Object reduce() {
            Object st = Derived.unwrap(step);
            Object now = fast ? (Object) cnt : value;
            if ((st instanceof Long l && l == 1) || st == Boolean.TRUE) {
                return PyTuple.of(getType(), PyTuple.of(now));
            }
            return PyTuple.of(getType(), PyTuple.of(now, step));
        }
    }

    /** {@code PyNumber_Check}: something with {@code __index__}, {@code __int__} or {@code __float__}, or a complex. */
    static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger) {
            return true;
        }
        PyType t = PyType.of(o);
        return t.unary(Slot.INDEX) != null || t.unary(Slot.INT) != null || t.unary(Slot.FLOAT) != null
                || t.lookup("__complex__") != null || isComplex(t);
    }

    private static boolean isComplex(PyType t) {
        for (PyType b : t.getMro()) {
            if (!b.isHeapType() && b.getName().equals("complex")) {
                return true;
            }
        }
        return false;
    }

    static TypeSpec countSpec() {
        TypeSpec s = It.spec("count", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("count", new String[] {"start", "step"}, 0, 2, 0, args, kw);
            Object start = a[0] == null ? (Object) 0L : a[0];
            Object step = a[1] == null ? (Object) 1L : a[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw Errors.typeError("a number is required");
            }
            return new Count(type, start, step);
        }).doc("Return a count object whose .__next__() method returns consecutive values.\n\n"
                + "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
                + "        while 1:\n            yield x\n            x += step")
                .unary(Slot.REPR, self -> ((Count) self).repr());
        It.method(s, "__reduce__", Count.class, (a, k) -> {
            ClinicArgs.none("count.__reduce__", a, k);
            return ((Count) a[0]).reduce();
        });
        return s;
    }

    // ---- cycle

    static final class Cycle extends It {
        private Object it;
        private final ArrayList<Object> saved = new ArrayList<>();
        private int index;

        Cycle(PyType type, Object it) {
            super(type);
            this.it = it;
        }

        @Override
        synchronized Object next() {
            if (it != null) {
                Object x = Op.next(it);
                if (x != null) {
                    saved.add(x);
                    return x;
                }
                it = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            Object x = saved.get(index);
            index++;
            if (index >= saved.size()) {
                index = 0;
            }
            return x;
        }
    }

    static TypeSpec cycleSpec() {
        return It.spec("cycle", true, (type, args, kw) -> {
            ClinicArgs.noKw("cycle", kw);
            ClinicArgs.positional("cycle", args.length, 1, 1);
            return new Cycle(type, Op.iter(args[0]));
        }).doc("Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
    }

    // ---- repeat

    static final class Repeat extends It {
        private final Object element;
        /** Repetitions left, or -1 for endless. */
        private long cnt;

        Repeat(PyType type, Object element, long cnt) {
            super(type);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        synchronized Object next() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }

        synchronized long left() {
            return cnt;
        }
    }

    static TypeSpec repeatSpec() {
        TypeSpec s = It.spec("repeat", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("repeat", new String[] {"object", "times"}, 0, 2, 1, args, kw);
            long cnt = -1;
            if (a[1] != null) {
                cnt = Math.max(0, ClinicArgs.ssize(a[1]));
            }
            return new Repeat(type, a[0], cnt);
        }).doc("repeat(object [,times]) -> create an iterator which returns the object\n"
                + "for the specified number of times.  If not specified, returns the object\nendlessly.")
                .unary(Slot.REPR, self -> {
                    Repeat r = (Repeat) self;
                    long left = r.left();
                    String name = r.getType().getSimpleName();
                    return left < 0 ? name + "(" + Op.repr(r.element) + ")"
                            : name + "(" + Op.repr(r.element) + ", " + left + ")";
                });
        It.method(s, "__length_hint__", Repeat.class, (a, k) -> {
            ClinicArgs.none("repeat.__length_hint__", a, k);
            long left = ((Repeat) a[0]).left();
            if (left < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return left;
        });
        It.method(s, "__reduce__", Repeat.class, (a, k) -> {
            ClinicArgs.none("repeat.__reduce__", a, k);
            Repeat r = (Repeat) a[0];
            long left = r.left();
            return PyTuple.of(r.getType(), left < 0 ? PyTuple.of(r.element) : PyTuple.of(r.element, left));
        });
        return s;
    }

    static final Object NONE = PyNone.None;
}
