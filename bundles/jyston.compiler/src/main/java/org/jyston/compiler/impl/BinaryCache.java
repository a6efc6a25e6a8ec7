package org.jyston.compiler.impl;

import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;

/**
 * A monomorphic inline cache for a binary operator on two values of one builtin type (int + int,
 * str == str): keyed on the operands' Java classes, it skips the type lookups and the
 * reflected-operand protocol. It gives way (returns null) for anything else, for a result of
 * {@code NotImplemented}, and after any builtin type bundle comes or goes.
 */
final class BinaryCache {
    private Class<?> left;
    private Class<?> right;
    private Slot.Binary fn;
    private int generation = -1;

    /** The result through the cached slot, or null when the general protocol must decide. */
    Object apply(Slot slot, Object a, Object b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == left && cb == right && generation == TypeRegistry.generation()) {
            Object r = fn.apply(a, b);
            return r == PyNotImplemented.NotImplemented ? null : r;
        }
        if (a instanceof PyObject || b instanceof PyObject) {
            return null;
        }
        int gen = TypeRegistry.generation();
        PyType lt = PyType.of(a);
        if (lt != PyType.of(b)) {
            return null;
        }
        Slot.Binary f = lt.binary(slot);
        if (f == null) {
            return null;
        }
        left = ca;
        right = cb;
        fn = f;
        generation = gen;
        Object r = f.apply(a, b);
        return r == PyNotImplemented.NotImplemented ? null : r;
    }
}
