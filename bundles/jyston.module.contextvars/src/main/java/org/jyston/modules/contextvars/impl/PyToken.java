package org.jyston.modules.contextvars.impl;

import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A {@code contextvars.Token}: what {@code var.set()} replaced, in which context, for one {@code reset}. */
final class PyToken implements PyObject {
    static final TypeRef TYPE = TypeRef.of(ContextTypes.TOKEN);

    final PyContext ctx;
    final PyContextVar var;
    /** The value before the set, or null when the variable had none ({@code Token.MISSING}). */
    final Object old;
    boolean used;

    PyToken(PyContext ctx, PyContextVar var, Object old) {
        this.ctx = ctx;
        this.var = var;
        this.old = old;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }
}
