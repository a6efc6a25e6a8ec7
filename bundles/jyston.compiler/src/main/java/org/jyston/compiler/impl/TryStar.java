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
        PyType baseGroup = BASE_GROUP.get();
        PyBaseException original = e.value();
        boolean naked = !original.getType().isSubtypeOf(baseGroup);
        // a naked exception is matched whole: the first clause it matches gets it wrapped in a group
        Object rest = original;
        List<PyBaseException> raised = new ArrayList<>();
        boolean matchedAny = false;
        for (ExceptionStmts.Handler h : handlers) {
            if (rest == PyNone.None) {
                break;
            }
            Object clause = h.type.eval(f);
            checkClause(clause, baseGroup);
            Object match;
            if (naked) {
                if (!matches(original, clause)) {
                    continue;
                }
                match = wrap(original);
                rest = PyNone.None;
            } else {
                PyTuple parts = (PyTuple) Op.call(Op.getattr(rest, "split"), clause);
                match = parts.get(0);
                rest = parts.get(1);
            }
            if (match == PyNone.None) {
                continue;
            }
            matchedAny = true;
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
                raised.add(exceptions.whileHandling(e2, (PyBaseException) match).value());
            } finally {
                f.thread.handling = saved;
                if (h.name != null) {
                    h.name.clear(f);
                }
            }
        }
        if (!matchedAny) {
            throw e;
        }
        if (raised.isEmpty()) {
            if (rest == PyNone.None) {
                return;
            }
            throw reraise((PyBaseException) rest, f);
        }
        List<Object> all = new ArrayList<>(raised);
        if (rest != PyNone.None) {
            all.add(rest);
        }
        if (all.size() == 1 && raised.size() == 1 && rest == PyNone.None
                && raised.get(0).getType().isSubtypeOf(baseGroup)) {
            throw reraise(raised.get(0), f);
        }
        Object group = Op.call(BASE_GROUP.get(), "", new PyList(all.toArray()));
        throw reraise((PyBaseException) group, f);
    }

    /**
     * What is left is re-raised as CPython's RERAISE does: it gets no new traceback entry for this frame
     * (the parts already carry theirs).
     */
    private static PyException reraise(PyBaseException exc, Frame f) {
        exc.setTracebackFrame(f);
        return new PyException(exc);
    }

    /** A naked exception as the group {@code except*} sees: ExceptionGroup("", (exc,)). */
    private static Object wrap(PyBaseException exc) {
        PyType type = exc.getType().isSubtypeOf(Errors.BaseException.get())
                && exc.getType().isSubtypeOf(TypeRef.of("Exception").get()) ? GROUP.get() : BASE_GROUP.get();
        // CPython passes a tuple, which the group's repr shows
        PyBaseException g = (PyBaseException) Op.call(type, "", org.jyston.api.object.PyTuple.of(exc));
        g.setTraceback(exc.getTraceback());
        return g;
    }

    /** Whether the exception's type is a subclass of the clause's type (or of one in its tuple). */
    private static boolean matches(PyBaseException exc, Object clause) {
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
