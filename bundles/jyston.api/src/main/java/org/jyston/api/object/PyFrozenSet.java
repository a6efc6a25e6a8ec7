package org.jyston.api.object;

/** The representation of {@code frozenset}: a set nobody changes after it is built. */
public class PyFrozenSet extends PySet {
    public PyFrozenSet() {
        super();
    }

    public PyFrozenSet(PyDict members) {
        super(members);
    }
}
