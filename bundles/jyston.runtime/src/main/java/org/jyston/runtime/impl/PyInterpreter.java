package org.jyston.runtime.impl;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jyston.api.Code;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.Parser;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;

/** One interpreter: its own {@code builtins}, {@code __main__} namespace and standard streams. */
final class PyInterpreter implements Interpreter {
    /** Python code runs on a thread of its own whose stack fits CPython's recursion depths. */
    private static final long STACK_SIZE = 512L << 20;

    private final Runtime runtime;
    private final InterpreterOptions options;
    private final PyDict builtins = new PyDict();
    private final PyDict main = new PyDict();
    private final PrintStream out;
    private final PrintStream err;
    private final ImportSystem imports;
    private final PyModule sys;

    PyInterpreter(Runtime runtime, InterpreterOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.out = options.stdout();
        this.err = options.stderr();
        Builtins.create(out, Builtins.reader(options.stdin())).forEach(builtins::put);
        this.imports = new ImportSystem(runtime, builtins);
        builtins.put("__import__", new org.jyston.api.object.PyBuiltinFunction("__import__", imports::importFunction));
        PyModule builtinsModule = new PyModule("builtins", builtins);
        imports.modules.put("builtins", builtinsModule);
        new BuiltinsCode(runtime, builtins, builtinsModule, imports.modules).install();
        this.sys = SysModule.create(options, imports, () -> runtime.tracebacks);
        imports.modules.put("sys", sys);
        String stdlib = System.getProperty("jyston.stdlib", "");
        SysExtras.install(sys.getDict(), stdlib, options.argv(), () -> runtime.tracebacks);
        imports.importlib.attach(sys.getDict());
        for (String folder : options.pythonPath()) {
            imports.path.append(folder);
        }
        if (!stdlib.isEmpty() && java.nio.file.Files.isDirectory(java.nio.file.Path.of(stdlib))) {
            imports.path.append(stdlib);
        }
        SiteBuiltins.install(builtins, sys.getDict(), builtins.get("__import__"));
        org.jyston.api.object.Warnings.install((category, message) ->
                Op.call(Op.getattr(imports.importAbsolute("warnings"), "warn"), message, category, 1L));
        builtins.put("__doc__", "Built-in functions, types, exceptions, and other objects." + "\n"
                + "" + "\n"
                + "This module provides direct access to all 'built-in'" + "\n"
                + "identifiers of Python; for example, builtins.len is" + "\n"
                + "the full name for the built-in function len()." + "\n"
                + "" + "\n"
                + "This module is not normally accessed explicitly by most" + "\n"
                + "applications, but can be useful in modules that provide" + "\n"
                + "objects with the same name as a built-in value, but in" + "\n"
                + "which the built-in of that name is also needed.");
        builtins.put("__package__", "");
        builtins.put("__loader__", PyNone.None);
        builtins.put("__spec__", PyNone.None);
        // module-level builtin functions know their module (len.__self__, len.__module__)
        for (Object v : builtins.values()) {
            if (v instanceof org.jyston.api.object.PyBuiltinFunction bf) {
                bf.setModule(builtinsModule);
                BuiltinDocs.describe(bf);
            }
        }
        for (Object v : sys.getDict().values()) {
            if (v instanceof org.jyston.api.object.PyBuiltinFunction bf) {
                bf.setModule(sys);
            }
        }
        PyDict sysDict = sys.getDict();
        org.jyston.api.object.PyBuiltinFunction print = new org.jyston.api.object.PyBuiltinFunction("print",
                (a, k) -> Print.print(out, sysDict, a, k));
        print.setModule(builtinsModule);
        BuiltinDocs.describe(print);
        builtins.put("print", print);
        main.put("__name__", "__main__");
        main.put("__doc__", PyNone.None);
        main.put("__package__", PyNone.None);
        main.put("__spec__", PyNone.None);
        main.put("__loader__", PyNone.None);
        main.put("__builtins__", builtinsModule);
        PyModule mainModule = new PyModule("__main__", main);
        imports.modules.put("__main__", mainModule);
        imports.importlib.describe(builtinsModule);
        imports.importlib.describe(sys);
        imports.importlib.describe(mainModule);
    }

    @Override
    public int runMain(String source, String filename) {
        return runOnPythonThread(() -> runMainHere(source, filename));
    }

    @Override
    public int runModule(String name) {
        return runOnPythonThread(() -> finish(runModuleHere(name)));
    }

    /**
     * {@code -m name}: as CPython, {@code runpy._run_module_as_main(name)} (which gives {@code __main__}
     * its {@code __spec__}); without a standard library, the import system's own search.
     */
    private int runModuleHere(String name) {
        imports.path.insert(0, java.nio.file.Path.of("").toAbsolutePath().toString());
        if (imports.findSource("runpy") != null) {
            try {
                Object runpy = imports.importAbsolute("runpy");
                Op.call(Op.getattr(runpy, "_run_module_as_main"), name);
                out.flush();
                return 0;
            } catch (PyException e) {
                out.flush();
                return uncaught(e.value());
            } catch (RuntimeException | StackOverflowError e) {
                out.flush();
                return uncaught(runtime.exceptions.translate(e).value());
            }
        }
        return runModuleDirect(name);
    }

    private int runModuleDirect(String name) {
        try {
            String target = name;
            java.nio.file.Path file = imports.findSource(target);
            if (file != null && file.getFileName().toString().equals("__init__.py")) {
                imports.importAbsolute(target); // a package: its __main__ runs, after the package itself
                target = name + ".__main__";
                file = imports.findSource(target);
                if (file == null) {
                    SysModule.writeStderr(sys.getDict(), System.getProperty("jyston.program", "jyston")
                            + ": No module named " + target + "; '" + name
                            + "' is a package and cannot be directly executed\n");
                    return 1;
                }
            }
            if (file == null) {
                SysModule.writeStderr(sys.getDict(), System.getProperty("jyston.program", "jyston")
                        + ": No module named " + name + "\n");
                return 1;
            }
            String filename = file.toAbsolutePath().toString();
            main.put("__file__", filename);
            main.put("__package__", target.contains(".") ? target.substring(0, target.lastIndexOf('.')) : "");
            Object argv = sys.getDict().get("argv");
            if (argv instanceof org.jyston.api.object.PyList l && l.size() > 0) {
                l.set(0, filename);
            }
            byte[] source = java.nio.file.Files.readAllBytes(file);
            Code code = CompileWarnings.shown(runtime.compiler.compile(
                    runtime.parser.parse(source, filename, Parser.Mode.EXEC), filename), imports.modules);
            code.execute(main, builtins);
            out.flush();
            return 0;
        } catch (PyException e) {
            out.flush();
            return uncaught(e.value());
        } catch (java.io.IOException e) {
            SysModule.writeStderr(sys.getDict(), "jyston: cannot read module " + name + ": " + e.getMessage() + "\n");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            return uncaught(runtime.exceptions.translate(e).value());
        }
    }

    @Override
    public int runMain(byte[] source, String filename) {
        return runOnPythonThread(() -> runMainHere(source, filename));
    }

    private int runOnPythonThread(java.util.function.IntSupplier body) {
        AtomicReference<Integer> status = new AtomicReference<>(1);
        Thread t = new Thread(null, () -> status.set(body.getAsInt()), "python-main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status.get();
    }

    private int runMainHere(Object source, String filename) {
        int status = runMainCode(source, filename);
        return finish(status);
    }

    /**
     * What CPython's finalisation does before the process exits: wait for the non-daemon threads
     * ({@code threading._shutdown}), run the {@code atexit} functions, flush the standard streams.
     * An error there is reported and does not change the exit status, except SystemExit.
     */
    private int finish(int status) {
        for (String[] step : new String[][] {{"threading", "_shutdown"}, {"atexit", "_run_exitfuncs"}}) {
            Object m = imports.modules.get(step[0]);
            if (m == null || m == PyNone.None) {
                continue;
            }
            try {
                Op.call(Op.getattr(m, step[1]));
            } catch (PyException e) {
                int s = uncaught(e.value());
                if (Errors.SystemExit.getOrNull() != null && e.value().getType().isSubtypeOf(Errors.SystemExit.get())) {
                    status = s;
                }
            } catch (RuntimeException | StackOverflowError e) {
                uncaught(runtime.exceptions.translate(e).value());
            }
        }
        out.flush();
        return status;
    }

    private int runMainCode(Object source, String filename) {
        try {
            if (!filename.startsWith("<")) {
                main.put("__file__", filename);
                java.nio.file.Path dir = java.nio.file.Path.of(filename).getParent();
                imports.path.insert(0, dir == null ? "" : dir.toString());
            } else {
                imports.path.insert(0, "");
            }
            Code code = CompileWarnings.shown(runtime.compiler.compile(source instanceof byte[] b
                    ? runtime.parser.parse(b, filename, Parser.Mode.EXEC)
                    : runtime.parser.parse((String) source, filename, Parser.Mode.EXEC), filename), imports.modules);
            code.execute(main, builtins);
            out.flush();
            return 0;
        } catch (PyException e) {
            out.flush();
            return uncaught(e.value());
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            return uncaught(runtime.exceptions.translate(e).value());
        }
    }

    /**
     * What CPython 3.11 does with an exception that reaches the top ({@code PyErr_PrintEx}): SystemExit
     * gives the exit status; anything else is stored in {@code sys.last_type}, {@code last_value},
     * {@code last_traceback} and handed to {@code sys.excepthook}, whose own failure is reported with
     * the original exception. KeyboardInterrupt exits as if killed by SIGINT (130).
     */
    private int uncaught(PyBaseException exc) {
        PyType systemExit = Errors.SystemExit.getOrNull();
        if (systemExit != null && exc.getType().isSubtypeOf(systemExit)) {
            return exitStatus(exc);
        }
        PyDict d = sys.getDict();
        Object tb = exc.getTraceback() == null ? PyNone.None : exc.getTraceback();
        d.put("last_type", exc.getType());
        d.put("last_value", exc);
        d.put("last_traceback", tb);
        Object hook = d.get("excepthook");
        try {
            if (hook == null) {
                SysModule.writeStderr(d, "sys.excepthook is missing\n");
                SysModule.display(d, runtime.tracebacks, exc);
            } else {
                try {
                    Op.call(hook, exc.getType(), exc, tb);
                } catch (PyException e2) {
                    if (systemExit != null && e2.value().getType().isSubtypeOf(systemExit)) {
                        return exitStatus(e2.value());
                    }
                    out.flush();
                    SysModule.writeStderr(d, "Error in sys.excepthook:\n");
                    SysModule.display(d, runtime.tracebacks, e2.value());
                    SysModule.writeStderr(d, "\nOriginal exception was:\n");
                    SysModule.display(d, runtime.tracebacks, exc);
                }
            }
        } catch (RuntimeException broken) {
            // sys.stderr itself failed: fall back to the process's stream, as CPython falls back to C stderr
            err.print(runtime.tracebacks.format(exc));
        }
        err.flush();
        PyType interrupt = org.jyston.api.object.TypeRef.of("KeyboardInterrupt").getOrNull();
        return interrupt != null && exc.getType().isSubtypeOf(interrupt) ? 130 : 1;
    }

    /** {@code SystemExit(code)}: None is 0, an int is itself, anything else is printed and gives 1. */
    private int exitStatus(PyBaseException exc) {
        PyTuple args = exc.getArgs();
        Object code = args.size() == 0 ? PyNone.None : args.size() == 1 ? args.get(0) : args;
        if (code == PyNone.None) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        err.println(Op.str(code));
        err.flush();
        return 1;
    }

    @Override
    public void exec(String source, String filename) {
        Code code = CompileWarnings.shown(
                runtime.compiler.compile(runtime.parser.parse(source, filename, Parser.Mode.EXEC), filename),
                imports.modules);
        code.execute(main, builtins);
    }

    @Override
    public Object eval(String source) {
        Code code = CompileWarnings.shown(
                runtime.compiler.compile(runtime.parser.parse(source, "<string>", Parser.Mode.EVAL), "<string>"),
                imports.modules);
        return code.execute(main, builtins);
    }

    @Override
    public PyDict mainNamespace() {
        return main;
    }

    @Override
    public void close() {
        out.flush();
        main.clear();
        builtins.clear();
    }

}
