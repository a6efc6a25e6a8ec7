package org.jyston.compiler.impl;

import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyDict;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyCode;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * The state of one running code block. Locals of a function live in {@link #locals} at slots
 * resolved by scope analysis (a cell variable's slot holds its {@link Cell}); module code uses
 * {@link #globals} by name; a class body stores into {@link #namespace}.
 *
 * <p>A frame is also the Python {@code frame} object, so {@code sys._getframe()}, {@code tb_frame}
 * and {@code f_back} allocate nothing. The only per-execution cost of frame support is {@link #line}:
 * an int store per statement and per call.
 */
final class Frame implements org.jyston.api.object.FrameView {
    private static final Object[] NO_LOCALS = new Object[0];
    private static final TypeRef TYPE = TypeRef.of("frame");

    final Object[] locals;
    final PyDict globals;
    final PyDict builtins;
    /** The namespace a class body fills, or null. */
    final PyDict namespace;
    final PyThreadState thread;
    /** The code running here; {@link #code()} is its traceback identity. */
    final FunctionCode function;
    /** {@code f_lineno}: the line of the statement or call being executed (0 before the first). */
    int line;
    /** What only frames that Python code inspects need; null until then, so a call's frame stays small. */
    private Extras extras;

    private static final class Extras {
        /** {@code f_trace}, or null for None. */
        Object trace;
        /** {@code f_locals} of a function frame, refreshed on each read (CPython 3.11 keeps one dict too). */
        PyDict localsSnapshot;
    }

    private Extras extras() {
        Extras x = extras;
        if (x == null) {
            extras = x = new Extras();
        }
        return x;
    }
    /** The caller's frame (for {@code f_back} and {@code globals()}), or null. */
    org.jyston.api.object.FrameView back;

    /** Where the exception now leaving this frame was raised: the innermost failing node's position. */
    Pos errorPos;
    Object returnValue;
    /** Generator frames: true while re-entering the nodes down to the suspended yield. */
    boolean resuming;
    /** Generator frames: the value {@code send()} passed in, or the exception {@code throw()} passed in. */
    Object sent;
    PyException throwIn;
    /** Generator frames: the value being yielded. */
    Object yielded;
    /** Generator frames suspended in {@code yield from}/{@code await}: the iterator delegated to ({@code gi_yieldfrom}). */
    Object yieldFrom;

    Frame(FunctionCode function, int nlocals, PyDict globals, PyDict builtins, PyDict namespace,
            PyThreadState thread) {
        this.function = function;
        this.locals = nlocals == 0 ? NO_LOCALS : new Object[nlocals];
        this.globals = globals;
        this.builtins = builtins;
        this.namespace = namespace;
        this.thread = thread;
    }

    /** A function's frame over locals its caller filled (see {@link FunctionCode#directCall}). */
    Frame(FunctionCode function, Object[] locals, PyDict globals, PyDict builtins, PyThreadState thread) {
        this.function = function;
        this.locals = locals;
        this.globals = globals;
        this.builtins = builtins;
        this.namespace = null;
        this.thread = thread;
    }

    /** Called as an exception passes a node: the first (innermost) node to see it sets the position. */
    PyException at(PyException e, Pos pos) {
        if (errorPos == null) {
            errorPos = pos;
            line = pos.lineno();
        }
        return e;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyDict locals() {
        String[] slotNames = function.slotNames;
        if (slotNames == null) {
            return namespace;
        }
        Extras x = extras();
        PyDict d = x.localsSnapshot;
        if (d == null) {
            x.localsSnapshot = d = new PyDict();
        }
        for (int i = 0; i < slotNames.length && i < locals.length; i++) {
            Object v = locals[i];
            if (v instanceof Cell c) {
                v = c.value;
            }
            if (slotNames[i] != null) {
                if (v != null) {
                    d.put(slotNames[i], v);
                } else if (d.get(slotNames[i]) != null) {
                    d.remove(slotNames[i]);
                }
            }
        }
        return d;
    }

    @Override
    public PyDict builtins() {
        return builtins;
    }

    @Override
    public CodeInfo code() {
        return function.info;
    }

    @Override
    public org.jyston.api.object.FrameView back() {
        return back;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public int lineno() {
        return line != 0 ? line : function.firstLine;
    }

    @Override
    public PyCode codeObject() {
        return function.codeObject();
    }

    @Override
    public Object trace() {
        Object trace = extras == null ? null : extras.trace;
        return trace == null ? PyNone.None : trace;
    }

    @Override
    public void setTrace(Object trace) {
        extras().trace = trace == PyNone.None ? null : trace;
    }

    /** Whether this frame is running on its thread now (the thread's current frame or one of its callers). */
    private boolean executing() {
        for (org.jyston.api.object.FrameView f = PyThreadState.current().frame; f != null; f = f.back()) {
            if (f == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        if (executing()) {
            throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.RuntimeError,
                    "cannot clear an executing frame");
        }
        java.util.Arrays.fill(locals, null);
        if (extras != null && extras.localsSnapshot != null) {
            extras.localsSnapshot.clear();
        }
    }
}
