package org.jyston.api.object;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code __del__} for instances of classes that define it. Such an instance holds a {@link Token}
 * that nothing else references; when the JVM finds the two unreachable it finalizes the token, which
 * queues the instance (reachable again) here, and the interpreter runs the queued {@code __del__}
 * methods on a Python thread at a safe point: {@code gc.collect()}. As with PEP 442, each object's
 * {@code __del__} runs at most once, even if it resurrects the object. Unlike CPython, nothing runs
 * when the last reference goes away: the JVM has no reference counts.
 */
public final class Finalizers {
    private static final ConcurrentLinkedQueue<Object> PENDING = new ConcurrentLinkedQueue<>();

    private Finalizers() {}

    /** The token an instance of a class with {@code __del__} keeps (and only it). */
    public static Object tokenFor(Object instance) {
        return new Token(instance);
    }

    /**
     * Runs the JVM's collector and waits until it has finalized what it found: the JVM hands
     * unreachable finalizable objects to its finalizer thread asynchronously, so a marker made
     * unreachable just before the collection tells when that hand-over has got going; then
     * {@code runFinalization} drains the rest. At most 250 ms is spent waiting for the marker.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public static void collect() {
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
        new Marker(seen);
        System.gc();
        try {
            seen.await(250, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
    }

    /** Runs the {@code __del__} of every instance queued so far; errors go to {@code sys.unraisablehook}. */
    public static void runPending() {
        Object o;
        while ((o = PENDING.poll()) != null) {
            Slot.Unary del = PyType.of(o).unary(Slot.DEL);
            if (del == null) {
                continue; // the class lost its __del__ since
            }
            try {
                del.apply(o);
            } catch (PyException e) {
                Unraisable.report(null, PyType.of(o).lookup("__del__"), e.value()); // CPython's default message
            }
        }
    }

    private static final class Marker {
        private final java.util.concurrent.CountDownLatch seen;

        Marker(java.util.concurrent.CountDownLatch seen) {
            this.seen = seen;
        }

        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {
            seen.countDown();
        }
    }

    private static final class Token {
        private final Object instance;

        Token(Object instance) {
            this.instance = instance;
        }

        // Object.finalize is the JVM's only hook that can still reach the dying object, which
        // __del__ needs (a Cleaner or phantom reference cannot). Deprecated, but supported by JDK 17-25.
        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {
            PENDING.add(instance);
        }
    }
}
