package org.jyston.compiler.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/**
 * Attribute access for tier 0 until the type system's descriptor protocol arrives: the type's
 * {@code __getattribute__} slot if it has one, else a method found on the type, bound to the object.
 */
final class Attrs {
    private Attrs() {}

    static Object get(Object obj, String name) {
        PyType t = PyType.of(obj);
        Slot.Binary ga = t.binary(Slot.GETATTRIBUTE);
        if (ga != null) {
            return ga.apply(obj, name);
        }
        Object v = t.lookup(name);
        if (v instanceof PyCallable fn) {
            return new BoundMethod(obj, fn);
        }
        if (v != null) {
            return v;
        }
        throw Errors.raise(Errors.AttributeError, "'" + Op.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    static void set(Object obj, String name, Object value) {
        Slot.Ternary sa = PyType.of(obj).ternary(Slot.SETATTR);
        if (sa != null) {
            sa.apply(obj, name, value);
            return;
        }
        throw noAttribute(obj, name);
    }

    static void delete(Object obj, String name) {
        Slot.Binary da = PyType.of(obj).binary(Slot.DELATTR);
        if (da != null) {
            da.apply(obj, name);
            return;
        }
        throw noAttribute(obj, name);
    }

    static org.jyston.api.object.PyException noAttribute(Object obj, String name) {
        return Errors.raise(Errors.AttributeError, "'" + Op.typeName(obj) + "' object has no attribute '" + name + "'");
    }
}
