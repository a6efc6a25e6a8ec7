package org.jyston.api;

import org.osgi.annotation.versioning.ProviderType;

/** The Python runtime: creates isolated interpreters. */
@ProviderType
public interface PythonRuntime {
    /** The Python language version implemented, as {@code sys.version_info}'s first three fields. */
    int[] VERSION = {3, 11, 7};

    /** Jyston's own version. */
    String IMPLEMENTATION_VERSION = "0.1.0";

    /** A new interpreter with its own {@code sys} and {@code builtins}; close it to free everything. */
    Interpreter newInterpreter(InterpreterOptions options);
}
