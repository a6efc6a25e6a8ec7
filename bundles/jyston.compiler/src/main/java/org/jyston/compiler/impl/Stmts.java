package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** The tier 0 statement nodes. */
final class Stmts {
    private Stmts() {}

    static final class ExprStmt extends StmtNode {
        private final ExprNode value;

        ExprStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    static final class Pass extends StmtNode {
        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }

    static final class Signal extends StmtNode {
        private final int signal;

        Signal(int signal) {
            this.signal = signal;
        }

        @Override
        int exec(Frame f) {
            return signal;
        }
    }

    static final class Return extends StmtNode {
        private final ExprNode value;

        Return(ExprNode value) {
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            f.returnValue = value == null ? org.jyston.api.object.PyNone.None : value.eval(f);
            return RETURN;
        }
    }

    /** {@code t1 = t2 = value}: the value once, stored to each target left to right. */
    static final class Assign extends StmtNode {
        private final Target[] targets;
        private final ExprNode value;

        Assign(Target[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            Object v = value.eval(f);
            for (Target t : targets) {
                t.store(f, v);
            }
            return NORMAL;
        }
    }

    /** {@code x += v}: the in-place slot first would need in-place slots; tier 0 uses the binary one. */
    static final class AugAssign extends StmtNode {
        private final ExprNode read;
        private final Target target;
        private final Slot op;
        private final ExprNode value;
        private final Pos pos;

        AugAssign(ExprNode read, Target target, Slot op, ExprNode value, Pos pos) {
            this.read = read;
            this.target = target;
            this.op = op;
            this.value = value;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            Object a = read.eval(f);
            Object b = value.eval(f);
            Object r;
            try {
                r = Op.binary(op, a, b);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            target.store(f, r);
            return NORMAL;
        }
    }

    static final class If extends StmtNode {
        private final ExprNode test;
        private final StmtNode[] body;
        private final StmtNode[] orelse;

        If(ExprNode test, StmtNode[] body, StmtNode[] orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            return block(Truth.test(test, f) ? body : orelse, f);
        }
    }

    static final class While extends StmtNode {
        private final ExprNode test;
        private final StmtNode[] body;
        private final StmtNode[] orelse;

        While(ExprNode test, StmtNode[] body, StmtNode[] orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            while (Truth.test(test, f)) {
                int r = block(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return block(orelse, f);
        }
    }

    /** {@code for target in iterable}: through {@code __iter__} and {@code __next__} until StopIteration. */
    static final class For extends StmtNode {
        private final Target target;
        private final ExprNode iter;
        private final StmtNode[] body;
        private final StmtNode[] orelse;
        private final Pos iterPos;

        For(Target target, ExprNode iter, StmtNode[] body, StmtNode[] orelse, Pos iterPos) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.iterPos = iterPos;
        }

        @Override
        int exec(Frame f) {
            Object iterable = iter.eval(f);
            Object it;
            Slot.Unary next;
            try {
                Slot.Unary getIter = PyType.of(iterable).unary(Slot.ITER);
                if (getIter == null) {
                    throw Errors.typeError("'" + Op.typeName(iterable) + "' object is not iterable");
                }
                it = getIter.apply(iterable);
                next = PyType.of(it).unary(Slot.NEXT);
                if (next == null) {
                    throw Errors.typeError("iter() returned non-iterator of type '" + Op.typeName(it) + "'");
                }
            } catch (PyException e) {
                throw f.at(e, iterPos);
            }
            for (;;) {
                Object v;
                try {
                    v = next.apply(it);
                } catch (PyException e) {
                    if (e.matches(Errors.StopIteration.get())) {
                        break;
                    }
                    throw f.at(e, iterPos);
                }
                target.store(f, v);
                int r = block(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return block(orelse, f);
        }
    }

    /** Unpacks a tuple into targets ({@code a, b = t}); other iterables arrive with the sequence types. */
    static PyTuple unpack(Object v, int n, Frame f, Pos pos) {
        if (!(v instanceof PyTuple t)) {
            throw f.at(Errors.typeError("cannot unpack non-iterable " + Op.typeName(v) + " object"), pos);
        }
        if (t.size() > n) {
            throw f.at(Errors.valueError("too many values to unpack (expected " + n + ")"), pos);
        }
        if (t.size() < n) {
            throw f.at(Errors.valueError("not enough values to unpack (expected " + n + ", got " + t.size() + ")"), pos);
        }
        return t;
    }
}
