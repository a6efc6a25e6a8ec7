package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;

/** Somewhere a value can be stored, and deleted from: a name, an item, an attribute, a tuple of targets. */
abstract class Target {
    abstract void store(Frame f, Object value);

    /** {@code del target}: raises as CPython does when there is nothing to delete. */
    void delete(Frame f) {
        throw Errors.systemError("cannot delete this target");
    }

    /** Unbinds without complaint (the end of {@code except ... as name}). */
    void clear(Frame f) {
        try {
            delete(f);
        } catch (PyException e) {
            // already unbound: nothing to do
        }
    }

    static final class Local extends Target {
        private final int slot;
        private final String name;

        Local(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        void store(Frame f, Object value) {
            f.locals[slot] = value;
        }

        @Override
        void delete(Frame f) {
            if (f.locals[slot] == null) {
                throw Names.unboundLocal(name);
            }
            f.locals[slot] = null;
        }
    }

    static final class Global extends Target {
        private final String name;

        Global(String name) {
            this.name = name;
        }

        @Override
        void store(Frame f, Object value) {
            f.globals.put(name, value);
        }

        @Override
        void delete(Frame f) {
            if (f.globals.remove(name) == null) {
                throw Errors.nameError(name);
            }
        }
    }

    /** {@code obj[key] = value}. */
    static final class Item extends Target {
        private final ExprNode obj;
        private final ExprNode key;
        private final Pos pos;

        Item(ExprNode obj, ExprNode key, Pos pos) {
            this.obj = obj;
            this.key = key;
            this.pos = pos;
        }

        @Override
        void store(Frame f, Object value) {
            Object o = obj.eval(f);
            Object k = key.eval(f);
            if (InlineArith.setItem(o, k, value)) {
                return;
            }
            try {
                Op.setitem(o, k, value);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }

        @Override
        void delete(Frame f) {
            Object o = obj.eval(f);
            Object k = key.eval(f);
            try {
                Op.delitem(o, k);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    /** {@code obj.name = value}. */
    static final class Attr extends Target {
        private final ExprNode obj;
        private final String name;
        private final AttrCache cache;
        private final Pos pos;

        Attr(ExprNode obj, String name, Pos pos) {
            this.obj = obj;
            this.name = name;
            this.cache = new AttrCache(name);
            this.pos = pos;
        }

        @Override
        void store(Frame f, Object value) {
            Object o = obj.eval(f);
            try {
                cache.store(o, value);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }

        @Override
        void delete(Frame f) {
            Object o = obj.eval(f);
            try {
                Attrs.delete(o, name);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    /**
     * {@code a, b = v} and {@code a, *rest, z = v}: any iterable, with CPython's messages for the
     * wrong number of values.
     */
    static final class Unpack extends Target {
        private final Target[] elts;
        /** Index of the starred target, or -1. */
        private final int star;
        private final Pos pos;

        Unpack(Target[] elts, int star, Pos pos) {
            this.elts = elts;
            this.star = star;
            this.pos = pos;
        }

        @Override
        void store(Frame f, Object value) {
            Object[] items;
            try {
                items = values(value);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            if (star < 0) {
                for (int i = 0; i < elts.length; i++) {
                    elts[i].store(f, items[i]);
                }
                return;
            }
            int after = elts.length - star - 1;
            for (int i = 0; i < star; i++) {
                elts[i].store(f, items[i]);
            }
            int restLen = items.length - star - after;
            Object[] rest = new Object[restLen];
            System.arraycopy(items, star, rest, 0, restLen);
            elts[star].store(f, new PyList(rest));
            for (int i = 0; i < after; i++) {
                elts[star + 1 + i].store(f, items[star + restLen + i]);
            }
        }

        private Object[] values(Object value) {
            Object it;
            try {
                it = Op.iter(value);
            } catch (PyException e) {
                if (e.type() == Errors.TypeError.get() && org.jyston.api.object.PyType.of(value)
                        .unary(org.jyston.api.object.Slot.ITER) == null) {
                    throw Errors.typeError("cannot unpack non-iterable " + Op.typeName(value) + " object");
                }
                throw e;
            }
            int n = elts.length;
            if (star < 0) {
                Object[] out = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = Op.next(it);
                    if (v == null) {
                        throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                    }
                    out[i] = v;
                }
                if (Op.next(it) != null) {
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
                return out;
            }
            List<Object> all = new ArrayList<>();
            for (Object v = Op.next(it); v != null; v = Op.next(it)) {
                all.add(v);
            }
            if (all.size() < n - 1) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                        + all.size() + ")");
            }
            return all.toArray();
        }

        @Override
        void delete(Frame f) {
            for (Target t : elts) {
                t.delete(f);
            }
        }
    }
}
