package org.jyston.runtime.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;

/**
 * CPython's own import machinery ({@code importlib._bootstrap} as {@code _frozen_importlib},
 * {@code importlib._bootstrap_external} as {@code _frozen_importlib_external}), installed the way
 * CPython's start-up installs it ({@code _install(sys, _imp)}, {@code _install_external_importers()}),
 * so that {@code sys.meta_path} holds {@code BuiltinImporter}, {@code FrozenImporter} and
 * {@code PathFinder} and every module gets a real {@code ModuleSpec} and loader.
 *
 * <p>Compiling the two files costs a few hundred milliseconds, so they are installed lazily: when
 * something asks for {@code sys.meta_path}/{@code path_hooks}/{@code path_importer_cache} (through a
 * PEP 562 {@code sys.__getattr__} that disappears once installed) or imports {@code importlib} (whose
 * {@code __init__} imports {@code _frozen_importlib}). Modules imported before that get their specs
 * then. Until a program changes the finders, the {@code import} statement keeps using the Java
 * search of {@link ImportSystem}; the specs it attaches are the ones {@code PathFinder} would make.
 */
final class ImportlibBootstrap {
    static final String BOOTSTRAP = "_frozen_importlib";
    static final String EXTERNAL = "_frozen_importlib_external";
    private static final String[] LAZY_SYS = {"meta_path", "path_hooks", "path_importer_cache"};

    private final ImportSystem imports;
    private PyDict sys;
    /** Installed {@code _frozen_importlib}; null until then. */
    private volatile PyModule bootstrap;
    private boolean installing;
    private boolean unavailable;
    private Object builtinImporter;
    private Object frozenImporter;
    private Object pathFinder;
    private Object defaultHook;
    private Object fileFinder;
    private Object moduleSpec;
    private Object sourceFileLoader;
    private Object specFromFileLocation;
    private Object gcdImport;

    ImportlibBootstrap(ImportSystem imports) {
        this.imports = imports;
    }

    /** A module's import attributes were read before the machinery was installed: install it now. */
    private void supply(PyModule m) {
        install();
    }

    /** Leaves the three import-system lists of {@code sys} to be made on first use. */
    void attach(PyDict sysDict) {
        this.sys = sysDict;
        for (String n : LAZY_SYS) {
            sysDict.remove(n);
        }
        PyBuiltinFunction hook = new PyBuiltinFunction("__getattr__", (a, kw) -> {
            String n = a.length == 1 && a[0] instanceof String s ? s : null;
            if (n != null && java.util.Arrays.asList(LAZY_SYS).contains(n)) {
                install();
                Object v = sys.get(n);
                if (v != null) {
                    return v;
                }
            }
            throw Errors.raise(Errors.AttributeError, "module 'sys' has no attribute '" + (n == null ? "?" : n) + "'");
        });
        sysDict.put("__getattr__", hook);
    }

    PyDict sysDict() {
        return sys;
    }

    boolean installed() {
        return bootstrap != null;
    }

    /** Whether {@code name} is one of the two modules this class makes. */
    static boolean owns(String name) {
        return name.equals(BOOTSTRAP) || name.equals(EXTERNAL);
    }

    /** {@code import _frozen_importlib[_external]}: installs the machinery if needed. */
    synchronized Object importOwn(String name) {
        if (installing && name.equals(EXTERNAL)) {
            return load(EXTERNAL, "_bootstrap_external.py");
        }
        install();
        Object m = imports.modules.get(name);
        if (m == null) {
            throw imports.notFound("No module named '" + name + "'", name);
        }
        return m;
    }

    /**
     * Installs CPython's importlib bootstrap, once; without a standard library, plain empty lists.
     * True if it is installed (false while it is being installed, or without a library).
     */
    synchronized boolean install() {
        if (bootstrap != null || installing || unavailable) {
            return bootstrap != null;
        }
        Object dir = sys.get("_stdlib_dir");
        Path lib = dir instanceof String s ? Path.of(s, "importlib") : null;
        if (lib == null || !Files.isRegularFile(lib.resolve("_bootstrap.py"))) {
            unavailable = true;
            finishSys();
            return false;
        }
        installing = true;
        try {
            sys.put("meta_path", new PyList());
            sys.put("path_hooks", new PyList());
            sys.put("path_importer_cache", new PyDict());
            PyModule b = load(BOOTSTRAP, "_bootstrap.py");
            PyModule sysModule = (PyModule) imports.modules.get("sys");
            Op.call(Op.getattr(b, "_install"), sysModule, imports.importAbsolute("_imp"));
            Op.call(Op.getattr(b, "_install_external_importers"));
            PyModule ext = (PyModule) imports.modules.get(EXTERNAL);
            PyList meta = (PyList) sys.get("meta_path");
            builtinImporter = meta.get(0);
            frozenImporter = meta.get(1);
            pathFinder = meta.get(2);
            defaultHook = ((PyList) sys.get("path_hooks")).get(0);
            fileFinder = Op.getattr(ext, "FileFinder");
            moduleSpec = Op.getattr(b, "ModuleSpec");
            sourceFileLoader = Op.getattr(ext, "SourceFileLoader");
            specFromFileLocation = Op.getattr(ext, "spec_from_file_location");
            gcdImport = Op.getattr(b, "_gcd_import");
            for (PyModule own : new PyModule[] {b, ext}) {
                PyDict d = own.getDict();
                Object spec = Op.call(moduleSpec, new Object[] {d.get("__name__"), frozenImporter, "frozen"},
                        new String[] {"origin"});
                d.put("__loader__", frozenImporter);
                d.put("__spec__", spec);
            }
            bootstrap = b;
            // what was imported before has no spec yet: give it the one PathFinder would have made
            for (Object m : imports.modules.values()) {
                if (m instanceof PyModule pm && pm.getDict().get("__spec__") == PyNone.None) {
                    describe(pm);
                }
            }
        } finally {
            installing = false;
            finishSys();
        }
        return true;
    }

    private void finishSys() {
        sys.remove("__getattr__");
        if (sys.get("meta_path") == null) {
            sys.put("meta_path", new PyList());
            sys.put("path_hooks", new PyList());
            sys.put("path_importer_cache", new PyDict());
        }
    }

    private PyModule load(String name, String file) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.put("__doc__", PyNone.None);
        d.put("__package__", "");
        d.put("__loader__", PyNone.None);
        d.put("__spec__", PyNone.None);
        d.put("__builtins__", imports.modules.get("builtins"));
        Path path = Path.of((String) sys.get("_stdlib_dir"), "importlib", file);
        imports.modules.put(name, m);
        try {
            imports.exec(m, path);
        } catch (RuntimeException e) {
            imports.modules.remove(name);
            throw e;
        }
        return m;
    }

    /**
     * Whether the finders are the ones installed at start (so the Java search finds what they would):
     * {@code sys.meta_path} and {@code sys.path_hooks} unchanged, and no finder of another kind cached.
     */
    boolean defaultFinders() {
        if (!(sys.get("meta_path") instanceof PyList meta) || meta.size() != 3 || meta.get(0) != builtinImporter
                || meta.get(1) != frozenImporter || meta.get(2) != pathFinder) {
            return false;
        }
        if (!(sys.get("path_hooks") instanceof PyList hooks) || hooks.size() != 1 || hooks.get(0) != defaultHook) {
            return false;
        }
        if (!(sys.get("path_importer_cache") instanceof PyDict cache)) {
            return false;
        }
        for (Object f : cache.values()) {
            if (f != PyNone.None && org.jyston.api.object.PyType.of(f) != fileFinder) {
                return false;
            }
        }
        return true;
    }

    /** {@code importlib._bootstrap._gcd_import(name)}: the import as CPython's finders do it. */
    Object gcdImport(String name) {
        return Op.call(gcdImport, name);
    }

    /**
     * Gives a module made by the Java search its {@code __spec__}, {@code __loader__} (and
     * {@code __cached__} for a source file): built-in for a module without {@code __file__}, else a
     * {@code SourceFileLoader} spec whose search locations are the package's {@code __path__}.
     */
    void describe(PyModule m) {
        if (bootstrap == null) {
            if (!unavailable) {
                m.setSpecSupplier(this::supply);
            }
            return;
        }
        PyDict d = m.getDict();
        Object name = d.get("__name__");
        Object file = d.get("__file__");
        if (!(name instanceof String)) {
            return;
        }
        if ("__main__".equals(name)) {
            // a script's __main__ has no spec but a loader: the file's, or BuiltinImporter for -c
            if (d.get("__loader__") == PyNone.None && d.get("__spec__") == PyNone.None) {
                d.put("__loader__", file instanceof String f ? Op.call(sourceFileLoader, name, f) : builtinImporter);
            }
            return;
        }
        if (file instanceof String f) {
            Object loader = Op.call(sourceFileLoader, name, f);
            Object path = d.get("__path__");
            Object spec = Op.call(specFromFileLocation, new Object[] {name, f, loader, path == null ? PyNone.None : path},
                    new String[] {"loader", "submodule_search_locations"});
            d.put("__loader__", loader);
            d.put("__spec__", spec);
            d.put("__cached__", Op.getattr(spec, "cached"));
        } else if (imports.isBuiltinName((String) name)) {
            d.put("__loader__", builtinImporter);
            d.put("__spec__", Op.call(moduleSpec, new Object[] {name, builtinImporter, "built-in"},
                    new String[] {"origin"}));
        }
    }
}
