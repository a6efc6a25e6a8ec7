package org.jyston.api;

import org.jyston.api.object.PyDict;
import org.osgi.annotation.versioning.ProviderType;

/** One isolated Python interpreter: its own {@code sys}, {@code builtins} and {@code __main__}. */
@ProviderType
public interface Interpreter extends AutoCloseable {

    /**
     * Runs a program as {@code __main__}, the way {@code python3 file.py} or {@code python3 -c} does:
     * an uncaught exception is printed to the interpreter's stderr as CPython prints it.
     *
     * @return the process exit code CPython would give (0, 1 for an uncaught exception, the
     *         {@code SystemExit} code)
     */
    int runMain(String source, String filename);

    /**
     * As {@link #runMain(String, String)}, for source as bytes: the encoding comes from a BOM or a
     * PEP 263 coding declaration, UTF-8 otherwise, as for a script file.
     */
    int runMain(byte[] source, String filename);

    /**
     * Runs a module found on {@code sys.path} as {@code __main__}, the way {@code python3 -m name}
     * does (a package runs its {@code __main__} submodule); the working directory goes first on
     * {@code sys.path}.
     */
    int runModule(String name);

    /**
     * Runs source in {@code __main__}'s namespace.
     *
     * @throws org.jyston.api.object.PyException what the code raised
     */
    void exec(String source, String filename);

    /** Evaluates an expression in {@code __main__}'s namespace. */
    Object eval(String source);

    /** The {@code __main__} module's namespace. */
    PyDict mainNamespace();

    @Override
    void close();
}
