package org.jyston.modules.contextvars.impl;

/**
 * The current context of each thread (CPython's {@code PyThreadState.context}). A thread starts with
 * none; the first use makes it an empty context, so a new thread sees no variable set elsewhere, as in
 * CPython 3.11. The table is the process's, like the kernel's {@code PyThreadState}: interpreters that
 * run one after another on the same thread share its context (their variables are distinct objects,
 * so values never cross; only {@code copy_context()} could list the other's).
 */
final class Contexts {
    private static final ThreadLocal<PyContext> CURRENT = new ThreadLocal<>();

    private Contexts() {}

    static PyContext current() {
        PyContext c = CURRENT.get();
        if (c == null) {
            c = new PyContext(Vars.EMPTY);
            CURRENT.set(c);
        }
        return c;
    }

    /** {@code ctx.run}'s entry: {@code ctx} becomes current; returns false if it is entered already (anywhere). */
    static boolean enter(PyContext ctx) {
        PyContext outer = current();
        synchronized (ctx) {
            if (ctx.entered) {
                return false;
            }
            ctx.entered = true;
        }
        ctx.prev = outer;
        CURRENT.set(ctx);
        return true;
    }

    /** Leaves the context {@link #enter} entered: its caller's becomes current again. */
    static void exit(PyContext ctx) {
        CURRENT.set(ctx.prev);
        ctx.prev = null;
        synchronized (ctx) {
            ctx.entered = false;
        }
    }
}
