package org.jyston.api.object;

/**
 * The JVM carrier of a Python exception. It captures no Java stack trace (the Python traceback is
 * recorded on the exception object as frames unwind), so raising costs an allocation, not a stack
 * walk.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    public PyType type() {
        return value.getType();
    }

    /** Whether the exception is an instance of {@code type} or a subclass. */
    public boolean matches(PyType type) {
        return value.getType().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.toString();
    }
}
