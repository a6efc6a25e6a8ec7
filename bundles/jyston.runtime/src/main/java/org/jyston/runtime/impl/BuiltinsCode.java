package org.jyston.runtime.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jyston.api.Code;
import org.jyston.api.Parser;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyType;

/**
 * The builtins that reach the compiler or the running frame: {@code compile}, {@code exec},
 * {@code eval}, {@code globals}, {@code locals}, {@code vars}, {@code dir}.
 */
final class BuiltinsCode {
    private final Runtime runtime;
    private final PyDict builtins;
    private final PyModule builtinsModule;
    /** {@code sys.modules}: compile-time warnings go to {@code sys.stderr}. */
    private final PyDict modules;

    BuiltinsCode(Runtime runtime, PyDict builtins, PyModule builtinsModule, PyDict modules) {
        this.runtime = runtime;
        this.builtins = builtins;
        this.builtinsModule = builtinsModule;
        this.modules = modules;
    }

    void install() {
        fn("compile", this::compile);
        fn("exec", (a, kw) -> run(a, kw, "exec"));
        fn("eval", (a, kw) -> run(a, kw, "eval"));
        fn("globals", (a, kw) -> {
            noArgs("globals", a, kw);
            return frame().globals();
        });
        fn("locals", (a, kw) -> {
            noArgs("locals", a, kw);
            return frame().locals();
        });
        fn("vars", this::vars);
        fn("dir", this::dir);
        fn("__build_class__", BuiltinsCode::buildClass);
    }

    /**
     * {@code __build_class__(func, name, *bases, metaclass=None, **kw)} called directly. {@code func}
     * runs as a function (a class statement's body is compiled inline by the compiler, so only
     * ordinary functions reach here, whose variables are locals, not the namespace).
     */
    private static Object buildClass(Object[] a, String[] kw) {
        int nkw = Args.nkw(kw);
        int npos = a.length - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof org.jyston.api.object.FunctionInfo)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof String name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        Object[] bases = java.util.Arrays.copyOfRange(a, 2, npos);
        Object meta = null;
        List<String> kwn = new ArrayList<>();
        List<Object> kwv = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = a[npos + i];
            } else {
                kwn.add(kw[i]);
                kwv.add(a[npos + i]);
            }
        }
        Object[] resolved = org.jyston.api.object.ClassBuilding.resolveBases(bases);
        meta = org.jyston.api.object.ClassBuilding.metaclass(meta, resolved);
        String[] kwna = kwn.toArray(new String[0]);
        Object[] kwva = kwv.toArray();
        Object ns = org.jyston.api.object.ClassBuilding.prepare(meta, name, resolved, kwna, kwva);
        Op.call(a[0]);
        return org.jyston.api.object.ClassBuilding.finish(meta, name, bases, resolved, ns, kwna, kwva);
    }

    private static void noArgs(String name, Object[] a, String[] kw) {
        Args.noKeywords(name, kw);
        if (a.length > 0) {
            throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
        }
    }

    private void fn(String name, PyBuiltinFunction.Body body) {
        builtins.put(name, new PyBuiltinFunction(name, body));
    }

    private static FrameView frame() {
        FrameView f = PyThreadState.current().frame;
        if (f == null) {
            throw Errors.systemError("no current frame");
        }
        return f;
    }

    /** {@code ast.PyCF_ONLY_AST}. */
    private static final long PYCF_ONLY_AST = 0x400;

    private Object compile(Object[] a, String[] kw) {
        Object[] v = Args.parse("compile", a, kw, new String[] {"source", "filename", "mode", "flags", "dont_inherit",
            "optimize", "_feature_version"}, 0, 3);
        if (!(v[1] instanceof String filename)) {
            throw Errors.typeError("compile() argument 'filename' must be str, not " + Op.typeName(v[1]));
        }
        if (!(v[2] instanceof String mode)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + Op.typeName(v[2]));
        }
        Parser.Mode m = switch (mode) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        Object flags = v[3] == null ? (Object) 0L : Op.index(v[3]);
        if (flags instanceof Long fl && (fl & PYCF_ONLY_AST) != 0) {
            // ast.parse: the tree as _ast objects instead of code
            Object astModule = modules.get("_ast");
            if (astModule == null) {
                astModule = Op.call(builtins.get("__import__"), "_ast");
            }
            Object source = v[0];
            org.jyston.api.ast.Ast.Mod tree;
            if (source instanceof String s) {
                if (s.indexOf('\0') >= 0) {
                    throw Errors.raise(org.jyston.api.object.TypeRef.of("SyntaxError"),
                            "source code string cannot contain null bytes");
                }
                tree = runtime.parser.parse(s, filename, m);
            } else if (source instanceof org.jyston.api.object.PyBytes b) {
                tree = runtime.parser.parse(b.array(), filename, m);
            } else {
                throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            return new AstExport(astModule).convert(tree);
        }
        return new CodeObject(compileSource(v[0], filename, m, "compile"), filename, m == Parser.Mode.EVAL);
    }

    private Code compileSource(Object source, String filename, Parser.Mode mode, String fn) {
        String text;
        if (source instanceof String s) {
            text = s;
        } else if (source instanceof org.jyston.api.object.PyBytes b) {
            return CompileWarnings.shown(
                    runtime.compiler.compile(runtime.parser.parse(b.array(), filename, mode), filename), modules);
        } else if (source instanceof byte[] b) {
            return CompileWarnings.shown(
                    runtime.compiler.compile(runtime.parser.parse(b, filename, mode), filename), modules);
        } else {
            throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("SyntaxError"),
                    "source code string cannot contain null bytes");
        }
        return CompileWarnings.shown(
                runtime.compiler.compile(runtime.parser.parse(text, filename, mode), filename), modules);
    }

    /** {@code exec(source, globals=None, locals=None)} and {@code eval(...)}. */
    private Object run(Object[] a, String[] kw, String name) {
        Object[] v = Args.parse(name, a, kw, new String[] {"source", "globals", "locals"}, 3, 1);
        Object globalsArg = v[1] == null ? PyNone.None : v[1];
        Object localsArg = v[2] == null ? PyNone.None : v[2];
        PyDict globals;
        PyDict locals;
        if (globalsArg == PyNone.None) {
            FrameView f = frame();
            globals = f.globals();
            locals = localsArg == PyNone.None ? f.locals() : asDict(localsArg, name, "locals");
        } else {
            if (!(globalsArg instanceof PyDict g)) {
                throw Errors.typeError(name + "() globals must be a dict, not " + Op.typeName(globalsArg));
            }
            globals = g;
            locals = localsArg == PyNone.None ? g : asDict(localsArg, name, "locals");
        }
        if (globals.get("__builtins__") == null) {
            globals.put("__builtins__", builtinsModule);
        }
        Code code;
        Object src = v[0];
        if (src instanceof CodeObject c) {
            code = c.code;
        } else {
            if (src instanceof String s && name.equals("eval")) {
                src = s.stripLeading();
            }
            code = compileSource(src, "<string>", name.equals("eval") ? Parser.Mode.EVAL : Parser.Mode.EXEC, name);
        }
        Object r = code.execute(globals, locals, builtinsOf(globals));
        return name.equals("eval") ? r : PyNone.None;
    }

    /** The builtins code run in {@code globals} sees: its {@code __builtins__} (a module's dict, or a dict). */
    private PyDict builtinsOf(PyDict globals) {
        Object b = globals.get("__builtins__");
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        return b instanceof PyDict d ? d : builtins;
    }

    private static PyDict asDict(Object o, String fn, String what) {
        if (o instanceof PyDict d) {
            return d;
        }
        throw Errors.typeError(what + " must be a mapping");
    }

    private Object vars(Object[] a, String[] kw) {
        if (a.length == 0) {
            return frame().locals();
        }
        Object o = Args.one("vars", a, kw);
        if (o instanceof HasDict h && h.allowsDict()) {
            return h.getDict();
        }
        if (o instanceof PyType) {
            return Op.getattr(o, "__dict__");
        }
        throw Errors.typeError("vars() argument must have __dict__ attribute");
    }

    private Object dir(Object[] a, String[] kw) {
        TreeSet<String> names = new TreeSet<>();
        if (a.length == 0) {
            addKeys(names, frame().locals());
        } else {
            Args.noKeywords("dir", kw);
            if (a.length > 1) {
                throw Errors.typeError("dir expected at most 1 argument, got " + a.length);
            }
            Object o = a[0];
            PyType dirOwner = PyType.of(o).isHeapType() ? PyType.of(o).lookupOwner("__dir__") : null;
            Object custom = dirOwner != null && dirOwner.isHeapType() ? dirOwner.getDict().get("__dir__") : null;
            if (custom != null) {
                // looked up on the type and bound to the object, as CPython's special lookup
                org.jyston.api.object.Slot.Ternary bind = PyType.of(custom).ternary(org.jyston.api.object.Slot.GET);
                Object r = bind != null ? Op.call(bind.apply(custom, o, PyType.of(o))) : Op.call(custom, o);
                Object it = Op.iter(r);
                List<Object> out = new ArrayList<>();
                for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                    out.add(x);
                }
                out.sort((x, y) -> ((String) x).compareTo((String) y));
                return new PyList(out.toArray());
            }
            if (o instanceof PyModule m) {
                addKeys(names, m.getDict());
            } else {
                if (o instanceof HasDict h && h.getDictIfPresent() != null) {
                    addKeys(names, h.getDictIfPresent());
                }
                PyType t = o instanceof PyType pt ? pt : PyType.of(o);
                for (PyType k : t.getMro()) {
                    for (Object key : k.getDict().keySet()) {
                        names.add((String) key);
                    }
                }
                names.add("__class__");
            }
        }
        return new PyList(names.toArray());
    }

    private static void addKeys(TreeSet<String> names, PyDict d) {
        for (Object k : d.keys()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
    }
}
