package org.jyston.modules.contextvars.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * What {@code iter(ctx)}, {@code ctx.keys()}, {@code values()} and {@code items()} return: as CPython's
 * HAMT iterators (types {@code keys}, {@code values}, {@code items}), an iterator over the mapping as it
 * was, whose {@code len()} is the mapping's size.
 */
final class ContextIter implements PyObject {
    enum Kind {
        KEYS("keys"), VALUES("values"), ITEMS("items");

        final TypeRef type;
        final String name;

        Kind(String name) {
            this.name = name;
            this.type = TypeRef.of(name);
        }
    }

    private final Kind kind;
    private final PyContextVar[] keys;
    private final Object[] values;
    private int pos;

    ContextIter(Kind kind, Vars vars) {
        this.kind = kind;
        this.keys = vars.keys();
        this.values = kind == Kind.KEYS ? null : vars.values();
    }

    @Override
    public PyType getType() {
        return kind.type.get();
    }

    private synchronized Object next() {
        if (pos >= keys.length) {
            throw Errors.raise(Errors.StopIteration);
        }
        int i = pos++;
        return switch (kind) {
            case KEYS -> keys[i];
            case VALUES -> values[i];
            case ITEMS -> PyTuple.of(keys[i], values[i]);
        };
    }

    static TypeSpec spec(Kind kind) {
        return new TypeSpec(kind.name).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((ContextIter) self).next())
                .unary(Slot.LEN, self -> (long) ((ContextIter) self).keys.length);
    }
}
