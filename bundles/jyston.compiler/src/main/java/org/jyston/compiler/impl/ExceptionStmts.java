package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;

/** {@code raise} and {@code try}, through the exception manager. */
final class ExceptionStmts {
    private ExceptionStmts() {}

    static final class Raise extends StmtNode {
        private final ExprNode exc;
        private final ExprNode cause;
        private final ExceptionManager exceptions;
        private final Pos pos;

        Raise(ExprNode exc, ExprNode cause, ExceptionManager exceptions, Pos pos) {
            this.exc = exc;
            this.cause = cause;
            this.exceptions = exceptions;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            if (exc == null) {
                throw f.at(exceptions.reraise(f.thread.handling), pos);
            }
            Object e = exc.eval(f);
            Object c = cause == null ? null : cause.eval(f);
            try {
                throw exceptions.raise(e, c, f.thread.handling);
            } catch (PyException p) {
                throw f.at(p, pos);
            }
        }
    }

    /** One {@code except [type [as name]]:} clause. */
    static final class Handler {
        final ExprNode type;
        final Target name;
        final StmtNode[] body;
        /** The whole clause, where CPython locates an error of the match itself. */
        final Pos pos;

        Handler(ExprNode type, Target name, StmtNode[] body, Pos pos) {
            this.type = type;
            this.name = name;
            this.body = body;
            this.pos = pos;
        }

        /**
         * Whether this clause catches {@code e} (whose traceback entry for {@code f} is recorded). An
         * error of the type expression or of the match ("catching classes that do not inherit from
         * BaseException is not allowed") has {@code e} as its context, as CPython matches with the
         * exception already being handled, and an error of the match is located at the clause.
         */
        boolean catches(PyException e, Frame f, ExceptionManager exceptions) {
            if (type == null) {
                return true;
            }
            f.errorPos = null;
            try {
                return exceptions.matches(e, type.eval(f));
            } catch (PyException e2) {
                throw exceptions.whileHandling(f.at(e2, pos), e.value());
            }
        }

        /** As {@link #catches}, for an {@code except*} clause: the part of {@code st} it matches. */
        Object split(TryStar.State st, PyException e, Frame f, ExceptionManager exceptions) {
            f.errorPos = null;
            try {
                return st.split(type.eval(f));
            } catch (PyException e2) {
                throw exceptions.whileHandling(f.at(e2, pos), e.value());
            }
        }
    }

    static final class Try extends StmtNode {
        private final StmtNode[] body;
        private final Handler[] handlers;
        private final StmtNode[] orelse;
        private final StmtNode[] finalbody;
        private final ExceptionManager exceptions;

        Try(StmtNode[] body, Handler[] handlers, StmtNode[] orelse, StmtNode[] finalbody, ExceptionManager exceptions) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
            this.exceptions = exceptions;
        }

        @Override
        int exec(Frame f) {
            if (finalbody.length == 0) {
                return tryExcept(f);
            }
            int r;
            try {
                r = tryExcept(f);
            } catch (PyException e) {
                passing(e, f);
                f.errorPos = null; // an exception raised by the finally body is located there
                PyBaseException saved = f.thread.handling;
                f.thread.handling = e.value();
                int fr;
                try {
                    fr = block(finalbody, f);
                } catch (PyException e2) {
                    throw exceptions.whileHandling(e2, e.value());
                } finally {
                    f.thread.handling = saved;
                }
                if (fr != NORMAL) {
                    return fr; // return/break/continue in finally swallows the exception, as in CPython
                }
                throw e;
            }
            Object returning = f.returnValue;
            int fr = block(finalbody, f);
            if (fr != NORMAL) {
                return fr;
            }
            f.returnValue = returning;
            return r;
        }

        private int tryExcept(Frame f) {
            if (handlers.length == 0) {
                int r = block(body, f);
                return r == NORMAL ? block(orelse, f) : r;
            }
            int r;
            try {
                r = block(body, f);
            } catch (PyException e) {
                return handle(e, f);
            }
            return r == NORMAL ? block(orelse, f) : r;
        }

        /** The exception reached this frame's handler: it gets this frame's traceback entry now. */
        private void passing(PyException e, Frame f) {
            exceptions.recordFrame(e, f, f.code(), f.errorPos);
        }

        private int handle(PyException e, Frame f) {
            passing(e, f);
            for (Handler h : handlers) {
                if (!h.catches(e, f, exceptions)) {
                    continue;
                }
                f.errorPos = null;
                PyBaseException saved = f.thread.handling;
                if (saved != null) {
                    // an error raised by the runtime (1/0, a missing key) gets the exception that was
                    // being handled where it was raised as __context__, as CPython sets it at raise time
                    exceptions.whileHandling(e, saved);
                }
                f.thread.handling = e.value();
                if (h.name != null) {
                    h.name.store(f, e.value());
                }
                try {
                    return block(h.body, f);
                } catch (PyException e2) {
                    throw exceptions.whileHandling(e2, e.value());
                } finally {
                    f.thread.handling = saved;
                    if (h.name != null) {
                        h.name.clear(f);
                    }
                }
            }
            throw e;
        }
    }
}
