package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/**
 * {@code import} and {@code from ... import}, through {@code builtins.__import__} as CPython's
 * {@code IMPORT_NAME} does, so that the interpreter's import system (and anyone who replaces
 * {@code __import__}) decides.
 */
final class ImportStmts {
    private ImportStmts() {}

    static Object importModule(Frame f, String name, Object fromlist, int level) {
        Object imp = f.builtins.get("__import__");
        if (imp == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"), "__import__ not found");
        }
        return Op.call(imp, name, f.globals, PyNone.None, fromlist, (long) level);
    }

    /** {@code import a.b.c} (binds {@code a}) or {@code import a.b.c as x} (binds the submodule). */
    static final class Import extends StmtNode {
        private final String name;
        private final Target target;
        private final boolean asName;
        private final Pos pos;

        Import(String name, Target target, boolean asName, Pos pos) {
            this.name = name;
            this.target = target;
            this.asName = asName;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            Object m;
            try {
                m = importModule(f, name, PyNone.None, 0);
                if (asName) {
                    String[] parts = name.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        m = Op.getattr(m, parts[i]);
                    }
                }
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            target.store(f, m);
            return NORMAL;
        }
    }

    /** {@code from module import a, b as c} and {@code from module import *}. */
    static final class ImportFrom extends StmtNode {
        private final String module;
        private final int level;
        private final String[] names;
        private final Target[] targets;
        private final Pos pos;

        ImportFrom(String module, int level, String[] names, Target[] targets, Pos pos) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            try {
                Object m = importModule(f, module == null ? "" : module, PyTuple.of((Object[]) names), level);
                if (names.length == 1 && names[0].equals("*")) {
                    star(f, m);
                    return NORMAL;
                }
                for (int i = 0; i < names.length; i++) {
                    targets[i].store(f, from(f, m, names[i]));
                }
            } catch (PyException e) {
                throw f.at(e, pos);
            }
            return NORMAL;
        }

        private static Object from(Frame f, Object m, String name) {
            try {
                return Op.getattr(m, name);
            } catch (PyException e) {
                if (!e.matches(Errors.AttributeError.get())) {
                    throw e;
                }
            }
            Object modName = m instanceof HasDict h ? h.getDict().get("__name__") : null;
            if (modName instanceof String pkg) {
                // a submodule still being initialised (a circular import) is in sys.modules but not
                // yet an attribute of its package: CPython's IMPORT_FROM looks there too
                try {
                    return importModule(f, pkg + "." + name, PyTuple.of("__name__"), 0);
                } catch (PyException e) {
                    if (!e.matches(org.jyston.api.object.TypeRef.of("ImportError").get())) {
                        throw e;
                    }
                }
            }
            Object file = m instanceof HasDict h ? h.getDict().get("__file__") : null;
            String where = modName instanceof String s ? s : "<unknown module name>";
            String path = file instanceof String p ? " (" + p + ")" : " (unknown location)";
            PyException err = Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"),
                    "cannot import name '" + name + "' from '" + where + "'" + path);
            // CPython's ImportError(msg, name=module name, path=module file)
            err.value().setField("name", modName instanceof String ? modName : org.jyston.api.object.PyNone.None)
                    .setField("path", file instanceof String ? file : org.jyston.api.object.PyNone.None);
            throw err;
        }

        private void star(Frame f, Object m) {
            PyDict ns = ((HasDict) m).getDict();
            Object all = ns.get("__all__");
            if (all != null) {
                Object it = Op.iter(all);
                for (Object n = Op.next(it); n != null; n = Op.next(it)) {
                    f.namespace.put(n, Op.getattr(m, (String) n));
                }
                return;
            }
            for (Object k : ns.keys()) {
                if (k instanceof String s && !s.startsWith("_")) {
                    f.namespace.put(s, ns.get(s));
                }
            }
        }
    }
}
