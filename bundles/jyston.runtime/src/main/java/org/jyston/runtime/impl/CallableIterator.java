package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * {@code iter(callable, sentinel)}: calls {@code callable} with no arguments until it returns a value
 * equal to {@code sentinel} (or raises StopIteration); after that it stays exhausted.
 */
final class CallableIterator implements PyObject {
    static final TypeRef TYPE = TypeRef.of("callable_iterator");

    private Object callable;
    private Object sentinel;

    CallableIterator(Object callable, Object sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** The next value; StopIteration when exhausted. */
    Object next() {
        Object c;
        Object s;
        synchronized (this) {
            c = callable;
            s = sentinel;
        }
        if (c != null) {
            Object r;
            try {
                r = Op.call(c);
            } catch (PyException e) {
                if (e.matches(Errors.StopIteration.get())) {
                    exhaust();
                }
                throw e;
            }
            if (!Op.eq(r, s)) {
                return r;
            }
            exhaust();
        }
        throw Errors.raise(Errors.StopIteration);
    }

    /** {@code (iter, (callable, sentinel))}, or {@code (iter, ((),))} once exhausted, as CPython. */
    synchronized Object reduce() {
        if (callable == null) {
            return org.jyston.api.object.IterPickling.reduceEmpty(org.jyston.api.object.PyTuple.EMPTY);
        }
        return org.jyston.api.object.PyTuple.of(org.jyston.api.object.IterPickling.builtin("iter"),
                org.jyston.api.object.PyTuple.of(callable, sentinel));
    }

    private synchronized void exhaust() {
        callable = null;
        sentinel = null;
    }
}
