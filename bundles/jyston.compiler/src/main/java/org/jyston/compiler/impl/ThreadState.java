package org.jyston.compiler.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBaseException;

/**
 * Per-thread interpreter state: the Python call depth (so that runaway recursion is a
 * {@code RecursionError}, not a JVM crash) and the exception being handled ({@code sys.exc_info()}).
 */
final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** CPython's default {@code sys.getrecursionlimit()}. */
    static volatile int recursionLimit = 1000;

    int depth;
    PyBaseException handling;

    static ThreadState current() {
        return CURRENT.get();
    }

    void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.raise(Errors.RecursionError, "maximum recursion depth exceeded");
        }
    }

    void exit() {
        depth--;
    }
}
