package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;

/**
 * Statements of a generator body that contain a {@code yield}. A yield returns {@link StmtNode#YIELD}
 * up through these nodes, each having saved where it was in a frame slot of its own; resuming runs
 * the body again with {@link Frame#resuming} set, and each node goes straight back to that place.
 * Statements without a yield are the ordinary nodes and run to completion as usual.
 */
final class Resumable {
    private Resumable() {}

    /** A block: the index of the statement that yielded. */
    static final class Block extends StmtNode {
        private final StmtNode[] body;
        private final boolean[] canYield;
        private final int slot;

        Block(StmtNode[] body, boolean[] canYield, int slot) {
            this.body = body;
            this.canYield = canYield;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            int i = f.resuming ? (Integer) f.locals[slot] : 0;
            for (; i < body.length; i++) {
                if (canYield[i]) {
                    f.locals[slot] = i;
                }
                f.line = body[i].line;
                int r = body[i].exec(f);
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    static final class If extends StmtNode {
        private final ExprNode test;
        private final StmtNode body;
        private final StmtNode orelse;
        private final int slot;

        If(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            boolean branch;
            if (f.resuming) {
                branch = (Boolean) f.locals[slot];
            } else {
                branch = Truth.test(test, f);
                f.locals[slot] = branch;
            }
            return (branch ? body : orelse).exec(f);
        }
    }

    static final class While extends StmtNode {
        private final ExprNode test;
        private final StmtNode body;
        private final StmtNode orelse;
        private final int slot;

        While(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            boolean inBody = false;
            if (f.resuming) {
                if (f.locals[slot] == Boolean.FALSE) {
                    return orelse.exec(f);
                }
                inBody = true;
            }
            for (;;) {
                if (!inBody && !Truth.test(test, f)) {
                    f.locals[slot] = Boolean.FALSE;
                    return orelse.exec(f);
                }
                inBody = false;
                f.locals[slot] = Boolean.TRUE;
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN || r == YIELD) {
                    return r;
                }
            }
        }
    }

    /**
     * A while loop whose condition yields: the condition's lowered steps ({@link YieldLowering}) run
     * before each test. The slot says where it is: the steps, the body, or the else block.
     */
    static final class WhileWithSteps extends StmtNode {
        private static final Integer STEPS = 0;
        private static final Integer BODY = 1;
        private static final Integer ELSE = 2;

        private final StmtNode steps;
        private final ExprNode test;
        private final StmtNode body;
        private final StmtNode orelse;
        private final int slot;

        WhileWithSteps(StmtNode steps, ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.steps = steps;
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            boolean inBody = false;
            if (f.resuming) {
                Object where = f.locals[slot];
                if (where == ELSE) {
                    return orelse.exec(f);
                }
                inBody = where == BODY;
            }
            for (;;) {
                if (!inBody) {
                    f.locals[slot] = STEPS;
                    if (steps.exec(f) == YIELD) {
                        return YIELD;
                    }
                    if (!Truth.test(test, f)) {
                        f.locals[slot] = ELSE;
                        return orelse.exec(f);
                    }
                }
                inBody = false;
                f.locals[slot] = BODY;
                int r = body.exec(f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r == RETURN || r == YIELD) {
                    return r;
                }
            }
        }
    }

    /** A for loop: its iterator lives in a slot across yields; a second slot says body or else. */
    static final class For extends StmtNode {
        private final Target target;
        private final ExprNode iter;
        private final StmtNode body;
        private final StmtNode orelse;
        private final Pos iterPos;
        private final int slot;

        For(Target target, ExprNode iter, StmtNode body, StmtNode orelse, Pos iterPos, int slot) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.iterPos = iterPos;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            Object it;
            boolean inBody = false;
            if (f.resuming) {
                it = f.locals[slot];
                if (it == null) {
                    return orelse.exec(f);
                }
                inBody = true;
            } else {
                Object iterable = iter.eval(f);
                try {
                    it = Op.iter(iterable);
                } catch (PyException e) {
                    throw f.at(e, iterPos);
                }
                f.locals[slot] = it;
            }
            for (;;) {
                if (!inBody) {
                    Object v;
                    try {
                        v = Op.next(it);
                    } catch (PyException e) {
                        f.locals[slot] = null;
                        throw f.at(e, iterPos);
                    }
                    if (v == null) {
                        break;
                    }
                    target.store(f, v);
                }
                inBody = false;
                int r = body.exec(f);
                if (r == BREAK) {
                    f.locals[slot] = null;
                    return NORMAL;
                }
                if (r == RETURN) {
                    f.locals[slot] = null;
                    return r;
                }
                if (r == YIELD) {
                    return r;
                }
            }
            f.locals[slot] = null;
            return orelse.exec(f);
        }
    }

    /**
     * A yield at statement level: {@code yield v}, {@code x = yield v}, {@code yield from it},
     * {@code x = yield from it}, {@code await a}. On resume it delivers what {@code send()} or
     * {@code throw()} brought.
     */
    static final class Yield extends StmtNode {
        /** ASYNC_YIELD: a yield of an async generator, whose value goes out wrapped ({@link PyAsyncGenerator.Value}). */
        enum Kind { YIELD, YIELD_FROM, AWAIT, ASYNC_YIELD }

        private final Kind kind;
        private final ExprNode value;
        private final Target[] targets;
        /** For yield from: the slot holding the sub-iterator. */
        private final int slot;
        private final Pos pos;

        Yield(Kind kind, ExprNode value, Target[] targets, int slot, Pos pos) {
            this.kind = kind;
            this.value = value;
            this.targets = targets;
            this.slot = slot;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            if (f.resuming) {
                f.resuming = false;
                Object sent = f.sent;
                PyException thrown = f.throwIn;
                f.sent = PyNone.None;
                f.throwIn = null;
                if (kind == Kind.YIELD || kind == Kind.ASYNC_YIELD) {
                    if (thrown != null) {
                        throw f.at(thrown, pos);
                    }
                    store(f, sent);
                    return NORMAL;
                }
                return delegate(f, f.locals[slot], sent, thrown);
            }
            Object v = value == null ? PyNone.None : value.eval(f);
            if (kind == Kind.YIELD) {
                f.yielded = v;
                return YIELD;
            }
            if (kind == Kind.ASYNC_YIELD) {
                f.yielded = new PyAsyncGenerator.Value(v);
                return YIELD;
            }
            Object it;
            try {
                it = kind == Kind.AWAIT ? Generators.awaitable(v) : v instanceof PyGenerator ? v : Op.iter(v);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            f.locals[slot] = it;
            return delegate(f, it, PyNone.None, null);
        }

        private void store(Frame f, Object v) {
            for (Target t : targets) {
                t.store(f, v);
            }
        }

        /** One step of {@code yield from}: pass the value or exception on; its StopIteration ends the delegation. */
        private int delegate(Frame f, Object it, Object sent, PyException thrown) {
            Object out;
            try {
                out = Generators.step(it, sent, thrown);
            } catch (PyException e) {
                f.locals[slot] = null;
                PyType stop = Errors.StopIteration.get();
                if (e.matches(stop)) {
                    PyBaseException v = e.value();
                    store(f, v.getArgs().size() > 0 ? v.getArgs().get(0) : PyNone.None);
                    return NORMAL;
                }
                throw f.at(e, pos);
            }
            f.yielded = out;
            f.yieldFrom = it;
            return YIELD;
        }
    }

    /**
     * try/except/else/finally with yields inside. Slot {@code phase} says where it was (body,
     * handler n, else, finally); the caught exception and the completion waiting for the finally
     * block are kept in slots too.
     */
    static final class Try extends StmtNode {
        private static final int BODY = 0;
        private static final int ELSE = 1;
        private static final int FINALLY = 2;
        private static final int HANDLER = 3;

        private final StmtNode body;
        private final ExceptionStmts.Handler[] handlers;
        private final StmtNode orelse;
        private final StmtNode finalbody;
        private final boolean hasFinally;
        private final ExceptionManager exceptions;
        /** slot: phase; slot+1: exception being handled or pending; slot+2: pending signal; slot+3: pending return value. */
        private final int slot;

        Try(StmtNode body, ExceptionStmts.Handler[] handlers, StmtNode orelse, StmtNode finalbody, boolean hasFinally,
                ExceptionManager exceptions, int slot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
            this.hasFinally = hasFinally;
            this.exceptions = exceptions;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            int phase = f.resuming ? (Integer) f.locals[slot] : BODY;
            if (phase == FINALLY) {
                return runFinally(f);
            }
            int r;
            try {
                r = tryExcept(f, phase);
            } catch (PyException e) {
                if (!hasFinally) {
                    throw e;
                }
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                f.locals[slot + 1] = e;
                f.locals[slot + 2] = null;
                return enterFinally(f);
            }
            if (r == YIELD || !hasFinally) {
                return r;
            }
            f.locals[slot + 1] = null;
            f.locals[slot + 2] = r;
            f.locals[slot + 3] = f.returnValue;
            return enterFinally(f);
        }

        private int enterFinally(Frame f) {
            f.locals[slot] = FINALLY;
            return runFinally(f);
        }

        private int runFinally(Frame f) {
            PyException pending = (PyException) f.locals[slot + 1];
            PyBaseException saved = f.thread.handling;
            if (pending != null) {
                f.thread.handling = pending.value();
            }
            int fr;
            try {
                fr = finalbody.exec(f);
            } catch (PyException e2) {
                throw pending == null ? e2 : exceptions.whileHandling(e2, pending.value());
            } finally {
                f.thread.handling = saved;
            }
            if (fr == YIELD || fr != NORMAL) {
                return fr;
            }
            if (pending != null) {
                throw pending;
            }
            f.returnValue = f.locals[slot + 3];
            return (Integer) f.locals[slot + 2];
        }

        private int tryExcept(Frame f, int phase) {
            if (phase >= HANDLER) {
                return handler(f, phase - HANDLER, (PyException) f.locals[slot + 1]);
            }
            if (phase == ELSE) {
                return orelse.exec(f);
            }
            f.locals[slot] = BODY;
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                for (int i = 0; i < handlers.length; i++) {
                    ExceptionStmts.Handler h = handlers[i];
                    if (h.catches(e, f, exceptions)) {
                        f.errorPos = null;
                        if (f.thread.handling != null) {
                            exceptions.whileHandling(e, f.thread.handling); // as ExceptionStmts.Try.handle
                        }
                        f.locals[slot] = HANDLER + i;
                        f.locals[slot + 1] = e;
                        if (h.name != null) {
                            h.name.store(f, e.value());
                        }
                        return handler(f, i, e);
                    }
                }
                throw e;
            }
            if (r != NORMAL) {
                return r;
            }
            f.locals[slot] = ELSE;
            return orelse.exec(f);
        }

        private int handler(Frame f, int i, PyException e) {
            ExceptionStmts.Handler h = handlers[i];
            PyBaseException saved = f.thread.handling;
            f.thread.handling = e.value();
            int r = NORMAL;
            try {
                r = h.body.length == 1 ? h.body[0].exec(f) : StmtNode.block(h.body, f);
                return r;
            } catch (PyException e2) {
                throw exceptions.whileHandling(e2, e.value());
            } finally {
                f.thread.handling = saved;
                if (r != YIELD && h.name != null) {
                    h.name.clear(f);
                }
            }
        }
    }

    /**
     * {@code try: ... except* ...: ... else: ...} with yields in the body or the else block (the
     * handlers run to completion; a {@code finally} block is a {@link Try} around this). The slot
     * says body or else.
     */
    static final class TryStarBody extends StmtNode {
        private static final Integer BODY = 0;
        private static final Integer ELSE = 1;

        private final StmtNode body;
        private final TryStar handlers;
        private final StmtNode orelse;
        private final ExceptionManager exceptions;
        private final int slot;

        TryStarBody(StmtNode body, TryStar handlers, StmtNode orelse, ExceptionManager exceptions, int slot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.exceptions = exceptions;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            if (f.resuming && f.locals[slot] == ELSE) {
                return orelse.exec(f);
            }
            f.locals[slot] = BODY;
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                f.errorPos = null;
                handlers.handle(e, f);
                return NORMAL;
            }
            if (r != NORMAL) {
                return r;
            }
            f.locals[slot] = ELSE;
            return orelse.exec(f);
        }
    }

    /** {@code with} around a yield: the manager and its {@code __exit__} wait in slots. */
    static final class With extends StmtNode {
        private final ExprNode manager;
        private final Target target;
        private final StmtNode body;
        private final Pos pos;
        private final ExceptionManager exceptions;
        private final int slot;

        With(ExprNode manager, Target target, StmtNode body, Pos pos, ExceptionManager exceptions, int slot) {
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.pos = pos;
            this.exceptions = exceptions;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            Object cm;
            Object exit;
            if (f.resuming) {
                cm = f.locals[slot];
                exit = f.locals[slot + 1];
            } else {
                cm = manager.eval(f);
                try {
                    PyType t = PyType.of(cm);
                    Object enter = t.lookup("__enter__");
                    exit = t.lookup("__exit__");
                    if (enter == null || exit == null) {
                        throw Errors.typeError("'" + t.getName() + "' object does not support the context manager protocol");
                    }
                    Object entered = Methods.callUnbound(enter, cm);
                    f.locals[slot] = cm;
                    f.locals[slot + 1] = exit;
                    if (target != null) {
                        target.store(f, entered);
                    }
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
            }
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                f.errorPos = null;
                Object none = PyNone.None;
                boolean swallow;
                try {
                    swallow = Op.isTrue(Methods.callUnbound(exit, cm, e.type(), e.value(), traceback(e)));
                } catch (PyException e2) {
                    throw f.at(exceptions.whileHandling(e2, e.value()), pos);
                }
                if (swallow) {
                    return NORMAL;
                }
                throw e;
            }
            if (r == YIELD) {
                return r;
            }
            Object none = PyNone.None;
            try {
                Methods.callUnbound(exit, cm, none, none, none);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return r;
        }
    }

    /** The traceback {@code __exit__} receives: the exception's {@code __traceback__}, or None. */
    static Object traceback(org.jyston.api.object.PyException e) {
        Object tb = e.value().getTraceback();
        return tb == null ? org.jyston.api.object.PyNone.None : tb;
    }
}
