package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PySet;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;

/** List, tuple, set and dict displays (with {@code *} and {@code **} unpacking), and slices. */
final class Displays {
    private Displays() {}

    /** Elements of a display; a starred one is spread from its iterable. */
    static Object[] items(ExprNode[] elts, boolean[] starred, Frame f, Pos pos) {
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        if (!any) {
            Object[] out = new Object[elts.length];
            for (int i = 0; i < elts.length; i++) {
                out[i] = elts[i].eval(f);
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < elts.length; i++) {
            Object v = elts[i].eval(f);
            if (starred[i]) {
                spread(v, out, f, pos);
            } else {
                out.add(v);
            }
        }
        return out.toArray();
    }

    static void spread(Object iterable, List<Object> out, Frame f, Pos pos) {
        try {
            Object it = Op.iter(iterable);
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                out.add(x);
            }
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }

    enum Kind { LIST, TUPLE, SET }

    private static boolean any(boolean[] flags) {
        for (boolean b : flags) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    static final class Sequence extends ExprNode {
        private final Kind kind;
        private final ExprNode[] elts;
        private final boolean[] starred;
        private final Pos pos;

        Sequence(Kind kind, ExprNode[] elts, boolean[] starred, Pos pos) {
            this.kind = kind;
            this.elts = elts;
            this.starred = starred;
            this.pos = pos;
        }

        private boolean anyStarred() {
            return any(starred);
        }

        private Object starredSet(Frame f) {
            PySet s = new PySet();
            try {
                for (int i = 0; i < elts.length; i++) {
                    Object v = elts[i].eval(f);
                    if (starred[i]) {
                        SetUpdate.update(s, v, f, pos);
                    } else {
                        s.add(v);
                    }
                }
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return s;
        }

        @Override
        Object eval(Frame f) {
            if (kind == Kind.SET && anyStarred()) {
                return starredSet(f);
            }
            Object[] items = items(elts, starred, f, pos);
            switch (kind) {
                case LIST:
                    return new PyList(items);
                case TUPLE:
                    return PyTuple.wrap(items);
                default:
                    PySet s = new PySet();
                    try {
                        for (Object o : items) {
                            s.add(o);
                        }
                    } catch (PyException e) {
                        throw f.at(e, pos);
                    }
                    return s;
            }
        }
    }

    /**
     * A set display whose elements are all constants: CPython compiles it to a frozenset constant
     * (more than two elements in a display, any number as the iterable of a {@code for} or a
     * comprehension), and its constant merging builds that frozenset a second time from the first
     * one's iteration order. The layout, and so the iteration order, of the result depends on that
     * history, so it is repeated here once (on first use: the elements are constants). A display
     * makes a new set merged from the constant each time; an iterable is the frozenset itself.
     */
    static final class ConstSet extends ExprNode {
        /** The frozenset constant, made on first use and shared by equal displays of a module. */
        static final class Holder {
            /** The elements of the first display compiled with this value: they decide the layout. */
            final ExprNode[] elts;
            volatile org.jyston.api.object.PyFrozenSet constant;

            Holder(ExprNode[] elts) {
                this.elts = elts;
            }
        }

        private final ExprNode[] elts;
        private final boolean display;
        private final Holder holder;
        private final Pos pos;

        ConstSet(boolean display, Holder holder, Pos pos) {
            this.elts = holder.elts;
            this.display = display;
            this.holder = holder;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            org.jyston.api.object.PyFrozenSet c = holder.constant;
            if (c == null) {
                try {
                    PySet first = new PySet();
                    for (ExprNode e : elts) {
                        first.add(e.eval(f));
                    }
                    c = new org.jyston.api.object.PyFrozenSet();
                    for (Object x : first.toArray()) {
                        c.add(x);
                    }
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                holder.constant = c;
            }
            if (!display) {
                return c;
            }
            PySet s = new PySet();
            s.update(c);
            return s;
        }
    }

    /** {@code {a, *b, c}}: a starred set is merged and an exact dict presizes, as CPython's SET_UPDATE does. */
    private static final class SetUpdate {
        private SetUpdate() {}

        static void update(PySet s, Object v, Frame f, Pos pos) {
            if (v instanceof PySet o) {
                s.update(o);
                return;
            }
            List<Object> out = new ArrayList<>();
            spread(v, out, f, pos);
            if (v != null && v.getClass() == PyDict.class) {
                s.presize(out.size());
            }
            for (Object x : out) {
                s.add(x);
            }
        }
    }

    /** {@code {k: v, **m}}: a null key marks a {@code **} entry. */
    static final class Dict extends ExprNode {
        private final ExprNode[] keys;
        private final ExprNode[] values;
        private final Pos pos;

        Dict(ExprNode[] keys, ExprNode[] values, Pos pos) {
            this.keys = keys;
            this.values = values;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = values[i].eval(f);
                    try {
                        merge(d, m);
                    } catch (PyException e) {
                        throw f.at(e, pos);
                    }
                } else {
                    Object k = keys[i].eval(f);
                    Object v = values[i].eval(f);
                    try {
                        d.put(k, v);
                    } catch (PyException e) {
                        throw f.at(e, pos);
                    }
                }
            }
            return d;
        }

        static void merge(PyDict d, Object mapping) {
            if (mapping instanceof PyDict src && PyDict.mergesByStorage(src)) {
                for (Object k : src.keys()) {
                    d.put(k, src.get(k));
                }
                return;
            }
            Object keysFn;
            try {
                keysFn = Attrs.get(mapping, "keys");
            } catch (PyException e) {
                throw Errors.typeError("'" + Op.typeName(mapping) + "' object is not a mapping");
            }
            Object it = Op.iter(Op.call(keysFn));
            for (Object k = Op.next(it); k != null; k = Op.next(it)) {
                d.put(k, Op.getitem(mapping, k));
            }
        }
    }

    /** {@code a:b:c} inside a subscript. */
    static final class Slice extends ExprNode {
        private final ExprNode lower;
        private final ExprNode upper;
        private final ExprNode step;

        Slice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        Object eval(Frame f) {
            Object none = org.jyston.api.object.PyNone.None;
            return new PySlice(lower == null ? none : lower.eval(f), upper == null ? none : upper.eval(f),
                    step == null ? none : step.eval(f));
        }
    }
}
