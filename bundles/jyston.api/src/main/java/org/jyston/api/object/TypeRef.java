package org.jyston.api.object;

/**
 * A cached handle on a builtin type known by name, for code that needs a type it does not own
 * ({@code ZeroDivisionError} raised by {@code int}, {@code function} for compiled functions). The
 * lookup is done once and redone only after the registry changes, so a type bundle may be stopped
 * and started while holders of a {@code TypeRef} keep working.
 */
public final class TypeRef {
    private final String name;
    private volatile PyType cached;
    private volatile int seen = -1;

    private TypeRef(String name) {
        this.name = name;
    }

    public static TypeRef of(String name) {
        return new TypeRef(name);
    }

    public String name() {
        return name;
    }

    /** The type, or an exception if no bundle provides it now. */
    public PyType get() {
        PyType t = cached;
        int v = TypeRegistry.generation();
        if (t != null && seen == v) {
            return t;
        }
        t = TypeRegistry.byName(name);
        if (t == null) {
            throw new MissingTypeException(name);
        }
        cached = t;
        seen = v;
        return t;
    }

    /** The type, or null if no bundle provides it now. */
    public PyType getOrNull() {
        try {
            return get();
        } catch (MissingTypeException e) {
            return null;
        }
    }

    /** Thrown when a builtin type is needed but its bundle is not active. */
    public static final class MissingTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingTypeException(String name) {
            super("builtin type '" + name + "' is not available (is its bundle active?)", null, false, false);
        }
    }
}
