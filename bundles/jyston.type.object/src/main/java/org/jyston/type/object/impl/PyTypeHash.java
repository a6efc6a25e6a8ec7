package org.jyston.type.object.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** {@code hash(x)} through the type's slot, with CPython's message for unhashable types. */
final class PyTypeHash {
    private PyTypeHash() {}

    static Object hash(Object o) {
        Slot.Unary f = PyType.of(o).unary(Slot.HASH);
        if (f == null) {
            throw Errors.typeError("unhashable type: '" + PyType.of(o).getName() + "'");
        }
        return f.apply(o);
    }
}
