package org.jyston.modules.array.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code array.arrayiterator}: reads the array's current length at each step, as CPython's does. */
final class ArrayIterator implements PyObject {
    private static final TypeRef TYPE = TypeRef.of(ArrayTypes.ITERATOR);

    /** Null once exhausted (CPython drops its reference then). */
    private ArrayObject array;
    private int index;

    ArrayIterator(ArrayObject array) {
        this.array = array;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    synchronized Object next() {
        ArrayObject a = array;
        if (a == null) {
            return null;
        }
        synchronized (a) {
            if (index < a.n) {
                return a.code.get(a.data, index++);
            }
        }
        array = null;
        return null;
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(ArrayTypes.ITERATOR).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> {
                    Object v = ((ArrayIterator) self).next();
                    if (v == null) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return v;
                });
        s.attribute("__reduce__", ClinicArgs.method("arrayiterator", ArrayTypes.ITERATOR, ArrayIterator.class,
                "__reduce__", (a, kw) -> {
                    ClinicArgs.none("__reduce__", a, kw);
                    ArrayIterator it = (ArrayIterator) a[0];
                    synchronized (it) {
                        return ArrayTypes.iterReduce(it.array, it.index);
                    }
                }));
        s.attribute("__setstate__", ClinicArgs.method("arrayiterator", ArrayTypes.ITERATOR, ArrayIterator.class,
                "__setstate__", (a, kw) -> {
                    Object st = ClinicArgs.one("__setstate__", a, kw);
                    ArrayIterator it = (ArrayIterator) a[0];
                    long i = ClinicArgs.ssize(st);
                    synchronized (it) {
                        if (it.array != null) {
                            int n = it.array.size();
                            it.index = (int) Math.max(0, Math.min(i, n));
                        }
                    }
                    return PyNone.None;
                }));
        return s;
    }
}
