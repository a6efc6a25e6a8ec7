package org.jyston.runtime.impl;

import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;

/** An {@code _io} object that knows its class (a Python subclass included) and has an instance dictionary. */
abstract class IoObject implements PyObject, HasDict {
    final PyType type;
    private PyDict dict;

    IoObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
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
