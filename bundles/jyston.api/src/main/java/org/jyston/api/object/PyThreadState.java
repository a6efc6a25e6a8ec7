package org.jyston.api.object;

/**
 * Per-thread interpreter state: the Python call depth (so that runaway recursion is a
 * {@code RecursionError}, not a JVM crash) and the exception being handled
 * ({@code sys.exc_info()}).
 */
public final class PyThreadState {
    private static final ThreadLocal<PyThreadState> CURRENT = ThreadLocal.withInitial(PyThreadState::new);

    /** CPython's default {@code sys.getrecursionlimit()}. */
    private static volatile int recursionLimit = 1000;

    /** The Java thread this state belongs to: {@link #isCurrent} compares it instead of reading the ThreadLocal. */
    private final Thread owner = Thread.currentThread();
    public int depth;
    public PyBaseException handling;
    /** The frame running Python code on this thread, or null outside Python code. */
    public FrameView frame;

    public static PyThreadState current() {
        return CURRENT.get();
    }

    /** Whether this is the calling thread's state; far cheaper than {@link #current()} (an intrinsic, no map). */
    public boolean isCurrent() {
        return owner == Thread.currentThread();
    }

    public static int getRecursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit}; CPython's checks on the value are the caller's. */
    public static void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.raise(Errors.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /**
     * {@link #enter()} for Java code that recurses over Python data (CPython's
     * {@code Py_EnterRecursiveCall(where)}): the error message ends with {@code where}, e.g.
     * {@code " in exceptiongroup_split_recursive"}.
     */
    public void enter(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.raise(Errors.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    public void exit() {
        depth--;
    }
}
