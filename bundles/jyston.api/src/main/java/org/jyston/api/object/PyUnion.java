package org.jyston.api.object;

/**
 * {@code X | Y} of types: CPython's {@code types.UnionType}. Its arguments are already flattened
 * and free of duplicates; {@code isinstance} and {@code issubclass} test them one by one.
 */
public final class PyUnion implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("UnionType");

    private final PyTuple args;

    public PyUnion(PyTuple args) {
        this.args = args;
    }

    public PyTuple args() {
        return args;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }
}
