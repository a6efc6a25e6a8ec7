package org.jyston.api.object;

import java.util.Map;

/**
 * A read-only view of a mapping: CPython's {@code mappingproxy}, what {@code cls.__dict__} returns.
 * Over a type's dictionary the proxy is live (each operation sees the class as it is now); its
 * methods live with the {@code mappingproxy} type spec.
 */
public final class PyMappingProxy implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("mappingproxy");

    /** A Python mapping, or a type's own dictionary (a Java map). */
    private final Object mapping;

    public PyMappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    /** The mapping operations act on: a type's dictionary is copied into a {@code dict} as it is now. */
    public Object mapping() {
        if (mapping instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            synchronized (m) {
                m.forEach((k, v) -> d.put(k, v));
            }
            return d;
        }
        return mapping;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }
}
