package org.jyston.api.object;

/**
 * Warnings raised by Java code ({@code int()} delegating to {@code __trunc__}, {@code __index__}
 * returning an int subclass, ...): they go through the Python {@code warnings} module, as CPython's
 * {@code PyErr_WarnEx} does, so filters, "once per location" and {@code -W error} apply. The
 * runtime installs the sink when an interpreter starts; the attributed line is that of the Python
 * frame calling the Java code.
 */
public final class Warnings {
    private Warnings() {}

    /** Issues one warning; may raise (a filter can turn the warning into an error). */
    @FunctionalInterface
    public interface Sink {
        void warn(PyType category, String message);
    }

    private static volatile Sink sink;

    public static void install(Sink s) {
        sink = s;
    }

    /** {@code PyErr_WarnEx(category, message, 1)}; without a runtime (unit tests) nothing is shown. */
    public static void warn(TypeRef category, String message) {
        Sink s = sink;
        if (s != null) {
            s.warn(category.get(), message);
        }
    }

    public static final TypeRef DeprecationWarning = TypeRef.of("DeprecationWarning");

    /** CPython's warning for a special method returning a strict subclass of {@code int} (or {@code float}). */
    public static void strictSubclassResult(String method, Object result, String base) {
        warn(DeprecationWarning, method + " returned non-" + base + " (type " + Op.typeName(result)
                + ").  The ability to return an instance of a strict subclass of " + base
                + " is deprecated, and may be removed in a future version of Python.");
    }
}
