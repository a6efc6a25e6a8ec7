package org.jyston.runtime.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.Code;
import org.jyston.api.Parser;
import org.jyston.api.object.Errors;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * One interpreter's import system: {@code builtins.__import__}, finding {@code name.py} and
 * packages ({@code name/__init__.py}) along {@code sys.path}, relative imports, and
 * {@code sys.modules} as the cache (a module is entered there before its code runs, so circular
 * imports see the partly initialised module, as in CPython).
 */
final class ImportSystem {
    private static final TypeRef IMPORT_ERROR = TypeRef.of("ImportError");
    private static final TypeRef NOT_FOUND = TypeRef.of("ModuleNotFoundError");
    private static final TypeRef IMPORT_WARNING = TypeRef.of("ImportWarning");

    private final Runtime runtime;
    final PyDict modules = new PyDict();
    final PyList path = new PyList();
    private final PyDict builtins;
    final ImportlibBootstrap importlib = new ImportlibBootstrap(this);

    ImportSystem(Runtime runtime, PyDict builtins) {
        this.runtime = runtime;
        this.builtins = builtins;
    }

    /** {@code sys.path} as the program has it now (it may have bound a new list), else the list made at start. */
    private Object sysPath() {
        PyDict sys = importlib.sysDict();
        Object p = sys == null ? null : sys.get("path");
        return p != null ? p : path;
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    Object importFunction(Object[] args, String[] kw) {
        Object[] a = {null, null, PyNone.None, PyTuple.EMPTY, 0L}; // globals: absent (KeyError) differs from None
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        System.arraycopy(args, 0, a, 0, Math.min(npos, 5));
        for (int k = 0; k < nkw; k++) {
            int i = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (i < 0) {
                throw Errors.typeError("__import__() got an unexpected keyword argument '" + kw[k] + "'");
            }
            a[i] = args[npos + k];
        }
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("__import__() argument 1 must be str, not " + Op.typeName(a[0]));
        }
        long level = (Long) Op.index(a[4]);
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absolute = name;
        if (level > 0) {
            String base = packageOf(a[1], (int) level);
            absolute = name.isEmpty() ? base : base + "." + name;
        } else if (name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        Object module = importAbsolute(absolute);
        Object fromlist = a[3];
        boolean hasFrom = fromlist != PyNone.None && Op.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0) {
                int dot = name.indexOf('.');
                // the top package is imported again: it may have failed (and left sys.modules) after its child
                return dot < 0 ? module : importAbsolute(name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return module;
            }
            String cut = absolute.substring(0, absolute.length() - name.length()) + name.split("\\.")[0];
            return modules.get(cut);
        }
        if (module instanceof HasDict m && m.getDict().get("__path__") != null) {
            handleFromlist(m, absolute, fromlist, false);
        }
        return module;
    }

    /**
     * Imports the submodules a from-import names that the package does not have yet ({@code *}: those
     * in its {@code __all__}), as CPython's {@code _handle_fromlist}.
     */
    private void handleFromlist(HasDict m, String absolute, Object fromlist, boolean recursive) {
        Object it = Op.iter(fromlist);
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            if (!(x instanceof String sub)) {
                String where = recursive ? absolute + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + Op.typeName(x));
            }
            if (sub.equals("*")) {
                Object all = recursive ? null : m.getDict().get("__all__");
                if (all != null) {
                    handleFromlist(m, absolute, all, true);
                }
            } else if (m.getDict().get(sub) == null) {
                String from = absolute + "." + sub;
                try {
                    importAbsolute(from);
                } catch (PyException e) {
                    // only "this submodule does not exist" is left to the from-import's own error;
                    // a module missing further down is the error to report, as in CPython
                    if (!e.matches(NOT_FOUND.get()) || !from.equals(notFoundName(e)) || modules.get(from) == PyNone.None) {
                        throw e;
                    }
                }
            }
        }
    }

    /** The package a relative import starts from: {@code __package__}, or derived from {@code __name__}. */
    private String packageOf(Object globals, int level) {
        String pkg = null;
        if (globals == null) {
            throw Errors.raise(TypeRef.of("KeyError"), "'__name__' not in globals");
        }
        if (!(globals instanceof PyDict)) {
            throw Errors.typeError("globals must be a dict");
        }
        if (globals instanceof PyDict g) {
            // CPython's resolve_name: __package__, else __spec__.parent, else derived from __name__
            Object p = g.get("__package__");
            Object spec = g.get("__spec__");
            if (p != null && p != PyNone.None) {
                if (!(p instanceof String s)) {
                    throw Errors.typeError("package must be a string");
                }
                pkg = s;
                if (spec != null && spec != PyNone.None) {
                    Object parent = Op.getattr(spec, "parent");
                    if (!Op.eq(p, parent)) {
                        org.jyston.api.object.Warnings.warn(IMPORT_WARNING, "__package__ != __spec__.parent ("
                                + Op.repr(p) + " != " + Op.repr(parent) + ")");
                    }
                }
            } else if (spec != null && spec != PyNone.None) {
                if (!(Op.getattr(spec, "parent") instanceof String s)) {
                    throw Errors.typeError("__spec__.parent must be a string");
                }
                pkg = s;
            } else {
                org.jyston.api.object.Warnings.warn(IMPORT_WARNING, "can't resolve package from __spec__ or "
                        + "__package__, falling back on __name__ and __path__");
                Object n = g.get("__name__");
                if (n == null) {
                    throw Errors.raise(TypeRef.of("KeyError"), "'__name__' not in globals");
                }
                if (!(n instanceof String s)) {
                    throw Errors.typeError("__name__ must be a string");
                }
                pkg = g.get("__path__") != null ? s : (s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "");
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.raise(IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return base;
    }

    Object importAbsolute(String fullname) {
        Object cached = modules.get(fullname);
        if (cached != null) {
            if (cached == PyNone.None) {
                throw notFound("import of " + fullname + " halted; None in sys.modules", fullname);
            }
            return cached;
        }
        if (importlib.installed() && !importlib.defaultFinders()) {
            return importlib.gcdImport(fullname); // a finder of the program's own comes first, as in CPython
        }
        if (ImportlibBootstrap.owns(fullname)) {
            return importlib.importOwn(fullname);
        }
        int dot = fullname.lastIndexOf('.');
        Object searchPath = sysPath();
        Object parent = null;
        if (dot >= 0) {
            parent = importAbsolute(fullname.substring(0, dot));
            cached = modules.get(fullname);
            if (cached != null) {
                return cached;
            }
            searchPath = parent instanceof HasDict h ? h.getDict().get("__path__") : null;
            if (searchPath == null) {
                throw notFound("No module named '" + fullname + "'; '" + fullname.substring(0, dot)
                        + "' is not a package", fullname);
            }
        }
        String last = fullname.substring(dot + 1);
        if (dot < 0) {
            Object builtin = builtinModule(fullname);
            if (builtin != null) {
                return builtin;
            }
        }
        Object it = Op.iter(searchPath);
        for (Object entry = Op.next(it); entry != null; entry = Op.next(it)) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return load(fullname, pkgInit, base.resolve(last), parent, last);
            }
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return load(fullname, file, null, parent, last);
            }
        }
        if (namespaceDirectory(searchPath, last) && importlib.install()) {
            return importlib.gcdImport(fullname); // a namespace package (PEP 420): importlib's PathFinder makes it
        }
        throw notFound("No module named '" + fullname + "'", fullname);
    }

    /** Whether a folder {@code last} without {@code __init__.py} is on the search path. */
    private static boolean namespaceDirectory(Object searchPath, String last) {
        Object it = Op.iter(searchPath);
        for (Object entry = Op.next(it); entry != null; entry = Op.next(it)) {
            if (entry instanceof String dir && Files.isDirectory(Path.of(dir.isEmpty() ? "." : dir).resolve(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A module written in Java (or kept as Python in this bundle), made and entered in
     * {@code sys.modules}, with its spec; null if {@code name} is none.
     */
    Object builtinModule(String name) {
        return builtinModule(name, true);
    }

    /**
     * {@code described} false: what {@code _imp.create_builtin} makes, without {@code __spec__} and
     * {@code __loader__}, which the importlib that asked for it sets.
     */
    Object builtinModule(String name, boolean described) {
        Object made;
        if (RESOURCE_MODULES.contains(name)) {
            made = loadResource(name);
        } else if (InterpreterModules.NAMES.contains(name)) {
            PyModule m = InterpreterModules.create(name, this);
            modules.put(name, m);
            made = m;
        } else {
            org.jyston.api.ModuleProvider provider = runtime.module(name);
            if (provider == null) {
                return null;
            }
            made = loadBuiltin(name, provider);
        }
        if (described && made instanceof PyModule m) {
            importlib.describe(m);
        }
        return made;
    }

    /**
     * The source file of module {@code fullname} ({@code name.py} or a package's {@code __init__.py})
     * without running it; a dotted name's parent packages are imported to find their {@code __path__}.
     */
    Path findSource(String fullname) {
        int dot = fullname.lastIndexOf('.');
        Object searchPath = sysPath();
        if (dot >= 0) {
            Object parent = importAbsolute(fullname.substring(0, dot));
            searchPath = parent instanceof HasDict h ? h.getDict().get("__path__") : null;
            if (searchPath == null) {
                return null;
            }
        }
        String last = fullname.substring(dot + 1);
        Object it = Op.iter(searchPath);
        for (Object entry = Op.next(it); entry != null; entry = Op.next(it)) {
            if (entry instanceof String dir) {
                Path base = Path.of(dir.isEmpty() ? "." : dir);
                Path pkgInit = base.resolve(last).resolve("__init__.py");
                if (Files.isRegularFile(pkgInit)) {
                    return pkgInit;
                }
                Path file = base.resolve(last + ".py");
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        return null;
    }

    private static Object notFoundName(PyException e) {
        try {
            return Op.getattr(e.value(), "name");
        } catch (PyException ignored) {
            return null;
        }
    }

    PyException notFound(String msg, String name) {
        Object exc = Op.call(NOT_FOUND.get(), new Object[] {msg, name}, new String[] {"name"});
        return new PyException((PyBaseException) exc);
    }

    private Object load(String fullname, Path file, Path packageDir, Object parent, String last) {
        PyModule m = new PyModule(fullname);
        PyDict d = m.getDict();
        String filename = file.toAbsolutePath().toString();
        // CPython's order of the first names (_init_module_attrs)
        d.put("__doc__", PyNone.None);
        d.put("__package__", packageDir != null ? fullname
                : fullname.contains(".") ? fullname.substring(0, fullname.lastIndexOf('.')) : "");
        d.put("__loader__", PyNone.None);
        d.put("__spec__", PyNone.None);
        if (packageDir != null) {
            d.put("__path__", new PyList(new Object[] {packageDir.toAbsolutePath().toString()}));
        }
        d.put("__file__", filename);
        d.put("__cached__", PyNone.None);
        d.put("__builtins__", builtinsModule());
        importlib.describe(m);
        modules.put(fullname, m);
        try {
            exec(m, file);
        } catch (RuntimeException e) {
            modules.remove(fullname);
            throw e;
        }
        Object result = modules.get(fullname);
        if (parent != null) {
            Op.setattr(parent, last, result);
        }
        return result;
    }

    /**
     * Compiles the source file and runs it in the module's namespace. {@code runpy} and the importlib
     * bootstrap are frozen into CPython 3.11, so their code reports {@code <frozen runpy>},
     * {@code <frozen importlib._bootstrap>}, ... in tracebacks, as there.
     */
    void exec(PyModule m, Path file) {
        String filename = file.toAbsolutePath().toString();
        Object name = m.getDict().get("__name__");
        String codeName = "runpy".equals(name) ? "<frozen runpy>"
                : ImportlibBootstrap.BOOTSTRAP.equals(name) ? "<frozen importlib._bootstrap>"
                : ImportlibBootstrap.EXTERNAL.equals(name) ? "<frozen importlib._bootstrap_external>" : filename;
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.raise(IMPORT_ERROR, "cannot read " + filename + ": " + e.getMessage());
        }
        Code code = CompileWarnings.shown(
                runtime.compiler.compile(runtime.parser.parse(source, codeName, Parser.Mode.EXEC), codeName), modules);
        code.execute(m.getDict(), builtins);
    }

    /**
     * Builtin modules whose code is Python kept in this bundle: {@code _ast} (a table of classes is
     * clearer as Python than as Java) and {@code _testinternalcapi} (what CPython's test support
     * reads of it: {@code get_config()['code_debug_ranges']}, {@code get_recursion_depth()}).
     */
    static final java.util.Set<String> RESOURCE_MODULES = java.util.Set.of("_ast", "_testinternalcapi");

    /**
     * A builtin module whose code is Python kept in this bundle ({@link #RESOURCE_MODULES}); it has
     * no {@code __file__}, as a builtin module has none.
     */
    private Object loadResource(String fullname) {
        PyModule m = new PyModule(fullname);
        PyDict d = m.getDict();
        d.put("__doc__", PyNone.None);
        d.put("__package__", "");
        d.put("__spec__", PyNone.None);
        d.put("__loader__", PyNone.None);
        d.put("__builtins__", builtinsModule());
        modules.put(fullname, m);
        String resource = fullname + ".py";
        try (java.io.InputStream in = ImportSystem.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            byte[] source = in.readAllBytes();
            String filename = "<builtin " + fullname + ">";
            Code code = runtime.compiler.compile(runtime.parser.parse(source, filename, Parser.Mode.EXEC), filename);
            code.execute(d, builtins);
            d.remove("__builtins__");
        } catch (IOException e) {
            modules.remove(fullname);
            throw Errors.raise(IMPORT_ERROR, "cannot load builtin module " + fullname + ": " + e.getMessage());
        } catch (RuntimeException e) {
            modules.remove(fullname);
            throw e;
        }
        return m;
    }

    /** Names of the modules written in Java that can be imported now. */
    java.util.List<String> javaModuleNames() {
        java.util.List<String> names = new java.util.ArrayList<>(runtime.moduleNames());
        names.addAll(InterpreterModules.NAMES);
        names.addAll(RESOURCE_MODULES);
        return names;
    }

    /** Whether {@code name} is a builtin module (in {@code sys.builtin_module_names}). */
    boolean isBuiltinName(String name) {
        return name.equals("sys") || name.equals("builtins") || RESOURCE_MODULES.contains(name)
                || InterpreterModules.NAMES.contains(name)
                || runtime.module(name) != null;
    }

    /** A module written in Java: made and filled, entered in {@code sys.modules}. */
    private Object loadBuiltin(String fullname, org.jyston.api.ModuleProvider provider) {
        PyModule m = new PyModule(fullname);
        PyDict d = m.getDict();
        d.put("__doc__", PyNone.None);
        d.put("__package__", "");
        d.put("__loader__", PyNone.None);
        d.put("__spec__", PyNone.None);
        modules.put(fullname, m);
        try {
            provider.populate(m);
            if (provider instanceof IoModule && builtins.get("open") != null) {
                d.put("open", builtins.get("open")); // io.open is builtins.open, as in CPython
            }
        } catch (RuntimeException e) {
            modules.remove(fullname);
            throw e;
        }
        return m;
    }

    private Object builtinsModule() {
        Object b = modules.get("builtins");
        return b == null ? PyNone.None : b;
    }

    static boolean isImportError(PyBaseException e) {
        PyType t = IMPORT_ERROR.getOrNull();
        return t != null && e.getType().isSubtypeOf(t);
    }
}
