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

    /** The struct sequences and namespace of {@code sys} that describe the implementation and its limits. */
    private static void structs(PyDict d, Object versionInfo, int[] v) {
        Object impl = Op.call(StructSeq.simpleNamespace());
        Op.setattr(impl, "name", "jyston");
        // a tag of its own (as PyPy has): importlib names cache files with it, but none exist, since
        // sys.dont_write_bytecode is set and marshal cannot write code; the tag keeps cache_from_source
        // (test.support.import_helper.forget, py_compile) working
        Op.setattr(impl, "cache_tag", "jyston-311");
        Op.setattr(impl, "version", versionInfo);
        Op.setattr(impl, "hexversion", d.get("hexversion"));
        // the Debian multiarch triple: sysconfig names the library's build-data module after it
        String arch = System.getProperty("os.arch", "");
        Op.setattr(impl, "_multiarch", (arch.equals("amd64") ? "x86_64" : arch) + "-linux-gnu");
        d.put("implementation", impl);
        d.put("flags", StructSeq.of(StructSeq.type("sys", "flags", "debug", "inspect", "interactive", "optimize",
                "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
                "safe_path", "int_max_str_digits"), 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L,
                false, -1L));
        d.put("float_info", StructSeq.of(StructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
                "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"), Double.MAX_VALUE, 1024L,
                308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        d.put("int_info", StructSeq.of(StructSeq.type("sys", "int_info", "bits_per_digit", "sizeof_digit",
                "default_max_str_digits", "str_digits_check_threshold"), 30L, 4L, 4300L, 640L));
        d.put("hash_info", StructSeq.of(StructSeq.type("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
                "algorithm", "hash_bits", "seed_bits", "cutoff"), 64L, (1L << 61) - 1, 314159L, 0L, 1000003L,
                "siphash13", 64L, 128L, 0L));
        d.put("getsizeof", new PyBuiltinFunction("getsizeof", SysModule::getsizeof));
        d.put("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", (a, kw) -> {
            org.jyston.api.object.BuiltinMethods.none("get_int_max_str_digits", a, kw);
            return (long) org.jyston.api.object.NumberText.maxStrDigits;
        }));
        d.put("set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits", SysModule::setIntMaxStrDigits));
    }

    /** {@code sys.set_int_max_str_digits(maxdigits)}: 0 lifts the limit; below 640 is refused, as in CPython. */
    private static Object setIntMaxStrDigits(Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (a.length > 1) {
            throw Errors.typeError("set_int_max_str_digits() takes at most 1 argument (" + a.length + " given)");
        }
        if (nkw == 1 && !kw[0].equals("maxdigits")) {
            throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for set_int_max_str_digits()");
        }
        if (a.length == 0) {
            throw Errors.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        }
        Object v = Op.index(a[0]);
        if (!(v instanceof Long n) || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            throw Errors.raise(Errors.OverflowError, "Python int too large to convert to C int");
        }
        if (n != 0 && n < 640) {
            throw Errors.valueError("maxdigits must be 0 or larger than 640");
        }
        org.jyston.api.object.NumberText.maxStrDigits = n.intValue();
        return PyNone.None;
    }

    /** {@code sys.getsizeof(object[, default])}: {@code __sizeof__()} plus CPython's GC header for containers. */
    private static Object getsizeof(Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        Object obj = null;
        Object dflt = null;
        int npos = a.length - nkw;
        if (npos > 2) {
            throw Errors.typeError("getsizeof() takes at most 2 arguments (" + a.length + " given)");
        }
        if (npos > 0) {
            obj = a[0];
        }
        if (npos > 1) {
            dflt = a[1];
        }
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("object") && obj == null) {
                obj = a[npos + k];
            } else if (kw[k].equals("default") && dflt == null) {
                dflt = a[npos + k];
            } else {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for getsizeof()");
            }
        }
        if (obj == null) {
            throw Errors.typeError("getsizeof() missing required argument 'object' (pos 1)");
        }
        Object size;
        try {
            size = Op.call(Op.getattr(obj, "__sizeof__"));
        } catch (org.jyston.api.object.PyException e) {
            if (dflt != null) {
                return dflt;
            }
            throw e;
        }
        if (!(size instanceof Long n)) {
            throw Errors.typeError("an integer is required");
        }
        if (n < 0) {
            throw Errors.valueError("__sizeof__() should return >= 0");
        }
        boolean tracked = obj instanceof PyList || obj instanceof PyDict || obj instanceof org.jyston.api.object.PySet
                || obj instanceof PyTuple;
        return tracked ? n + 16 : n;
    }

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
        Object versionInfo = StructSeq.of(StructSeq.type("sys", "version_info", "major", "minor", "micro",
                "releaselevel", "serial"), (long) v[0], (long) v[1], (long) v[2], "final", 0L);
        d.put("version_info", versionInfo);
        d.put("hexversion", (long) (v[0] << 24 | v[1] << 16 | v[2] << 8 | 0xf0));
        structs(d, versionInfo, v);
        d.put("maxsize", Long.MAX_VALUE);
        d.put("maxunicode", 0x10ffffL);
        d.put("byteorder", "little");
        d.put("platform", "linux");
        d.put("executable", executable(System.getProperty("jyston.program", "")));
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


    /**
     * sys.executable as CPython computes it from argv[0]: a name with a slash made absolute against
     * the directory the process started in (not resolving links), a bare name looked up on PATH.
     */
    static String executable(String program) {
        if (program.isEmpty()) {
            return program;
        }
        if (program.indexOf('/') >= 0) {
            return java.nio.file.Path.of(program).toAbsolutePath().normalize().toString();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                java.nio.file.Path p = java.nio.file.Path.of(dir.isEmpty() ? "." : dir, program);
                if (java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isExecutable(p)) {
                    return p.toAbsolutePath().normalize().toString();
                }
            }
        }
        return program;
    }
}
