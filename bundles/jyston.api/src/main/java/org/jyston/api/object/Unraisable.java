package org.jyston.api.object;

/**
 * Errors nobody can catch (in {@code __del__}, weak reference callbacks, threads, atexit callbacks),
 * reported as CPython's {@code PyErr_WriteUnraisable}: through {@code sys.unraisablehook} of the
 * running interpreter, found through the builtins of the current frame.
 */
public final class Unraisable {
    private Unraisable() {}

    /**
     * Reports {@code exc} with {@code errMsg} (e.g. "Exception ignored in atexit callback"; null for
     * the hook's default, "Exception ignored in") about {@code obj} (may be null).
     */
    public static void report(String errMsg, Object obj, PyBaseException exc) {
        FrameView f = PyThreadState.current().frame;
        if (f != null) {
            try {
                Object sys = Op.call(f.builtins().get("__import__"), "sys");
                Object ns = Op.call(PyType.of(Op.getattr(sys, "implementation")), new Object[] {exc.getType(), exc,
                    exc.getTraceback() == null ? PyNone.None : exc.getTraceback(), errMsg == null ? PyNone.None : errMsg,
                    obj == null ? PyNone.None : obj},
                        new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
                Op.call(Op.getattr(sys, "unraisablehook"), ns);
                return;
            } catch (PyException e) {
                // no usable sys or hook: report as below
            }
        }
        String msg = errMsg == null ? "Exception ignored in" : errMsg;
        System.err.println(obj == null ? msg : msg + ": " + Op.repr(obj));
        System.err.println(Op.typeName(exc) + ": " + Op.str(exc));
        System.err.flush();
    }
}
