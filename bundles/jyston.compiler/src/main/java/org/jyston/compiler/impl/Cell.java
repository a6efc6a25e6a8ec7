package org.jyston.compiler.impl;

import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A variable shared between a function and the functions nested in it. */
final class Cell implements org.jyston.api.object.FunctionInfo.CellView {
    private static final TypeRef TYPE = TypeRef.of("cell");

    /** Null while the variable is unbound. */
    Object value;

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public Object contents() {
        return value;
    }
}
