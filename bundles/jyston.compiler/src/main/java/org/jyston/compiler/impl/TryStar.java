package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ExceptionManager;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * {@code try: ... except* T as eg: ...} (PEP 654): the exception, as a group (a naked exception is
 * wrapped in one), is split by each clause in turn; each clause sees its matching subgroup; what no
 * clause matched and what the clauses raised is raised again together.
 */
final class TryStar extends StmtNode {
    private static final TypeRef BASE_GROUP = TypeRef.of("BaseExceptionGroup");
    private static final TypeRef GROUP = TypeRef.of("ExceptionGroup");

    private final StmtNode[] body;
    private final ExceptionStmts.Handler[] handlers;
    private final StmtNode[] orelse;
    private final StmtNode[] finalbody;
    private final ExceptionManager exceptions;

    TryStar(StmtNode[] body, ExceptionStmts.Handler[] handlers, StmtNode[] orelse, StmtNode[] finalbody,
            ExceptionManager exceptions) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.exceptions = exceptions;
    }

    @Override
    int exec(Frame f) {
        if (finalbody.length == 0) {
            return tryStar(f);
        }
        int r;
        try {
            r = tryStar(f);
        } catch (PyException e) {
            exceptions.recordFrame(e, f, f.code(), f.errorPos);
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
                return fr;
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

    private int tryStar(Frame f) {
        int r;
        try {
            r = block(body, f);
        } catch (PyException e) {
            exceptions.recordFrame(e, f, f.code(), f.errorPos);
            f.errorPos = null;
            handle(e, f);
            return NORMAL;
        }
        return r == NORMAL ? block(orelse, f) : r;
    }

    void handle(PyException e, Frame f) {
        State st = new State(e);
        for (ExceptionStmts.Handler h : handlers) {
            if (st.done()) {
                break;
            }
            Object match = h.split(st, e, f, exceptions);
            if (match == PyNone.None) {
                continue;
            }
            PyBaseException saved = f.thread.handling;
            f.thread.handling = (PyBaseException) match;
            if (h.name != null) {
                h.name.store(f, match);
            }
            try {
                StmtNode.block(h.body, f);
            } catch (PyException e2) {
                exceptions.recordFrame(e2, f, f.code(), f.errorPos); // its entry for this frame, as CPython adds at raise
                f.errorPos = null;
                st.handlerRaised(e2, match, exceptions);
            } finally {
                f.thread.handling = saved;
                if (h.name != null) {
                    h.name.clear(f);
                }
            }
        }
        PyException out = st.outcome(f);
        if (out != null) {
            throw out;
        }
    }

    /**
     * One run of the except* clauses over an exception: what is left to match, what the handlers
     * raised or re-raised. Kept in a frame slot when a handler body can suspend.
     */
    static final class State {
        private final PyException caught;
        private final PyBaseException original;
        private final PyType baseGroup = BASE_GROUP.get();
        /** As CPython's exception_group_match: a naked exception is not split; it matches a clause whole. */
        private final boolean naked;
        private Object rest;
        private final List<PyBaseException> raised = new ArrayList<>();
        /** Leaves of the matches a handler re-raised as they were ({@code raise}, {@code raise eg}). */
        private final java.util.Set<Object> reraisedLeaves =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private Object reraisedWhole;
        private boolean matchedAny;

        State(PyException caught) {
            this.caught = caught;
            this.original = caught.value();
            this.naked = !original.getType().isSubtypeOf(baseGroup);
            this.rest = original;
        }

        /** Nothing is left for the remaining clauses (their types are not evaluated). */
        boolean done() {
            return rest == PyNone.None;
        }

        /** The part of what is left that {@code clause} matches (None if nothing), taken out of it. */
        Object split(Object clause) {
            checkClause(clause, baseGroup);
            Object match;
            if (naked) {
                if (!matchesClause(original, clause)) {
                    return PyNone.None;
                }
                match = wrap(original);
                rest = PyNone.None;
            } else {
                PyTuple parts = (PyTuple) Op.call(Op.getattr(rest, "split"), clause);
                match = parts.get(0);
                rest = parts.get(1);
            }
            if (match != PyNone.None) {
                matchedAny = true;
            }
            return match;
        }

        /** A handler given {@code match} ended with {@code e2}: a re-raise of it, or a new exception. */
        void handlerRaised(PyException e2, Object match, ExceptionManager exceptions) {
            if (e2.value() == match || e2.value() == original) {
                reraisedWhole = e2.value();
                leaves(e2.value(), reraisedLeaves, baseGroup);
            } else {
                raised.add(exceptions.whileHandling(e2, (PyBaseException) match).value());
            }
        }

        /**
         * What leaves the statement, as CPython's _PyExc_PrepReraiseStar: nothing matched, the
         * exception as caught; else what was re-raised unchanged keeps the original group's
         * structure (with the unmatched rest), exceptions the handlers raised join it in a new group,
         * and a single survivor propagates alone. Null: nothing to raise.
         */
        PyException outcome(Frame f) {
            if (!matchedAny) {
                return caught;
            }
            Object kept = rest;
            if (naked) {
                kept = reraisedWhole != null ? reraisedWhole : PyNone.None;
            } else if (!reraisedLeaves.isEmpty()) {
                if (rest != PyNone.None) {
                    leaves(rest, reraisedLeaves, baseGroup);
                }
                Object keep = new org.jyston.api.object.PyBuiltinFunction("<reraised>",
                        (a, kw) -> reraisedLeaves.contains(a[0]));
                kept = ((PyTuple) Op.call(Op.getattr(original, "split"), keep)).get(0);
            }
            List<Object> all = new ArrayList<>(raised);
            if (kept != PyNone.None) {
                all.add(kept);
            }
            if (all.isEmpty()) {
                return null;
            }
            if (all.size() == 1) {
                return reraise((PyBaseException) all.get(0), f);
            }
            Object result = Op.call(BASE_GROUP.get(), "", new PyList(all.toArray()));
            return reraise((PyBaseException) result, f);
        }
    }

    // ---- except* clauses whose bodies or types can suspend (built by YieldLowering): the State in a slot

    /** Starts a run of the clauses over the exception a catch-all handler stored in slot {@code exc}. */
    static final class Begin extends StmtNode {
        private final int exc;
        private final int state;

        Begin(int exc, int state) {
            this.exc = exc;
            this.state = state;
        }

        @Override
        int exec(Frame f) {
            f.locals[state] = new State(new PyException((PyBaseException) f.locals[exc]));
            return NORMAL;
        }
    }

    /** Whether anything is left for the next clause. */
    static final class NotDone extends ExprNode {
        private final int state;

        NotDone(int state) {
            this.state = state;
        }

        @Override
        Object eval(Frame f) {
            return !((State) f.locals[state]).done();
        }
    }

    /** The part a clause's type matches (None if nothing). */
    static final class Split extends ExprNode {
        private final int state;
        private final ExprNode type;

        Split(int state, ExprNode type) {
            this.state = state;
            this.type = type;
        }

        @Override
        Object eval(Frame f) {
            return ((State) f.locals[state]).split(type.eval(f));
        }
    }

    static final class NotNone extends ExprNode {
        private final int slot;

        NotNone(int slot) {
            this.slot = slot;
        }

        @Override
        Object eval(Frame f) {
            return f.locals[slot] != PyNone.None;
        }
    }

    /**
     * A clause body runs with its match as the exception being handled; each time it is entered or
     * resumed the match is made current again, and the previous one restored when it returns or suspends.
     */
    static final class Handling extends StmtNode {
        private final int match;
        private final StmtNode body;

        Handling(int match, StmtNode body) {
            this.match = match;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            PyBaseException saved = f.thread.handling;
            f.thread.handling = (PyBaseException) f.locals[match];
            try {
                return body.exec(f);
            } finally {
                f.thread.handling = saved;
            }
        }
    }

    /** What a clause body raises is kept in the State, as {@link TryStar#handle} keeps it. */
    static final class Catch extends StmtNode {
        private final int state;
        private final int match;
        private final StmtNode body;
        private final ExceptionManager exceptions;

        Catch(int state, int match, StmtNode body, ExceptionManager exceptions) {
            this.state = state;
            this.match = match;
            this.body = body;
            this.exceptions = exceptions;
        }

        @Override
        int exec(Frame f) {
            try {
                return body.exec(f);
            } catch (PyException e2) {
                exceptions.recordFrame(e2, f, f.code(), f.errorPos);
                f.errorPos = null;
                ((State) f.locals[state]).handlerRaised(e2, f.locals[match], exceptions);
                return NORMAL;
            }
        }
    }

    /** The clauses are done: what leaves the statement waits in slot {@code out} (raised outside the handler). */
    static final class End extends StmtNode {
        private final int state;
        private final int out;

        End(int state, int out) {
            this.state = state;
            this.out = out;
        }

        @Override
        int exec(Frame f) {
            f.locals[out] = ((State) f.locals[state]).outcome(f);
            f.locals[state] = null;
            return NORMAL;
        }
    }

    /** Raises what {@link End} left, outside the catch-all handler (so it gets no context from it). */
    static final class RaiseOutcome extends StmtNode {
        private final int out;

        RaiseOutcome(int out) {
            this.out = out;
        }

        @Override
        int exec(Frame f) {
            PyException p = (PyException) f.locals[out];
            if (p != null) {
                f.locals[out] = null;
                throw p;
            }
            return NORMAL;
        }
    }

    /** The leaf exceptions of {@code exc} (itself unless it is a group), by identity. */
    private static void leaves(Object exc, java.util.Set<Object> out, PyType baseGroup) {
        if (exc instanceof PyBaseException b && b.getType().isSubtypeOf(baseGroup)) {
            for (Object x : ((PyTuple) Op.getattr(exc, "exceptions")).toArray()) {
                leaves(x, out, baseGroup);
            }
        } else {
            out.add(exc);
        }
    }

    /**
     * What is left is re-raised as CPython's RERAISE does: it gets no new traceback entry for this frame
     * (the parts already carry theirs).
     */
    private static PyException reraise(PyBaseException exc, Frame f) {
        exc.setTracebackFrame(f);
        return new PyException(exc);
    }

    /** A naked exception as the group {@code except*} sees: ExceptionGroup('', (exc,)). */
    private static Object wrap(PyBaseException exc) {
        PyType type = exc.getType().isSubtypeOf(Errors.BaseException.get())
                && exc.getType().isSubtypeOf(TypeRef.of("Exception").get()) ? GROUP.get() : BASE_GROUP.get();
        PyBaseException g = (PyBaseException) Op.call(type, "", PyTuple.of(exc));
        g.setTraceback(exc.getTraceback());
        return g;
    }

    private static boolean matchesClause(PyBaseException exc, Object clause) {
        Object[] types = clause instanceof PyTuple t ? t.toArray() : new Object[] {clause};
        for (Object c : types) {
            if (c instanceof PyType t && exc.getType().isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    private static void checkClause(Object clause, PyType baseGroup) {
        Object[] types = clause instanceof PyTuple t ? t.toArray() : new Object[] {clause};
        for (Object c : types) {
            if (c instanceof PyType t && t.isSubtypeOf(baseGroup)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
            if (!(c instanceof PyType t && t.has(org.jyston.api.object.TypeSpec.Flag.EXCEPTION))) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
    }

}
