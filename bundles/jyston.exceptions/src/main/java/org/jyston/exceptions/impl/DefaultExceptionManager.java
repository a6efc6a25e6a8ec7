package org.jyston.exceptions.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The exception manager. Python exceptions travel as stackless {@link PyException}s; each frame the
 * exception leaves adds one traceback entry, so the cost of a raise depends on the frames it
 * crosses, never on how much code is loaded.
 */
@Component(service = ExceptionManager.class)
public class DefaultExceptionManager implements ExceptionManager {

    @Override
    public PyException translate(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return Errors.raise(Errors.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return Errors.raise(Errors.MemoryError);
        }
        return Errors.systemError("internal error: " + t);
    }

    @Override
    public void recordFrame(PyException e, Object frame, CodeInfo code, Pos pos) {
        PyBaseException v = e.value();
        if (v.getTracebackFrame() != frame) {
            v.pushTraceback(code, pos);
            v.setTracebackFrame(frame);
        }
    }

    @Override
    public PyException raise(Object exc, Object cause, PyBaseException handling) {
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.None) {
                value.setCause(null);
            } else {
                value.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        chain(value, handling);
        value.setTracebackFrame(null); // a new raise: this frame gets an entry even if it had one
        return new PyException(value);
    }

    @Override
    public PyException whileHandling(PyException raised, PyBaseException handling) {
        PyBaseException v = raised.value();
        if (v.getContext() == null) {
            chain(v, handling);
        }
        return raised;
    }

    @Override
    public PyException reraise(PyBaseException handling) {
        if (handling == null) {
            return Errors.raise(Errors.RuntimeError, "No active exception to reraise");
        }
        return new PyException(handling);
    }

    @Override
    public boolean matches(PyException e, Object clause) {
        PyType t = e.type();
        if (clause instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (matches(e, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (clause instanceof PyType ct && ct.has(TypeSpec.Flag.EXCEPTION)) {
            return t.isSubtypeOf(ct);
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** An exception instance from a {@code raise} operand: instances as they are, classes called. */
    private static PyBaseException instantiate(Object exc, String message) {
        if (exc instanceof PyBaseException b) {
            return b;
        }
        if (exc instanceof PyType t && t.has(TypeSpec.Flag.EXCEPTION)) {
            Object made = Op.call(t);
            if (made instanceof PyBaseException b) {
                return b;
            }
            throw Errors.typeError("calling " + Op.repr(t) + " should have returned an instance of BaseException, "
                    + "not " + Op.typeName(made));
        }
        throw Errors.typeError(message);
    }

    /**
     * Implicit chaining: the exception being handled becomes {@code __context__}, unless that would
     * make a cycle, which CPython breaks at the point where it would close.
     */
    static void chain(PyBaseException value, PyBaseException handling) {
        if (handling == null || handling == value) {
            return;
        }
        for (PyBaseException o = handling; o != null; o = o.getContext()) {
            if (o.getContext() == value) {
                o.setContext(null);
                break;
            }
        }
        value.setContext(handling);
    }
}
