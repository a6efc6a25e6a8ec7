package org.jyston.compiler.impl;

import org.jyston.api.object.PyThreadState;
import org.jyston.api.ExceptionManager;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;

/**
 * A generator (or coroutine): a suspended frame of a generator function. Each {@code send} runs
 * the body from where it last yielded until the next yield, a return, or an exception.
 */
class PyGenerator {
    final FunctionCode code;
    final Frame frame;
    final boolean coroutine;
    private final ExceptionManager exceptions;
    /** {@code __name__}/{@code __qualname__} once assigned (CPython keeps them per generator); null: the code's. */
    volatile String name;
    volatile String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;

    PyGenerator(FunctionCode code, Frame frame, boolean coroutine, ExceptionManager exceptions) {
        this.code = code;
        this.frame = frame;
        this.coroutine = coroutine;
        this.exceptions = exceptions;
    }

    /** Exhausted or closed: {@code gi_frame} is None. */
    boolean isFinished() {
        return finished;
    }

    /** Inside its body now ({@code gi_running}). */
    boolean isRunning() {
        return running;
    }

    /** Paused at a yield ({@code gi_suspended}): started, not running, not finished. */
    boolean isSuspended() {
        return started && !running && !finished;
    }

    /** The iterator a suspended {@code yield from}/{@code await} delegates to, or None. */
    Object yieldFrom() {
        Object it = finished || running ? null : frame.yieldFrom;
        return it == null ? PyNone.None : it;
    }

    String kind() {
        return coroutine ? "coroutine" : "generator";
    }

    Object send(Object value) {
        if (finished) {
            if (coroutine) {
                throw Errors.raise(Errors.RuntimeError, "cannot reuse already awaited coroutine");
            }
            throw Errors.raise(Errors.StopIteration);
        }
        if (!started && value != PyNone.None) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind());
        }
        return resume(value, null);
    }

    /** {@code gen.throw(exc)}: the exception is raised where the generator is suspended. */
    Object throwInto(PyException exc) {
        if (finished) {
            throw exc;
        }
        if (!started) {
            finished = true;
            throw exc;
        }
        return resume(PyNone.None, exc);
    }

    /** {@code gen.close()}: GeneratorExit at the suspension point; yielding again is an error. */
    Object close() {
        if (finished || !started) {
            finished = true;
            return PyNone.None;
        }
        PyType genExit = org.jyston.api.object.TypeRef.of("GeneratorExit").get();
        try {
            resume(PyNone.None, new PyException(new PyBaseException(genExit)));
        } catch (PyException e) {
            if (e.matches(genExit) || e.matches(Errors.StopIteration.get())) {
                return PyNone.None;
            }
            throw e;
        }
        throw Errors.raise(Errors.RuntimeError, kind() + " ignored GeneratorExit");
    }

    private Object resume(Object sent, PyException thrown) {
        if (running) {
            throw Errors.valueError(kind() + " already executing");
        }
        frame.resuming = started;
        frame.sent = sent;
        frame.throwIn = thrown;
        frame.yieldFrom = null;
        started = true;
        running = true;
        PyThreadState ts = frame.thread.isCurrent() ? frame.thread : PyThreadState.current();
        ts.enter();
        frame.back = ts.frame;
        ts.frame = frame;
        int r;
        try {
            r = StmtNode.block(code.body, frame);
        } catch (PyException e) {
            finished = true;
            PyException out = e;
            boolean stopAsync = this instanceof PyAsyncGenerator && e.matches(AsyncStmts.STOP_ASYNC_ITERATION.get());
            if (stopAsync || e.matches(Errors.StopIteration.get())) {
                PyBaseException re = new PyBaseException(Errors.RuntimeError.get(),
                        kind() + (stopAsync ? " raised StopAsyncIteration" : " raised StopIteration"));
                // as CPython's _PyErr_FormatFromCause: the StopIteration is both cause and context
                re.setContext(e.value());
                re.setCause(e.value());
                out = new PyException(re);
            }
            exceptions.recordFrame(out, frame, code.info, frame.errorPos);
            throw out;
        } catch (StackOverflowError | RuntimeException e) {
            finished = true;
            PyException p = exceptions.translate(e);
            exceptions.recordFrame(p, frame, code.info, frame.errorPos);
            throw p;
        } finally {
            running = false;
            ts.frame = frame.back;
            frame.back = null;
            ts.exit();
        }
        if (r == StmtNode.YIELD) {
            Object v = frame.yielded;
            frame.yielded = null;
            return v;
        }
        finished = true;
        Object value = r == StmtNode.RETURN ? frame.returnValue : PyNone.None;
        if (value == PyNone.None) {
            throw Errors.raise(Errors.StopIteration);
        }
        throw Errors.raise(Errors.StopIteration, value);
    }

    String name() {
        String n = name;
        return n != null ? n : code.info.name();
    }

    String qualname() {
        String n = qualname;
        return n != null ? n : code.qualname;
    }

    @Override
    public String toString() {
        return qualname();
    }
}
