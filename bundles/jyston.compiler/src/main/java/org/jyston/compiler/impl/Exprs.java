package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;

/** The tier 0 expression nodes. Each node that can fail notes its position on the way out. */
final class Exprs {
    private Exprs() {}

    static final class Constant extends ExprNode {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            return value;
        }
    }

    /** A function local, at its slot. */
    static final class LoadLocal extends ExprNode {
        private final int slot;
        private final String name;
        private final Pos pos;

        LoadLocal(int slot, String name, Pos pos) {
            this.slot = slot;
            this.name = name;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = f.locals[slot];
            if (v == null) {
                throw f.at(Errors.raise(Errors.UnboundLocalError,
                        "cannot access local variable '" + name + "' where it is not associated with a value"), pos);
            }
            return v;
        }
    }

    /**
     * A global (or builtin) name, as a function body reads it. An inline cache remembers where the
     * name was found (the dictionary, its version, the entry), so a hit is two volatile reads and
     * an array load, whatever the size of the module; adding or removing any key of the globals
     * (or, for a builtin, of the builtins) invalidates it.
     */
    static final class LoadGlobal extends ExprNode {
        /** Where the name was found; immutable, so it is published whole. */
        private record Hit(PyDict globals, int globalsVersion, PyDict dict, int version, int entry) {}

        private final String name;
        private final Pos pos;
        private Hit hit;

        LoadGlobal(String name, Pos pos) {
            this.name = name;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Hit h = hit;
            if (h != null && h.globals == f.globals && h.globals.version() == h.globalsVersion
                    && h.dict.version() == h.version) {
                Object v = h.dict.valueAt(h.entry);
                if (v != null && h.dict.version() == h.version && h.globals.version() == h.globalsVersion) {
                    return v;
                }
            }
            return lookup(f);
        }

        private Object lookup(Frame f) {
            PyDict g = f.globals;
            int gv = g.version();
            int e = g.indexOf(name);
            if (e >= 0) {
                Object v = g.valueAt(e);
                if (v != null) {
                    hit = new Hit(g, gv, g, gv, e);
                    return v;
                }
            }
            PyDict b = f.builtins;
            int bv = b.version();
            e = b.indexOf(name);
            if (e >= 0) {
                Object v = b.valueAt(e);
                if (v != null) {
                    hit = new Hit(g, gv, b, bv, e);
                    return v;
                }
            }
            throw f.at(Errors.nameError(name), pos);
        }
    }

    static final class Binary extends ExprNode {
        private final ExprNode left;
        private final ExprNode right;
        private final Slot op;
        private final Pos pos;
        private final BinaryCache cache = new BinaryCache();
        private final int inline;

        Binary(ExprNode left, Slot op, ExprNode right, Pos pos) {
            this.left = left;
            this.right = right;
            this.op = op;
            this.pos = pos;
            this.inline = InlineArith.code(op);
        }

        @Override
        Object eval(Frame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            if (inline != InlineArith.NONE) {
                Object r = InlineArith.apply(inline, a, b);
                if (r != null) {
                    return r;
                }
            }
            try {
                Object r = cache.apply(op, a, b);
                return r != null ? r : Op.binary(op, a, b);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    static final class Unary extends ExprNode {
        private final ExprNode operand;
        private final Slot op;
        private final Pos pos;

        Unary(Slot op, ExprNode operand, Pos pos) {
            this.operand = operand;
            this.op = op;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = operand.eval(f);
            try {
                return Op.unary(op, v);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    static final class Not extends ExprNode {
        private final ExprNode operand;
        private final Pos pos;

        Not(ExprNode operand, Pos pos) {
            this.operand = operand;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            return test(f); // test() is already the negation
        }

        @Override
        boolean test(Frame f) {
            try {
                return !operand.test(f);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    /** {@code a and b and c} / {@code a or b or c}: the first deciding operand's value. */
    static final class BoolOp extends ExprNode {
        private final ExprNode[] values;
        private final boolean isAnd;
        private final Pos pos;

        BoolOp(ExprNode[] values, boolean isAnd, Pos pos) {
            this.values = values;
            this.isAnd = isAnd;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            int last = values.length - 1;
            for (int i = 0; i < last; i++) {
                Object v = values[i].eval(f);
                boolean t;
                try {
                    t = v instanceof Boolean b ? b : Op.isTrue(v);
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                if (t != isAnd) {
                    return v;
                }
            }
            return values[last].eval(f); // its truth is not needed for the value
        }

        /** In a condition: each operand tested once, the last one's truth being the answer. */
        @Override
        boolean test(Frame f) {
            for (ExprNode n : values) {
                boolean t;
                try {
                    t = n.test(f);
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                if (t != isAnd) {
                    return t;
                }
            }
            return isAnd;
        }
    }

    /**
     * A comparison chain {@code a < b <= c}: each operand evaluated once, stopping at the first false
     * link, whose result is the value.
     */
    static final class Compare extends ExprNode {
        private final ExprNode left;
        private final CompareOp[] ops;
        /** The rich-comparison slot of each link, or null for is/in, which have no cache. */
        private final Slot[] slots;
        private final BinaryCache[] caches;
        private final int[] inline;
        private final ExprNode[] rights;
        private final Pos pos;

        Compare(ExprNode left, CompareOp[] ops, Slot[] slots, ExprNode[] rights, Pos pos) {
            this.left = left;
            this.ops = ops;
            this.slots = slots;
            this.rights = rights;
            this.pos = pos;
            this.caches = new BinaryCache[ops.length];
            this.inline = new int[ops.length];
            for (int i = 0; i < ops.length; i++) {
                caches[i] = slots[i] == null ? null : new BinaryCache();
                inline[i] = slots[i] == null ? InlineArith.NONE : InlineArith.code(slots[i]);
            }
        }

        @Override
        boolean test(Frame f) {
            if (ops.length == 1 && inline[0] != InlineArith.NONE) {
                Object a = left.eval(f);
                Object b = rights[0].eval(f);
                Object r = InlineArith.apply(inline[0], a, b);
                if (r == null) {
                    r = slow(f, 0, a, b);
                }
                return r instanceof Boolean t ? t : Op.isTrue(r);
            }
            return super.test(f);
        }

        private Object slow(Frame f, int i, Object a, Object b) {
            try {
                Object r = caches[i].apply(slots[i], a, b);
                return r != null ? r : ops[i].apply(a, b);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }

        @Override
        Object eval(Frame f) {
            Object a = left.eval(f);
            Object r = null;
            for (int i = 0; i < ops.length; i++) {
                Object b = rights[i].eval(f);
                try {
                    r = inline[i] != InlineArith.NONE ? InlineArith.apply(inline[i], a, b) : null;
                    if (r == null && caches[i] != null) {
                        r = caches[i].apply(slots[i], a, b);
                    }
                    if (r == null) {
                        r = ops[i].apply(a, b);
                    }
                    if (i < ops.length - 1 && !Op.isTrue(r)) {
                        return r;
                    }
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                a = b;
            }
            return r;
        }
    }

    static final class IfExp extends ExprNode {
        private final ExprNode test;
        private final ExprNode body;
        private final ExprNode orelse;

        IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        Object eval(Frame f) {
            return Truth.test(test, f) ? body.eval(f) : orelse.eval(f);
        }
    }

    static final class Tuple extends ExprNode {
        private final ExprNode[] elts;

        Tuple(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        Object eval(Frame f) {
            Object[] items = new Object[elts.length];
            for (int i = 0; i < elts.length; i++) {
                items[i] = elts[i].eval(f);
            }
            return PyTuple.wrap(items);
        }
    }

    static final class Subscript extends ExprNode {
        private final ExprNode value;
        private final ExprNode index;
        private final Pos pos;

        Subscript(ExprNode value, ExprNode index, Pos pos) {
            this.value = value;
            this.index = index;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = value.eval(f);
            Object i = index.eval(f);
            Object r = InlineArith.item(v, i);
            if (r != null) {
                return r;
            }
            try {
                Slot.Binary get = org.jyston.api.object.PyType.of(v).binary(Slot.GETITEM);
                return get != null ? get.apply(v, i) : Op.getitem(v, i);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }

    /** Attribute read through the type's {@code __getattribute__} slot. */
    static final class Attribute extends ExprNode {
        private final ExprNode value;
        private final AttrCache cache;
        private final Pos pos;

        Attribute(ExprNode value, String name, Pos pos) {
            this.value = value;
            this.cache = new AttrCache(name);
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = value.eval(f);
            try {
                return cache.load(v);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }
}
