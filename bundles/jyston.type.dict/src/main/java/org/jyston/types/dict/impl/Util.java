package org.jyston.types.dict.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyTuple;

/** Helpers shared by dict, its views and the sets. */
final class Util {
    private static final ThreadLocal<Map<Object, Object>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    private Util() {}

    /** CPython's {@code Py_ReprEnter}: false if the object's repr is already being made on this thread. */
    static boolean reprEnter(Object o) {
        return IN_REPR.get().put(o, o) == null;
    }

    static void reprLeave(Object o) {
        IN_REPR.get().remove(o);
    }

    /** The items of any iterable. */
    static Object[] toArray(Object iterable) {
        // as CPython's set update: the storage of any set, of an exact list, tuple or dict; a subclass
        // of the latter is iterated (its __iter__ may be overridden)
        Class<?> c = iterable.getClass();
        if (c == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        if (c == PyTuple.class) {
            return ((PyTuple) iterable).toArray();
        }
        if (c == PyDict.class) {
            return ((PyDict) iterable).keys();
        }
        if (iterable instanceof org.jyston.api.object.PySet s) {
            return s.toArray();
        }
        return iterate(iterable);
    }

    /** The items {@code iter(o)} gives. */
    static Object[] iterate(Object iterable) {
        Object it = Op.iter(iterable);
        ArrayList<Object> out = new ArrayList<>();
        for (Object x; (x = Op.next(it)) != null;) {
            out.add(x);
        }
        return out.toArray();
    }

    /** The live entries of a dict in order, as {@code {key, value}} pairs. */
    static Object[][] entries(PyDict d) {
        synchronized (d) {
            Object[][] out = new Object[d.size()][];
            int[] next = {0};
            int n = 0;
            for (Object[] e; n < out.length && (e = d.entryAt(next[0], next)) != null;) {
                out[n++] = e;
            }
            return out;
        }
    }
}
