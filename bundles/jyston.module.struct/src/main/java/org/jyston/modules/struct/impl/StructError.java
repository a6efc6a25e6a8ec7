package org.jyston.modules.struct.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeRegistry;

/**
 * {@code struct.error}: as in CPython a class made at run time ({@code PyErr_NewException}) deriving from
 * {@code Exception}. One per process (CPython makes one per module object); made again if {@code Exception}
 * was replaced by a restarted exception bundle.
 */
final class StructError {
    private static final TypeRef EXCEPTION = TypeRef.of("Exception");
    private static volatile PyType type;

    private StructError() {}

    static PyType type() {
        PyType t = type;
        PyType base = EXCEPTION.get();
        if (t != null && t.getBases().get(0) == base) {
            return t;
        }
        synchronized (StructError.class) {
            t = type;
            if (t == null || t.getBases().get(0) != base) {
                Map<String, Object> ns = new LinkedHashMap<>();
                ns.put("__module__", "struct");
                ns.put("__qualname__", "error");
                ns.put("__doc__", PyNone.None);
                t = PyType.newHeapType("error", List.of(base), ns, TypeRegistry.byName("type"));
                type = t;
            }
            return t;
        }
    }

    /** A {@code struct.error} with the given message, to throw. */
    static PyException of(String message) {
        return new PyException((PyBaseException) Op.call(type(), message));
    }
}
