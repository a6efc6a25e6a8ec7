package org.jyston.type.exception.impl;

import java.util.HashMap;
import java.util.Map;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyType;

/**
 * An exception made by this bundle's {@code __new__}: a {@link PyBaseException} that also keeps the
 * attributes its family parses from the constructor arguments ({@code errno}, {@code filename},
 * {@code name}, ...), including those given by keyword, which {@code args} does not record.
 * Exceptions made elsewhere (e.g. by {@code Errors.raise}) are plain {@link PyBaseException}s; for them
 * the attributes are derived from {@code args} when asked for.
 */
final class ExcInstance extends PyBaseException {
    /** Parsed attributes; replaced as a whole by {@code __init__}. */
    volatile Map<String, Object> attrs = new HashMap<>();

    /** The attributes of an exception whose family parses none; never mutated (writers copy first). */
    static final Map<String, Object> NO_ATTRS = Map.of();

    ExcInstance(PyType type, Object... args) {
        super(type, args);
    }

    ExcInstance(PyType type, Map<String, Object> attrs, Object[] args) {
        super(type, args);
        this.attrs = attrs;
    }
}
