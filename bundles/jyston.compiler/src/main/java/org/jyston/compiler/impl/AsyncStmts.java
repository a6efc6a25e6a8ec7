package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * {@code async for} and {@code async with} in a coroutine body. Like the other {@link Resumable}
 * nodes they keep their place in frame slots; each await they make ({@code __anext__()},
 * {@code __aenter__()}, {@code __aexit__()}) is driven as {@code await} drives its iterator:
 * every value it yields is passed up as this frame's yield, and a resumed frame continues the
 * await where it stopped.
 */
final class AsyncStmts {
    private AsyncStmts() {}

    static final TypeRef STOP_ASYNC_ITERATION = TypeRef.of("StopAsyncIteration");

    /** What {@link #step} answers while the awaited iterator is suspended (its value is in {@code f.yielded}). */
    static final Object SUSPENDED = new Object();

    /**
     * One step of the await whose iterator is in {@code slot}: its result, or {@link #SUSPENDED}.
     * Exceptions it raises (other than the StopIteration that carries the result) propagate.
     */
    static Object step(Frame f, int slot, Object sent, PyException thrown) {
        Object out;
        try {
            out = Generators.step(f.locals[slot], sent, thrown);
        } catch (PyException e) {
            f.locals[slot] = null;
            if (e.matches(Errors.StopIteration.get())) {
                PyBaseException v = e.value();
                return v.getArgs().size() > 0 ? v.getArgs().get(0) : PyNone.None;
            }
            throw e;
        }
        f.yielded = out;
        f.yieldFrom = f.locals[slot];
        return SUSPENDED;
    }

    /** The iterator an await inside {@code async for}/{@code async with} drives, with CPython's message if there is none. */
    static Object awaitable(Object v, String what) {
        if (v instanceof PyGenerator g && g.coroutine) {
            return g;
        }
        Object await = PyType.of(v).lookup("__await__");
        if (await == null) {
            throw Errors.typeError(what + Op.typeName(v));
        }
        return Generators.checkAwaitIterator(Methods.callUnbound(await, v));
    }

    /** Takes what {@code send()}/{@code throw()} brought to a frame resuming at an await of this node. */
    private static PyException takeThrown(Frame f) {
        PyException thrown = f.throwIn;
        f.resuming = false;
        f.throwIn = null;
        return thrown;
    }

    private static Object takeSent(Frame f) {
        Object sent = f.sent;
        f.sent = PyNone.None;
        return sent;
    }

    /** {@code async for target in iter: body else: orelse}. */
    static final class For extends StmtNode {
        private static final Integer NEXT = 0;
        private static final Integer BODY = 1;
        private static final Integer ELSE = 2;

        private final Target target;
        private final ExprNode iter;
        private final StmtNode body;
        private final StmtNode orelse;
        private final Pos iterPos;
        /** The iterable is already the async iterator (the outermost one of an async comprehension). */
        private final boolean iteratorGiven;
        /** slot: where it is; slot+1: the async iterator; slot+2: the iterator of the pending {@code __anext__()} await. */
        private final int slot;

        For(Target target, ExprNode iter, StmtNode body, StmtNode orelse, Pos iterPos, boolean iteratorGiven,
                int slot) {
            this.iteratorGiven = iteratorGiven;
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.iterPos = iterPos;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            Object sent = null;
            PyException thrown = null;
            boolean awaiting = false;
            boolean inBody = false;
            if (f.resuming) {
                Object where = f.locals[slot];
                if (where == ELSE) {
                    return orelse.exec(f);
                }
                if (where == NEXT) {
                    sent = takeSent(f);
                    thrown = takeThrown(f);
                    awaiting = true;
                } else {
                    inBody = true;
                }
            } else {
                Object iterable = iter.eval(f);
                try {
                    f.locals[slot + 1] = iteratorGiven ? iterable : aiter(iterable);
                } catch (PyException e) {
                    throw f.at(e, iterPos);
                }
            }
            return loop(f, sent, thrown, awaiting, inBody);
        }

        /** {@code __aiter__()} of an iterable, with CPython's message when it has none. */
        static Object aiter(Object iterable) {
            Object aiter = PyType.of(iterable).lookup("__aiter__");
            if (aiter == null) {
                throw Errors.typeError("'async for' requires an object with __aiter__ method, got "
                        + Op.typeName(iterable));
            }
            return Methods.callUnbound(aiter, iterable);
        }

        private int loop(Frame f, Object sent, PyException thrown, boolean awaiting, boolean inBody) {
            for (;;) {
                if (!inBody) {
                    Object v;
                    try {
                        if (!awaiting) {
                            Object ait = f.locals[slot + 1];
                            Object anext = PyType.of(ait).lookup("__anext__");
                            if (anext == null) {
                                throw Errors.typeError("'async for' received an object from __aiter__ that does not "
                                        + "implement __anext__: " + Op.typeName(ait));
                            }
                            f.locals[slot + 2] = awaitable(Methods.callUnbound(anext, ait),
                                    "'async for' received an invalid object from __anext__: ");
                            f.locals[slot] = NEXT;
                            sent = PyNone.None;
                        }
                        awaiting = false;
                        v = step(f, slot + 2, sent, thrown);
                        thrown = null;
                    } catch (PyException e) {
                        if (e.matches(STOP_ASYNC_ITERATION.get())) {
                            f.locals[slot + 1] = null;
                            f.locals[slot] = ELSE;
                            return orelse.exec(f);
                        }
                        f.locals[slot + 1] = null;
                        throw f.at(e, iterPos);
                    }
                    if (v == SUSPENDED) {
                        return YIELD;
                    }
                    f.locals[slot] = BODY;
                    target.store(f, v);
                }
                inBody = false;
                int r = body.exec(f);
                if (r == YIELD) {
                    return r;
                }
                if (r == BREAK || r == RETURN) {
                    f.locals[slot + 1] = null;
                    return r == BREAK ? NORMAL : r;
                }
            }
        }
    }

    /** {@code async with manager as target: body}: awaits {@code __aenter__()} and {@code __aexit__(...)}. */
    static final class With extends StmtNode {
        private static final Integer ENTER = 0;
        private static final Integer BODY = 1;
        private static final Integer EXIT = 2;
        private static final Integer EXIT_ERROR = 3;

        private final ExprNode manager;
        private final Target target;
        private final StmtNode body;
        private final Pos pos;
        private final ExceptionManager exceptions;
        /**
         * slot: phase; slot+1: the manager; slot+2: its {@code __aexit__}; slot+3: the iterator of
         * the pending await; slot+4: the exception leaving the body; slot+5, slot+6: the completion
         * (and return value) waiting for {@code __aexit__}.
         */
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
            Object phase;
            Object sent = PyNone.None;
            PyException thrown = null;
            if (f.resuming) {
                phase = f.locals[slot];
                if (phase == BODY) {
                    return body(f);
                }
                sent = takeSent(f);
                thrown = takeThrown(f);
            } else {
                Object cm = manager.eval(f);
                try {
                    PyType t = PyType.of(cm);
                    Object enter = t.lookup("__aenter__");
                    if (enter == null) {
                        throw Errors.typeError("'" + t.getName()
                                + "' object does not support the asynchronous context manager protocol");
                    }
                    Object exit = t.lookup("__aexit__");
                    if (exit == null) {
                        throw Errors.typeError("'" + t.getName()
                                + "' object does not support the asynchronous context manager protocol "
                                + "(missed __aexit__ method)");
                    }
                    f.locals[slot + 1] = cm;
                    f.locals[slot + 2] = exit;
                    f.locals[slot + 3] = awaitable(Methods.callUnbound(enter, cm),
                            "'async with' received an object from __aenter__ that does not implement __await__: ");
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                phase = ENTER;
                f.locals[slot] = ENTER;
            }
            if (phase == ENTER) {
                Object v;
                try {
                    v = step(f, slot + 3, sent, thrown);
                } catch (PyException e) {
                    clear(f);
                    throw f.at(e, pos);
                }
                if (v == SUSPENDED) {
                    return YIELD;
                }
                f.locals[slot] = BODY;
                if (target != null) {
                    target.store(f, v);
                }
                return body(f);
            }
            return exit(f, phase == EXIT_ERROR, sent, thrown);
        }

        private int body(Frame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                exceptions.recordFrame(e, f, f.code(), f.errorPos);
                f.errorPos = null;
                f.locals[slot + 4] = e;
                f.locals[slot] = EXIT_ERROR;
                return startExit(f, true, e.type(), e.value(), Resumable.traceback(e));
            }
            if (r == YIELD) {
                return r;
            }
            f.locals[slot + 5] = r;
            f.locals[slot + 6] = f.returnValue;
            f.locals[slot] = EXIT;
            Object none = PyNone.None;
            return startExit(f, false, none, none, none);
        }

        private int startExit(Frame f, boolean error, Object type, Object value, Object tb) {
            PyException pending = (PyException) f.locals[slot + 4];
            PyBaseException saved = f.thread.handling;
            if (error) {
                f.thread.handling = pending.value();
            }
            try {
                Object aw = Methods.callUnbound(f.locals[slot + 2], f.locals[slot + 1], type, value, tb);
                f.locals[slot + 3] = awaitable(aw,
                        "'async with' received an object from __aexit__ that does not implement __await__: ");
            } catch (PyException e) {
                clear(f);
                throw f.at(error ? exceptions.whileHandling(e, pending.value()) : e, pos);
            } finally {
                f.thread.handling = saved;
            }
            return exit(f, error, PyNone.None, null);
        }

        private int exit(Frame f, boolean error, Object sent, PyException thrown) {
            PyException pending = (PyException) f.locals[slot + 4];
            PyBaseException saved = f.thread.handling;
            if (error) {
                f.thread.handling = pending.value();
            }
            Object v;
            try {
                v = step(f, slot + 3, sent, thrown);
            } catch (PyException e) {
                clear(f);
                throw f.at(error ? exceptions.whileHandling(e, pending.value()) : e, pos);
            } finally {
                f.thread.handling = saved;
            }
            if (v == SUSPENDED) {
                return YIELD;
            }
            if (error) {
                clear(f);
                if (Op.isTrue(v)) {
                    return NORMAL;
                }
                throw pending;
            }
            int r = (Integer) f.locals[slot + 5];
            f.returnValue = f.locals[slot + 6];
            clear(f);
            return r;
        }

        private void clear(Frame f) {
            for (int i = 1; i <= 6; i++) {
                f.locals[slot + i] = null;
            }
        }
    }
}
