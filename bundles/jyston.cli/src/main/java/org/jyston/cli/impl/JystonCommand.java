package org.jyston.cli.impl;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.Parser;
import org.jyston.api.PythonRuntime;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code jyston} command. It is offered to the launcher as a plain
 * {@code Function<String[], Integer>} service (property {@code jyston.command=main}) so the launcher,
 * which lives outside the framework, needs no Jyston class: arguments in, exit status out.
 */
@Component(service = Function.class, property = "jyston.command=main")
public class JystonCommand implements Function<String[], Integer> {

    @Reference
    PythonRuntime runtime;

    @Reference
    Parser parser;

    @Override
    public Integer apply(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the command line with the given standard streams; returns the exit status. */
    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.print(e.getMessage() + "\n" + CommandLine.usage(program()) + "Try `python -h' for more information.\n");
            return 2;
        }
        switch (cl.action) {
            case VERSION:
                out.println(version(cl.verbose));
                return 0;
            case HELP:
                out.print(CommandLine.help(program()));
                return 0;
            case MODULE: {
                List<String> argv = new ArrayList<>();
                argv.add("-m");
                argv.addAll(cl.rest);
                try (Interpreter interp = runtime.newInterpreter(options(cl, argv, out, err))) {
                    return interp.runModule(cl.target);
                }
            }
            case DUMP_AST:
                return AstDumpCommand.run(parser, cl.target, out, err);
            default:
                break;
        }
        Object source;
        String filename;
        List<String> argv = new ArrayList<>();
        if (cl.action == CommandLine.Action.COMMAND) {
            source = cl.target;
            filename = "<string>";
            argv.add("-c");
        } else if (cl.action == CommandLine.Action.SCRIPT) {
            Path path = Path.of(cl.target);
            // CPython names the script by cwd + path, not normalised: that is what tracebacks show.
            String shown = path.toAbsolutePath().toString();
            if (Files.isDirectory(path)) {
                err.println(program() + ": can't find '__main__' module in '" + cl.target + "'");
                return 1;
            }
            try {
                source = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                err.println(program() + ": can't open file '" + shown + "': [Errno 2] No such file or directory");
                return 2;
            } catch (IOException e) {
                err.println(program() + ": can't open file '" + shown + "': [Errno 13] Permission denied");
                return 2;
            }
            filename = shown;
            argv.add(cl.target);
        } else {
            try {
                source = System.in.readAllBytes();
            } catch (IOException e) {
                err.println(program() + ": can't read <stdin>: " + e.getMessage());
                return 2;
            }
            filename = "<stdin>";
            argv.add(cl.action == CommandLine.Action.STDIN_DASH ? "-" : "");
        }
        argv.addAll(cl.rest);
        try (Interpreter interp = runtime.newInterpreter(options(cl, argv, out, err))) {
            return source instanceof byte[] b ? interp.runMain(b, filename) : interp.runMain((String) source, filename);
        }
    }

    private static InterpreterOptions options(CommandLine cl, List<String> argv, PrintStream out, PrintStream err) {
        InterpreterOptions options = new InterpreterOptions().argv(argv).stdout(out).stderr(err);
        String env = cl.ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (env != null && !env.isEmpty()) {
            options.pythonPath(pythonPath(env));
        }
        return options;
    }

    /**
     * PYTHONPATH's folders as CPython's start-up leaves them on sys.path: absolute, normalised, an
     * empty one the cwd, a repeated one once (CPython's site module drops duplicates).
     */
    static List<String> pythonPath(String env) {
        List<String> folders = new ArrayList<>();
        for (String part : env.split(java.io.File.pathSeparator, -1)) {
            String folder = Path.of(part).toAbsolutePath().normalize().toString();
            if (!folders.contains(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    private static String version(boolean verbose) {
        int[] v = PythonRuntime.VERSION;
        String base = "Python " + v[0] + "." + v[1] + "." + v[2];
        if (!verbose) {
            return base;
        }
        return base + " (Jyston " + PythonRuntime.IMPLEMENTATION_VERSION + ") [" + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + "]";
    }

    /** The name the user invoked us by, passed down by the launcher script. */
    static String program() {
        return System.getProperty("jyston.program", "jyston");
    }
}
