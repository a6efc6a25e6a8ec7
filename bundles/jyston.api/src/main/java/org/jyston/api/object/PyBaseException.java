package org.jyston.api.object;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance of {@code BaseException} or any subclass: the Python exception object. It travels
 * through Java code inside a {@link PyException}. {@code __traceback__} grows one entry per frame as
 * the exception leaves it.
 */
public class PyBaseException implements PyObject, HasDict {
    private final PyType type;
    private PyTuple args;
    private PyTraceback traceback;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private List<Object> notes;
    private Object tracebackFrame;
    private PyDict dict;

    public PyBaseException(PyType type, Object... args) {
        this.type = type;
        this.args = PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    /** {@code args}. */
    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public PyTraceback getTraceback() {
        return traceback;
    }

    public void setTraceback(PyTraceback tb) {
        this.traceback = tb;
    }

    /** Records that the exception is leaving a frame: the new entry goes in front, as CPython's. */
    public void pushTraceback(CodeInfo code, org.jyston.api.ast.Pos pos) {
        this.traceback = new PyTraceback(code, pos, traceback);
    }

    /**
     * The frame whose entry heads the traceback now, so that a frame the exception passes twice
     * (caught, then re-raised by a bare {@code raise}) is recorded once, as in CPython.
     */
    public Object getTracebackFrame() {
        return tracebackFrame;
    }

    public void setTracebackFrame(Object frame) {
        this.tracebackFrame = frame;
    }

    public PyBaseException getCause() {
        return cause;
    }

    /** {@code raise ... from cause}: also sets {@code __suppress_context__}, as CPython does. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyBaseException getContext() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    /** {@code __notes__}, or null if {@code add_note} was never called. */
    public List<Object> getNotes() {
        return notes;
    }

    public void addNote(String note) {
        if (notes == null) {
            notes = new ArrayList<>();
        }
        notes.add(note);
    }

    @Override
    public String toString() {
        return type.getName() + (args.size() == 1 ? ": " + args.get(0) : "");
    }
}
