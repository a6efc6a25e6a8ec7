package org.jyston.api;

import org.jyston.api.object.PyDict;

/** Compiled code, ready to run against a namespace. */
public interface Code {
    /** The name shown in tracebacks ({@code <module>} for a module). */
    String name();

    String filename();

    /**
     * Runs the code with {@code globals} as its namespace; names not found there are looked up in
     * {@code builtins}. Returns the value of an expression (mode {@code EVAL}), else {@code None}.
     */
    Object execute(PyDict globals, PyDict builtins);
}
