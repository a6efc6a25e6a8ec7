package org.jyston.api.object;

/**
 * What Python code can see of a running (or finished) frame: its namespaces, code and current line.
 * The running frame of each thread is {@link PyThreadState#frame}; {@code globals()}, {@code locals()},
 * {@code eval}, {@code exec} and {@code sys._getframe} start from it.
 *
 * <p>A frame view is itself the Python {@code frame} object: the compiler's frames implement this
 * interface, so a frame object costs nothing until Python code asks for one ({@code sys._getframe},
 * {@code tb_frame}, {@code f_back}, {@code gi_frame}).
 */
public interface FrameView extends PyObject {
    PyDict globals();

    /**
     * {@code locals()} and {@code f_locals}: the namespace of module and class code; for a function,
     * its variables copied into one dictionary per frame (CPython 3.11's snapshot, refreshed by each call).
     */
    PyDict locals();

    PyDict builtins();

    CodeInfo code();

    /** The calling frame, or null. */
    FrameView back();

    /** {@code f_lineno}: the line being executed, or the last one executed by a finished frame. */
    default int lineno() {
        return -1;
    }

    /** {@code f_code}: the code object, or null if the frame's code has none. */
    default PyCode codeObject() {
        return null;
    }

    /** {@code f_trace}: stored for debuggers, not acted upon. */
    default Object trace() {
        return PyNone.None;
    }

    default void setTrace(Object trace) {
        throw Errors.raise(Errors.AttributeError, "attribute 'f_trace' of 'frame' objects is not writable");
    }

    /** {@code frame.clear()}: drops the local variables of a frame that is not executing. */
    default void clear() {}
}
