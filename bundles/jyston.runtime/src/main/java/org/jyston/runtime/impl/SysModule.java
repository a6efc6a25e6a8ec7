package org.jyston.runtime.impl;

import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;

/** The {@code sys} module of one interpreter. */
final class SysModule {
    private SysModule() {}

    static PyModule create(InterpreterOptions options, ImportSystem imports,
            java.util.function.Supplier<org.jyston.api.TracebackService> tracebacks) {
        PyModule sys = new PyModule("sys");
        PyDict d = sys.getDict();
        int[] v = PythonRuntime.VERSION;
        d.put("argv", new PyList(options.argv().toArray()));
        d.put("path", imports.path);
        d.put("modules", imports.modules);
        d.put("stdout", new TextStream("<stdout>", options.stdout()));
        d.put("stderr", new TextStream("<stderr>", options.stderr()));
        d.put("stdin", new TextStream("<stdin>", options.stdin()));
        d.put("__stdout__", d.get("stdout"));
        d.put("__stderr__", d.get("stderr"));
        d.put("__stdin__", d.get("stdin"));
        d.put("version", v[0] + "." + v[1] + "." + v[2] + " (Jyston " + PythonRuntime.IMPLEMENTATION_VERSION + ")");
        d.put("version_info", PyTuple.of((long) v[0], (long) v[1], (long) v[2], "final", 0L));
        d.put("hexversion", (long) (v[0] << 24 | v[1] << 16 | v[2] << 8 | 0xf0));
        d.put("maxsize", Long.MAX_VALUE);
        d.put("maxunicode", 0x10ffffL);
        d.put("byteorder", "little");
        d.put("platform", "linux");
        d.put("executable", System.getProperty("jyston.program", ""));
        java.util.TreeSet<String> builtinNames = new java.util.TreeSet<>(java.util.List.of("builtins", "sys"));
        builtinNames.addAll(imports.javaModuleNames());
        d.put("builtin_module_names", PyTuple.of(builtinNames.toArray()));
        d.put("dont_write_bytecode", Boolean.TRUE);
        fn(d, "exit", (args, kw) -> {
            throw Errors.raise(Errors.SystemExit, args.length == 0 ? new Object[0] : new Object[] {args[0]});
        });
        fn(d, "displayhook", (args, kw) -> displayhook(d, imports.modules, Builtins.one("displayhook", args, kw)));
        d.put("__displayhook__", d.get("displayhook"));
        fn(d, "getrecursionlimit", (args, kw) -> (long) PyThreadState.getRecursionLimit());
        fn(d, "setrecursionlimit", (args, kw) -> {
            long n = (Long) Op.index(Builtins.one("setrecursionlimit", args, kw));
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            int depth = PyThreadState.current().depth;
            if (n <= depth) {
                throw Errors.raise(Errors.RecursionError, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + depth + ": the limit is too low");
            }
            PyThreadState.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.None;
        });
        fn(d, "intern", (args, kw) -> {
            Object s = Builtins.one("intern", args, kw);
            if (!(s instanceof String)) {
                throw Errors.typeError("intern() argument must be str, not " + Op.typeName(s));
            }
            return ((String) s).intern();
        });
        fn(d, "getdefaultencoding", (args, kw) -> "utf-8");
        fn(d, "exc_info", (args, kw) -> {
            var e = PyThreadState.current().handling;
            return e == null ? PyTuple.of(PyNone.None, PyNone.None, PyNone.None)
                    : PyTuple.of(e.getType(), e, e.getTraceback() == null ? PyNone.None : e.getTraceback());
        });
        fn(d, "exception", (args, kw) -> {
            var e = PyThreadState.current().handling;
            return e == null ? PyNone.None : e;
        });
        fn(d, "_getframe", (args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("_getframe() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("_getframe expected at most 1 argument, got " + args.length);
            }
            long depth = args.length == 0 ? 0 : Op.indexAsLong(args[0], "depth");
            org.jyston.api.object.FrameView f = PyThreadState.current().frame;
            for (; depth > 0 && f != null; depth--) {
                f = f.back();
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f;
        });
        PyBuiltinFunction hook = new PyBuiltinFunction("excepthook", (args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("excepthook() takes no keyword arguments");
            }
            if (args.length != 3) {
                throw Errors.typeError("excepthook expected 3 arguments, got " + args.length);
            }
            display(d, tracebacks.get(), args[1]);
            return PyNone.None;
        });
        d.put("excepthook", hook);
        d.put("__excepthook__", hook);
        return sys;
    }

    /** CPython's {@code PyErr_Display}: the report of {@code value}, written to the current {@code sys.stderr}. */
    static void display(PyDict sys, org.jyston.api.TracebackService tracebacks, Object value) {
        Object stdout = sys.get("stdout");
        if (stdout != null && stdout != PyNone.None) {
            try {
                Op.call(Op.getattr(stdout, "flush")); // what was printed comes before the report
            } catch (org.jyston.api.object.PyException ignored) {
                // nothing to flush
            }
        }
        String text;
        if (value instanceof org.jyston.api.object.PyBaseException e) {
            text = tracebacks.format(e);
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + Op.typeName(value) + " found\n";
        }
        writeStderr(sys, text);
    }

    /**
     * {@code sys.displayhook(value)}: what code compiled in "single" mode does with an expression's
     * value — None shows nothing; otherwise its repr goes to {@code sys.stdout} and it becomes
     * {@code builtins._}.
     */
    private static Object displayhook(PyDict sys, PyDict modules, Object value) {
        if (value == PyNone.None) {
            return PyNone.None;
        }
        Object builtins = modules.get("builtins");
        PyDict b = builtins instanceof PyModule m ? m.getDict() : null;
        if (b != null) {
            b.put("_", PyNone.None);
        }
        Object stdout = sys.get("stdout");
        if (stdout == null || stdout == PyNone.None) {
            throw Errors.raise(Errors.RuntimeError, "lost sys.stdout");
        }
        String text = Op.repr(value);
        Object write = Op.getattr(stdout, "write");
        Op.call(write, text);
        Op.call(write, "\n");
        if (b != null) {
            b.put("_", value);
        }
        return PyNone.None;
    }

    /** {@code PySys_WriteStderr}: to {@code sys.stderr} if it is set, else nowhere. */
    static void writeStderr(PyDict sys, String text) {
        Object stderr = sys.get("stderr");
        if (stderr == null || stderr == PyNone.None) {
            return;
        }
        Op.call(Op.getattr(stderr, "write"), text);
        try {
            Op.call(Op.getattr(stderr, "flush"));
        } catch (org.jyston.api.object.PyException ignored) {
            // a file-like object without flush() is fine, as in CPython
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }

}
