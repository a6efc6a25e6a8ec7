package org.jyston.api.object;

/** A Python object that carries its own type (instances of user classes, exceptions, functions, types). */
public interface PyObject {
    PyType getType();
}
