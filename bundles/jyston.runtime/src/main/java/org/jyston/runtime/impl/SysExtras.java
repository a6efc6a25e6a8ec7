package org.jyston.runtime.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/**
 * The parts of {@code sys} that the standard library reads while it imports: where the library
 * is, the import-system hooks it inspects, and the tracing/audit hooks it installs. Hooks that
 * Jyston does not call yet (trace, profile, audit) are stored and given back, so code that saves
 * and restores them works.
 */
final class SysExtras {
    private SysExtras() {}

    static void install(PyDict d, String stdlib, java.util.List<String> argv,
            java.util.function.Supplier<org.jyston.api.TracebackService> tracebacks) {
        String prefix = "";
        if (stdlib != null && !stdlib.isEmpty()) {
            Path lib = Path.of(stdlib).toAbsolutePath().normalize();
            // <prefix>/lib/python3.11: CPython's layout, which the host's library follows.
            Path p = lib.getParent() == null ? null : lib.getParent().getParent();
            prefix = p == null ? "" : p.toString();
            d.put("_stdlib_dir", lib.toString());
        } else {
            d.put("_stdlib_dir", PyNone.None);
        }
        for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            d.put(name, prefix);
        }
        d.put("platlibdir", "lib");
        d.put("abiflags", "");
        d.put("api_version", 1013L);
        d.put("float_repr_style", "short");
        d.put("pycache_prefix", PyNone.None);
        d.put("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
        d.put("meta_path", new PyList());
        d.put("path_hooks", new PyList());
        d.put("path_importer_cache", new PyDict());
        d.put("warnoptions", new PyList());
        d.put("_xoptions", new PyDict());
        d.put("_git", PyTuple.of("Jyston", "", ""));
        d.put("_framework", "");
        java.util.List<Object> orig = new java.util.ArrayList<>();
        orig.add(System.getProperty("jyston.program", "jyston"));
        orig.addAll(argv);
        d.put("orig_argv", new PyList(orig.toArray()));
        d.put("_base_executable", d.get("executable"));
        d.put("thread_info", StructSeq.of(StructSeq.type("sys", "thread_info", "name", "lock", "version"),
                "pthread", "mutex+cond", PyNone.None));
        d.put("stdlib_module_names", stdlibNames(stdlib));
        constant(d, "getfilesystemencoding", "utf-8");
        constant(d, "getfilesystemencodeerrors", "surrogateescape");
        constant(d, "is_finalizing", Boolean.FALSE);
        constant(d, "getswitchinterval", 0.005);
        constant(d, "_clear_type_cache", PyNone.None);
        constant(d, "get_coroutine_origin_tracking_depth", 0L);
        stored(d, "trace", "settrace", "gettrace");
        stored(d, "profile", "setprofile", "getprofile");
        fn(d, "setswitchinterval", (a, kw) -> {
            double v = (Double) Op.call(org.jyston.api.object.TypeRef.of("float").get(), Builtins.one("setswitchinterval", a, kw));
            if (v <= 0) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            return PyNone.None;
        });
        fn(d, "set_coroutine_origin_tracking_depth", (a, kw) -> PyNone.None);
        fn(d, "getrefcount", (a, kw) -> {
            Builtins.one("getrefcount", a, kw);
            return 2L; // no reference counts on the JVM; the argument's own reference and one more
        });
        PyList auditHooks = new PyList();
        fn(d, "addaudithook", (a, kw) -> {
            auditHooks.append(Builtins.one("addaudithook", a, kw));
            return PyNone.None;
        });
        fn(d, "audit", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof String)) {
                throw Errors.typeError(a.length == 0 ? "audit() missing 1 required positional argument: 'event'"
                        : "expected str for argument 'event', not " + Op.typeName(a[0]));
            }
            int n = a.length - (kw == null ? 0 : kw.length);
            if (auditHooks.size() > 0) {
                Object[] rest = java.util.Arrays.copyOfRange(a, 1, n);
                for (Object hook : auditHooks.toArray()) {
                    Op.call(hook, new Object[] {a[0], PyTuple.of(rest)}, null);
                }
            }
            return PyNone.None;
        });
        fn(d, "call_tracing", (a, kw) -> {
            if (a.length != 2) {
                throw Errors.typeError("call_tracing expected 2 arguments, got " + a.length);
            }
            if (!(a[1] instanceof PyTuple t)) {
                throw Errors.typeError("call_tracing(): argument 2 must be tuple, not " + Op.typeName(a[1]));
            }
            return Op.call(a[0], t.toArray(), null);
        });
        Object[] asyncgenHooks = {PyNone.None, PyNone.None};
        fn(d, "get_asyncgen_hooks", (a, kw) -> StructSeq.of(StructSeq.type("", "asyncgen_hooks", "firstiter",
                "finalizer"), asyncgenHooks[0], asyncgenHooks[1]));
        fn(d, "set_asyncgen_hooks", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            for (int i = 0; i < npos && i < 2; i++) {
                asyncgenHooks[i] = a[i];
            }
            for (int k = 0; kw != null && k < kw.length; k++) {
                asyncgenHooks[kw[k].equals("firstiter") ? 0 : 1] = a[npos + k];
            }
            return PyNone.None;
        });
        fn(d, "unraisablehook", (a, kw) -> {
            Object u = Builtins.one("unraisablehook", a, kw);
            Object err = d.get("stderr");
            Object exc = Op.getattr(u, "exc_value");
            Object obj = Op.getattr(u, "object");
            Object msg = Op.getattr(u, "err_msg");
            String head = (msg == PyNone.None ? "Exception ignored in" : Op.str(msg))
                    + (obj == PyNone.None ? "" : ": " + Op.repr(obj));
            Op.call(Op.getattr(err, "write"), new Object[] {head + "\n"}, null);
            if (exc != PyNone.None) {
                SysModule.display(d, tracebacks.get(), exc); // the traceback and the exception, as excepthook
            }
            return PyNone.None;
        });
        d.put("__unraisablehook__", d.get("unraisablehook"));
    }

    /** CPython's list of its standard library's top-level module names, read from the library folder. */
    private static Object stdlibNames(String stdlib) {
        java.util.Set<Object> names = new java.util.TreeSet<>(java.util.List.of("builtins", "sys", "_io", "_thread",
                "_weakref", "_warnings", "_imp", "_abc", "_codecs", "_collections", "_functools", "_signal", "_sre",
                "_stat", "_string", "_symtable", "_tracemalloc", "atexit", "errno", "faulthandler", "gc", "itertools",
                "marshal", "posix", "pwd", "time", "_operator", "_locale"));
        if (stdlib != null && !stdlib.isEmpty()) {
            try (var s = Files.list(Path.of(stdlib))) {
                s.forEach(p -> {
                    String f = p.getFileName().toString();
                    if (f.endsWith(".py")) {
                        names.add(f.substring(0, f.length() - 3));
                    } else if (Files.isRegularFile(p.resolve("__init__.py")) && !f.equals("site-packages")) {
                        names.add(f);
                    }
                });
            } catch (java.io.IOException | RuntimeException e) {
                // no library folder: the builtin names alone
            }
        }
        return Op.call(frozenset(), new Object[] {new PyList(names.toArray())}, null);
    }

    private static Object frozenset() {
        return org.jyston.api.object.TypeRef.of("frozenset").get();
    }

    private static void constant(PyDict d, String name, Object value) {
        fn(d, name, (a, kw) -> {
            if (a.length != 0) {
                throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
            }
            return value;
        });
    }

    /** A hook kept per interpreter: {@code setX(f)} stores it, {@code getX()} gives it back. */
    private static void stored(PyDict d, String what, String setter, String getter) {
        Object[] cell = {PyNone.None};
        fn(d, setter, (a, kw) -> {
            cell[0] = Builtins.one(setter, a, kw);
            return PyNone.None;
        });
        constantCell(d, getter, cell);
    }

    private static void constantCell(PyDict d, String name, Object[] cell) {
        fn(d, name, (a, kw) -> {
            if (a.length != 0) {
                throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
            }
            return cell[0];
        });
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
