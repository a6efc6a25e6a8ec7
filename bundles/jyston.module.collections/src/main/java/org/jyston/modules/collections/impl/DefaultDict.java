package org.jyston.modules.collections.impl;

import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/**
 * The representation of {@code collections.defaultdict}: a {@link PyDict} (so every method of
 * {@code dict} works on it unchanged) that knows its type and its default factory.
 */
class DefaultDict extends PyDict implements PyObject {
    private final PyType type;
    /** The factory {@code __missing__} calls; None for none. */
    volatile Object factory = PyNone.None;

    DefaultDict(PyType type) {
        this.type = type;
    }

    /** A new defaultdict of {@code type}: with an instance dictionary when the type is a Python subclass. */
    static DefaultDict of(PyType type) {
        return type.isHeapType() ? new WithDict(type) : new DefaultDict(type);
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** A defaultdict of a Python subclass: it has an instance dictionary. */
    static final class WithDict extends DefaultDict implements HasDict {
        private PyDict dict;

        WithDict(PyType type) {
            super(type);
        }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public PyDict getDictIfPresent() {
            return dict;
        }
    }
}
