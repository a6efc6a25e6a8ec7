package org.jyston.api.object;

/**
 * What Python code can see of a running frame: its namespaces and code. The running frame of each
 * thread is {@link PyThreadState#frame}; {@code globals()}, {@code locals()}, {@code eval} and
 * {@code exec} start from it.
 */
public interface FrameView {
    PyDict globals();

    /** {@code locals()}: the namespace of module and class code; a snapshot of a function's variables. */
    PyDict locals();

    PyDict builtins();

    CodeInfo code();

    /** The calling frame, or null. */
    FrameView back();
}
