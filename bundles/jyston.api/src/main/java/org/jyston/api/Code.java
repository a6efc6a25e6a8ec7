package org.jyston.api;

import org.jyston.api.object.PyDict;

/** Compiled code, ready to run against a namespace. */
public interface Code {
    /** The name shown in tracebacks ({@code <module>} for a module). */
    String name();

    String filename();

    /** Warnings found while compiling, in source order (shown once by whoever compiled the code). */
    default java.util.List<CompileWarning> warnings() {
        return java.util.List.of();
    }

    /**
     * Runs the code with {@code globals} as its namespace; names not found there are looked up in
     * {@code builtins}. Returns the value of an expression (mode {@code EVAL}), else {@code None}.
     */
    default Object execute(PyDict globals, PyDict builtins) {
        return execute(globals, globals, builtins);
    }

    /**
     * Runs module-level code with separate namespaces, as {@code exec(code, globals, locals)}: names
     * are stored in {@code locals} and looked up there, then in {@code globals}, then {@code builtins}.
     */
    Object execute(PyDict globals, PyDict locals, PyDict builtins);
}
