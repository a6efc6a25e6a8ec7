package org.jyston.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How an interpreter is set up: {@code sys.argv}, the standard streams, and the folders searched for
 * modules before the standard library (what CPython takes from {@code PYTHONPATH}; the interpreter
 * reads no environment variable itself, so an embedder decides).
 */
public final class InterpreterOptions {
    private final List<String> argv = new ArrayList<>(List.of(""));
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private InputStream in = System.in;
    private final List<String> pythonPath = new ArrayList<>();

    public InterpreterOptions argv(List<String> args) {
        argv.clear();
        argv.addAll(args);
        return this;
    }

    public InterpreterOptions stdout(PrintStream stream) {
        this.out = stream;
        return this;
    }

    public InterpreterOptions stderr(PrintStream stream) {
        this.err = stream;
        return this;
    }

    public InterpreterOptions stdin(InputStream stream) {
        this.in = stream;
        return this;
    }

    /** Folders put on {@code sys.path} after the script's and before the standard library, in order. */
    public InterpreterOptions pythonPath(List<String> folders) {
        pythonPath.clear();
        pythonPath.addAll(folders);
        return this;
    }

    public List<String> pythonPath() {
        return List.copyOf(pythonPath);
    }

    public List<String> argv() {
        return List.copyOf(argv);
    }

    public PrintStream stdout() {
        return out;
    }

    public PrintStream stderr() {
        return err;
    }

    public InputStream stdin() {
        return in;
    }
}
