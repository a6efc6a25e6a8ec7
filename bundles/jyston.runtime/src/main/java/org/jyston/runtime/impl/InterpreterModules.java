package org.jyston.runtime.impl;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;

/**
 * Builtin modules that belong to one interpreter's import system, made when first imported:
 * {@code _imp} (what {@code importlib._bootstrap} asks of the builtin importer), {@code _warnings}
 * (only {@code warn}/{@code warn_explicit}, handing over to the pure-Python {@code warnings}
 * module, which then uses its own implementation) and {@code marshal} (no byte-code files exist
 * here: Jyston compiles source each time).
 */
final class InterpreterModules {
    static final List<String> NAMES = List.of("_imp", "_warnings", "marshal");

    private InterpreterModules() {}

    static PyModule create(String name, ImportSystem imports) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.put("__doc__", PyNone.None);
        d.put("__package__", "");
        d.put("__spec__", PyNone.None);
        d.put("__loader__", PyNone.None);
        switch (name) {
            case "_imp" -> imp(d, imports);
            case "_warnings" -> warnings(d, imports);
            default -> marshal(d);
        }
        return m;
    }

    private static void imp(PyDict d, ImportSystem imports) {
        d.put("__doc__", "(Extremely) low-level import machinery bits as used by importlib.");
        ReentrantLock lock = new ReentrantLock();
        fn(d, "is_builtin", (a, kw) -> imports.isBuiltinName(str("is_builtin", a)) ? 1L : 0L);
        fn(d, "is_frozen", (a, kw) -> {
            str("is_frozen", a);
            return false;
        });
        fn(d, "is_frozen_package", (a, kw) -> false);
        fn(d, "find_frozen", (a, kw) -> PyNone.None);
        fn(d, "init_frozen", (a, kw) -> PyNone.None);
        fn(d, "get_frozen_object", (a, kw) -> {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"),
                    "No such frozen object named " + Op.repr(a.length > 0 ? a[0] : PyNone.None));
        });
        fn(d, "create_builtin", (a, kw) -> {
            if (a.length != 1) {
                throw Errors.typeError("create_builtin() takes exactly one argument (" + a.length + " given)");
            }
            Object name = Op.getattr(a[0], "name");
            if (!(name instanceof String s)) {
                throw Errors.typeError("name must be string, not " + Op.typeName(name));
            }
            Object m = imports.modules.get(s);
            if (m == null) {
                m = imports.builtinModule(s, false);
            }
            if (m == null) {
                throw Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"), "no built-in module named " + s);
            }
            return m;
        });
        fn(d, "exec_builtin", (a, kw) -> 0L);
        fn(d, "exec_dynamic", (a, kw) -> 0L);
        fn(d, "create_dynamic", (a, kw) -> {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"),
                    "Jyston cannot load C extension modules");
        });
        fn(d, "extension_suffixes", (a, kw) -> new PyList());
        fn(d, "acquire_lock", (a, kw) -> {
            lock.lock();
            return PyNone.None;
        });
        fn(d, "release_lock", (a, kw) -> {
            if (!lock.isHeldByCurrentThread()) {
                throw Errors.raise(Errors.RuntimeError, "not holding the import lock");
            }
            lock.unlock();
            return PyNone.None;
        });
        fn(d, "lock_held", (a, kw) -> lock.isLocked());
        fn(d, "_fix_co_filename", (a, kw) -> PyNone.None);
        fn(d, "_frozen_module_names", (a, kw) -> org.jyston.api.object.PyTuple.EMPTY);
        fn(d, "_override_frozen_modules_for_tests", (a, kw) -> PyNone.None);
        d.put("check_hash_based_pycs", "default");
    }

    private static void warnings(PyDict d, ImportSystem imports) {
        d.put("__doc__", "_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up.");
        for (String f : new String[] {"warn", "warn_explicit"}) {
            fn(d, f, (a, kw) -> Op.call(Op.getattr(imports.importAbsolute("warnings"), f), a, kw));
        }
    }

    private static void marshal(PyDict d) {
        d.put("__doc__", "This module contains functions that can read and write Python values in\n"
                + "a binary format. The format is specific to Python, but independent of\nmachine architecture issues.");
        d.put("version", 4L);
        for (String f : new String[] {"dumps", "dump"}) {
            fn(d, f, (a, kw) -> {
                throw Errors.valueError("unmarshallable object");
            });
        }
        for (String f : new String[] {"loads", "load"}) {
            fn(d, f, (a, kw) -> {
                throw Errors.raise(org.jyston.api.object.TypeRef.of("EOFError"), "EOF read where object expected");
            });
        }
    }

    private static String str(String fn, Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError(fn + "() takes exactly one argument (" + a.length + " given)");
        }
        if (!(a[0] instanceof String s)) {
            throw Errors.typeError(fn + "() argument must be str, not " + Op.typeName(a[0]));
        }
        return s;
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
