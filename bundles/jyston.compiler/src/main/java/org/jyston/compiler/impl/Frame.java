package org.jyston.compiler.impl;

import java.util.Map;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyException;

/**
 * The state of one running function or module body. Locals of a function live in {@link #locals}
 * at slots resolved by scope analysis; a module body uses {@link #globals} by name.
 */
final class Frame {
    final Object[] locals;
    final Map<String, Object> globals;
    final Map<String, Object> builtins;
    final ThreadState thread;
    final org.jyston.api.object.CodeInfo code;
    /** Where the exception now leaving this frame was raised: the innermost failing node's position. */
    Pos errorPos;
    Object returnValue;

    Frame(org.jyston.api.object.CodeInfo code, int nlocals, Map<String, Object> globals, Map<String, Object> builtins,
            ThreadState thread) {
        this.code = code;
        this.locals = nlocals == 0 ? NO_LOCALS : new Object[nlocals];
        this.globals = globals;
        this.builtins = builtins;
        this.thread = thread;
    }

    private static final Object[] NO_LOCALS = new Object[0];

    /** Called as an exception passes a node: the first (innermost) node to see it sets the position. */
    PyException at(PyException e, Pos pos) {
        if (errorPos == null) {
            errorPos = pos;
        }
        return e;
    }
}
