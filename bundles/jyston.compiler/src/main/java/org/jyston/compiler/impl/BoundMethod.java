package org.jyston.compiler.impl;

import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A method bound to its object: calling it passes the object first. */
final class BoundMethod implements PyCallable {
    private static final TypeRef TYPE = TypeRef.of("builtin_function_or_method");

    private final Object self;
    private final PyCallable fn;

    BoundMethod(Object self, PyCallable fn) {
        this.self = self;
        this.fn = fn;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return fn.call(all, kwnames);
    }

    @Override
    public String toString() {
        return fn.toString();
    }
}
