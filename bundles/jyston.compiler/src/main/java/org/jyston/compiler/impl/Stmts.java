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

    /**
     * A call as a statement ({@code f(x)} on its own line). The direct call of a Python function is
     * repeated here rather than reached through {@link Call#eval}: that megamorphic {@code eval}
     * keeps {@link ExprStmt#exec} a JVM frame of its own, and an exception raised by the callee
     * would cross that frame too, each frame costing the JVM a handler lookup as it unwinds. Here
     * the callee's body runs in this method, so a raise crosses one JVM
     * frame per Python frame of such calls.
     */
    static final class CallStmt extends StmtNode {
        private final Call call;

        CallStmt(Call call) {
            this.call = call;
        }

        @Override
        int exec(Frame f) {
            Call c = call;
            Object callee = c.func.eval(f);
            PyFunction fn = c.direct(callee);
            if (fn != null) {
                Frame g = c.enter(f, fn); // the callee's body runs here (see Call#eval)
                FunctionCode code = g.function;
                try {
                    for (StmtNode s : code.body) {
                        g.line = s.line;
                        if (s.exec(g) != NORMAL) {
                            break;
                        }
                    }
                } catch (Throwable t) {
                    throw f.at(code.leaveRaising(g, t), c.pos);
                }
                FunctionCode.leave(g);
            } else {
                c.slow(f, callee);
            }
            return NORMAL;
        }
    }

    /** A method call as a statement ({@code obj.m(x)} on its own line), for the reason of {@link CallStmt}. */
    static final class MethodCallStmt extends StmtNode {
        private final MethodCall call;

        MethodCallStmt(MethodCall call) {
            this.call = call;
        }

        @Override
        int exec(Frame f) {
            MethodCall c = call;
            Object obj = c.receiver.eval(f);
            PyFunction fn = c.cache.method(obj);
            if (c.takesDirect(fn)) {
                Frame g = c.enter(f, obj, fn); // the callee's body runs here (see Call#eval)
                FunctionCode code = g.function;
                try {
                    for (StmtNode s : code.body) {
                        g.line = s.line;
                        if (s.exec(g) != NORMAL) {
                            break;
                        }
                    }
                } catch (Throwable t) {
                    throw f.at(code.leaveRaising(g, t), c.pos);
                }
                FunctionCode.leave(g);
            } else {
                c.rest(f, obj, fn);
            }
            return NORMAL;
        }
    }

    /**
     * An expression statement of code compiled in "single" mode (CPython's PRINT_EXPR): the value
     * goes to {@code sys.displayhook}, found through {@code __import__} when the statement runs.
     */
    static final class DisplayStmt extends StmtNode {
        private final ExprNode value;

        DisplayStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            Object v = value.eval(f);
            Object importer = f.builtins.get("__import__");
            Object hook = null;
            if (importer != null) {
                Object sys = org.jyston.api.object.Op.call(importer, "sys");
                try {
                    hook = org.jyston.api.object.Op.getattr(sys, "displayhook");
                } catch (org.jyston.api.object.PyException e) {
                    if (!e.matches(org.jyston.api.object.Errors.AttributeError.get())) {
                        throw e;
                    }
                }
            }
            if (hook == null) {
                throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.RuntimeError,
                        "lost sys.displayhook");
            }
            org.jyston.api.object.Op.call(hook, v);
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
        /** int and float have no in-place slots: their += is their +, which may be computed inline. */
        private final int inline;

        AugAssign(ExprNode read, Target target, Slot op, ExprNode value, Pos pos) {
            this.read = read;
            this.target = target;
            this.op = op;
            this.value = value;
            this.pos = pos;
            this.inline = InlineArith.code(op);
        }

        @Override
        int exec(Frame f) {
            Object a = read.eval(f);
            Object b = value.eval(f);
            Object r = inline == InlineArith.NONE ? null : InlineArith.apply(inline, a, b);
            if (r == null) {
                try {
                    r = Op.inplace(op, a, b);
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
            }
            target.store(f, r);
            return NORMAL;
        }
    }

    /** {@code obj.name op= value}: the object is evaluated once. */
    static final class AugAttr extends StmtNode {
        private final ExprNode obj;
        private final String name;
        private final Slot op;
        private final ExprNode value;
        private final Pos pos;

        private final AttrCache loadCache;
        private final AttrCache storeCache;

        AugAttr(ExprNode obj, String name, Slot op, ExprNode value, Pos pos) {
            this.obj = obj;
            this.name = name;
            this.loadCache = new AttrCache(name);
            this.storeCache = new AttrCache(name);
            this.op = op;
            this.value = value;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            Object o = obj.eval(f);
            try {
                Object a = loadCache.load(o);
                Object b = value.eval(f);
                storeCache.store(o, Op.inplace(op, a, b));
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return NORMAL;
        }
    }

    /** {@code obj[key] op= value}: object and key are evaluated once. */
    static final class AugItem extends StmtNode {
        private final ExprNode obj;
        private final ExprNode key;
        private final Slot op;
        private final ExprNode value;
        private final Pos pos;

        private final int inline;

        AugItem(ExprNode obj, ExprNode key, Slot op, ExprNode value, Pos pos) {
            this.obj = obj;
            this.key = key;
            this.op = op;
            this.value = value;
            this.pos = pos;
            this.inline = InlineArith.code(op);
        }

        @Override
        int exec(Frame f) {
            Object o = obj.eval(f);
            Object k = key.eval(f);
            try {
                Object a = InlineArith.item(o, k);
                if (a == null) {
                    a = Op.getitem(o, k);
                }
                Object b = value.eval(f);
                Object r = inline == InlineArith.NONE ? null : InlineArith.apply(inline, a, b);
                if (r == null) {
                    r = Op.inplace(op, a, b);
                }
                if (!InlineArith.setItem(o, k, r)) {
                    Op.setitem(o, k, r);
                }
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return NORMAL;
        }
    }

    /** Several statements made from one (an annotated assignment that also records its annotation). */
    static final class Block extends StmtNode {
        private final StmtNode[] body;

        Block(StmtNode[] body) {
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            return block(body, f);
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
                if (r == RETURN || r == YIELD) {
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

        /** Where an error from the iterator's {@code __next__} is shown: the whole statement. */
        private Pos stmtPos;

        For at(Pos statement) {
            this.stmtPos = statement;
            return this;
        }

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
            try {
                it = Op.iter(iterable);
            } catch (PyException e) {
                throw f.at(e, iterPos);
            }
            for (;;) {
                Object v;
                try {
                    v = Op.next(it);
                } catch (PyException e) {
                    throw f.at(e, stmtPos != null ? stmtPos : iterPos);
                }
                if (v == null) {
                    break;
                }
                target.store(f, v);
                int r = block(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN || r == YIELD) {
                    return r;
                }
            }
            return block(orelse, f);
        }
    }
}
