package org.jyston.type.exception.impl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyType;

/**
 * What distinguishes a branch of the exception hierarchy that has its own constructor rules and
 * attributes ({@code OSError}, {@code SyntaxError}, {@code ImportError}, ...). The plain family is
 * {@code BaseException} itself: only {@code args}.
 */
class Family {
    /** Key under which {@link #parse} may replace {@code args} (as {@code OSError} truncates them). */
    static final String ARGS = "\0args";

    static final Family BASE = new Family("BaseException", Set.of(), List.of());

    /** The name used in "'x' is an invalid keyword argument for NAME()". */
    final String name;
    /** Keyword arguments {@code __init__} accepts; none means "takes no keyword arguments". */
    final Set<String> keywords;
    /** Attributes readable on every instance, None when not set. */
    final List<String> attributes;

    Family(String name, Set<String> keywords, List<String> attributes) {
        this.name = name;
        this.keywords = keywords;
        this.attributes = attributes;
    }

    /**
     * Derives the attributes from the positional arguments. When {@code strict}, bad arguments raise
     * as CPython's {@code __init__} does; otherwise they are ignored.
     */
    void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {}

    /** {@code str(e)} for this family, or null for BaseException's rule. */
    String str(PyBaseException e, Map<String, Object> attrs) {
        return null;
    }

    /** Whether {@code name} is an attribute this family answers when set, though it has no default. */
    boolean optional(String attrName) {
        return false;
    }
}
