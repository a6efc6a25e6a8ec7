package org.jyston.modules.contextvars.impl;

import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * A {@code contextvars.Context}: an immutable mapping of variables ({@link Vars}) replaced by each
 * {@code set}, so a copy is the same mapping and costs nothing. Only the thread that entered a context
 * changes it.
 */
final class PyContext implements PyObject {
    static final TypeRef TYPE = TypeRef.of(ContextTypes.CONTEXT);

    Vars vars;
    /** Whether some thread runs in it now (under the monitor), and the context that was current before. */
    boolean entered;
    PyContext prev;

    PyContext(Vars vars) {
        this.vars = vars;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }
}
