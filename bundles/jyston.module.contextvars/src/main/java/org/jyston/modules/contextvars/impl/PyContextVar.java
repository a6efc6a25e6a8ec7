package org.jyston.modules.contextvars.impl;

import java.util.concurrent.atomic.AtomicInteger;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A {@code contextvars.ContextVar}: a name, an optional default, and the hash its contexts probe by. */
final class PyContextVar implements PyObject {
    static final TypeRef TYPE = TypeRef.of(ContextTypes.VAR);
    /** Hands out well-spread table hashes (a Weyl sequence), so variables made together do not collide. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String name;
    /** The default given to the constructor, or null for none. */
    final Object dflt;
    final int hash = SEQUENCE.getAndAdd(0x9E3779B9);

    PyContextVar(String name, Object dflt) {
        this.name = name;
        this.dflt = dflt;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /**
     * {@code var.get()}: the value in the thread's current context, else {@code fallback} (the argument
     * of {@code get}), else the default; null when there is none (the caller raises LookupError). Reads
     * one thread-local and probes one table: nothing is allocated.
     */
    Object get(Object fallback) {
        Object v = Contexts.current().vars.get(this);
        if (v != null) {
            return v;
        }
        return fallback != null ? fallback : dflt;
    }
}
