package org.jyston.api.object;

import java.util.List;

/**
 * An instance of {@code BaseException} or any subclass: the Python exception object. It travels
 * through Java code inside a {@link PyException}. {@code __traceback__} grows one entry per frame as
 * the exception leaves it: by linking a {@link PyTraceback} in front of the chain, or, once the
 * exception manager has given the exception a {@link TracebackRecorder} (from the active unwinder
 * strategy), in whatever form that recorder keeps, turned into {@link PyTraceback}s only when
 * {@link #getTraceback()} is asked.
 */
public class PyBaseException implements PyObject, HasDict, SlotStorage {
    private Object[] slotValues;

    @Override
    public synchronized Object[] slotValues(int size) {
        if (slotValues == null) {
            slotValues = new Object[size];
        }
        return slotValues;
    }

    private final PyType type;
    private PyTuple args;
    /** The chain without a recorder; with one, the last chain it built (valid unless {@link #stale}). */
    private PyTraceback traceback;
    private TracebackRecorder recorder;
    /** Entries were pushed to the recorder since {@link #traceback} was built. */
    private boolean stale;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    /** {@code __notes__}: any object once assigned (add_note then refuses a non-list), null when unset. */
    private Object notes;
    private Object tracebackFrame;
    private PyDict dict;
    private java.util.Map<String, Object> fields;

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

    /** {@code __traceback__}: the chain, head = outermost frame; built from the recorder if there is one. */
    public PyTraceback getTraceback() {
        TracebackRecorder r = recorder;
        if (r != null && stale) {
            traceback = r.build();
            stale = false;
        }
        return traceback;
    }

    /** Replaces the whole traceback ({@code with_traceback}, {@code __traceback__ = tb}). */
    public void setTraceback(PyTraceback tb) {
        TracebackRecorder r = recorder;
        if (r != null) {
            r.reset(tb);
        }
        this.traceback = tb;
        this.stale = false;
    }

    /** Records that the exception is leaving a frame: the new entry goes in front, as CPython's. */
    public void pushTraceback(CodeInfo code, org.jyston.api.ast.Pos pos) {
        pushTraceback(null, code, pos);
    }

    /**
     * Records that the exception is leaving {@code frame} (running {@code code}, failing at {@code pos}):
     * to the recorder if there is one, otherwise by linking a new entry in front of the chain.
     */
    public void pushTraceback(Object frame, CodeInfo code, org.jyston.api.ast.Pos pos) {
        TracebackRecorder r = recorder;
        if (r != null) {
            r.push(frame, code, pos);
            stale = true;
        } else {
            this.traceback = PyTraceback.of(frame, code, pos, traceback);
        }
    }

    /** The recorder the exception's frames go to, or null (plain linking). */
    public TracebackRecorder getRecorder() {
        return recorder;
    }

    /**
     * Hands the recording of this exception's frames to {@code r} (null: back to plain linking). The
     * traceback so far becomes the tail of what {@code r} builds, so nothing recorded is lost.
     */
    public void setRecorder(TracebackRecorder r) {
        PyTraceback sofar = getTraceback();
        if (r != null) {
            r.reset(sofar);
        }
        this.recorder = r;
        this.traceback = sofar;
        this.stale = false;
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

    /** {@code __notes__} as a Java list (a snapshot), or null if {@code add_note} was never called. */
    public List<Object> getNotes() {
        return notes instanceof PyList l ? java.util.Arrays.asList(l.toArray()) : null;
    }

    /** {@code __notes__} itself: the same list object each time, as Python code sees it. */
    public PyList getNotesList() {
        return notes instanceof PyList l ? l : null;
    }

    /** {@code __notes__} whatever was assigned to it, or null when it is unset. */
    public Object getNotesObject() {
        return notes;
    }

    /** Assigns {@code __notes__} (null deletes it), as the attribute of the instance it is in CPython. */
    public void setNotesObject(Object value) {
        this.notes = value;
    }

    /** Replaces {@code __notes__} (null: none), as {@code BaseExceptionGroup.split} copies them. */
    public void setNotes(List<Object> list) {
        this.notes = list == null ? null : new PyList(list.toArray());
    }

    public void addNote(String note) {
        if (notes == null) {
            notes = new PyList();
        }
        if (!(notes instanceof PyList l)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    /**
     * Records an attribute that {@code args} does not carry, as the code raising the exception knows
     * it ({@code NameError.name}, {@code AttributeError.obj}); the exception type's bundle answers it.
     */
    public synchronized PyBaseException setField(String name, Object value) {
        if (fields == null) {
            fields = new java.util.HashMap<>(4);
        }
        fields.put(name, value);
        return this;
    }

    /** An attribute recorded with {@link #setField}, or null. */
    public synchronized Object getField(String name) {
        return fields == null ? null : fields.get(name);
    }

    @Override
    public String toString() {
        return type.getName() + (args.size() == 1 ? ": " + args.get(0) : "");
    }
}
