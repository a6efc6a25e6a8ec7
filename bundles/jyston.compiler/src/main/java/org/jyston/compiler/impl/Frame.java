package org.jyston.compiler.impl;

import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyDict;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyException;

/**
 * The state of one running code block. Locals of a function live in {@link #locals} at slots
 * resolved by scope analysis (a cell variable's slot holds its {@link Cell}); module code uses
 * {@link #globals} by name; a class body stores into {@link #namespace}.
 */
final class Frame implements org.jyston.api.object.FrameView {
    private static final Object[] NO_LOCALS = new Object[0];

    final Object[] locals;
    final PyDict globals;
    final PyDict builtins;
    /** The namespace a class body fills, or null. */
    final PyDict namespace;
    final PyThreadState thread;
    final CodeInfo code;
    /** The caller's frame (for {@code f_back} and {@code globals()}), or null. */
    org.jyston.api.object.FrameView back;
    /** Names of the local slots, for {@code locals()}; null for module and class code. */
    String[] slotNames;

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

    Frame(CodeInfo code, int nlocals, PyDict globals, PyDict builtins, PyDict namespace, PyThreadState thread) {
        this.code = code;
        this.locals = nlocals == 0 ? NO_LOCALS : new Object[nlocals];
        this.globals = globals;
        this.builtins = builtins;
        this.namespace = namespace;
        this.thread = thread;
    }

    /** A function's frame over locals its caller filled (see {@link FunctionCode#directCall}). */
    Frame(CodeInfo code, Object[] locals, PyDict globals, PyDict builtins, PyThreadState thread) {
        this.code = code;
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
        }
        return e;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyDict locals() {
        if (slotNames == null) {
            return namespace;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < slotNames.length && i < locals.length; i++) {
            Object v = locals[i];
            if (v instanceof Cell c) {
                v = c.value;
            }
            if (v != null && slotNames[i] != null) {
                d.put(slotNames[i], v);
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
        return code;
    }

    @Override
    public org.jyston.api.object.FrameView back() {
        return back;
    }
}
