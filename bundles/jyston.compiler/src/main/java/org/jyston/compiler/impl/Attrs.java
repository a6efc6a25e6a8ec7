package org.jyston.compiler.impl;

import org.jyston.api.object.Op;

/** Attribute access from tier 0 nodes: the kernel's protocol ({@code __getattribute__}, descriptors, {@code __getattr__}). */
final class Attrs {
    private Attrs() {}

    static Object get(Object obj, String name) {
        return Op.getattr(obj, name);
    }

    static void set(Object obj, String name, Object value) {
        Op.setattr(obj, name, value);
    }

    static void delete(Object obj, String name) {
        Op.delattr(obj, name);
    }
}
