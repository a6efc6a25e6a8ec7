package org.jyston.cli.impl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/**
 * {@code jyston --dump-ast FILE}: prints what {@code python3 -c "import ast,sys;
 * print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()), include_attributes=True))" FILE} prints.
 * On a syntax error CPython prints a traceback through ast.py ending in the error's report; we print
 * only that report (File "&lt;unknown&gt;", line, source text, carets, "SyntaxError: msg"), exit status 1.
 */
final class AstDumpCommand {
    private AstDumpCommand() {}

    static int run(Parser parser, String file, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("FileNotFoundError: [Errno 2] No such file or directory: '" + file + "'");
            return 1;
        } catch (IOException e) {
            err.println("OSError: " + e.getMessage());
            return 1;
        }
        try {
            Ast.Mod tree = parser.parse(source, "<unknown>", Parser.Mode.EXEC);
            out.println(parser.dump(tree, true));
            return 0;
        } catch (PyException e) {
            err.print(report(e));
            return 1;
        }
    }

    /** CPython's report of a SyntaxError (the end of its traceback), or "Type: message". */
    static String report(PyException e) {
        String type = e.type().getName();
        PyTuple args = e.value().getArgs();
        Object msg = args.size() > 0 ? args.get(0) : "";
        if (args.size() < 2 || !(args.get(1) instanceof PyTuple d) || d.size() < 6) {
            return type + (msg.toString().isEmpty() ? "" : ": " + msg) + "\n";
        }
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(d.get(0)).append("\", line ").append(d.get(1)).append('\n');
        if (d.get(3) != PyNone.None && d.get(3) instanceof String text && d.get(2) instanceof Long off) {
            String line = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String stripped = line.stripLeading();
            int cut = line.length() - stripped.length();
            long start = Math.max(1, off - cut);
            long end = start + 1;
            if (d.get(4) instanceof Long endLine && d.get(5) instanceof Long endOff && endLine.equals(d.get(1))
                    && endOff > off) {
                end = endOff - cut;
            }
            end = Math.min(end, stripped.length() + 2);
            b.append("    ").append(stripped).append('\n');
            b.append("    ").append(" ".repeat((int) start - 1)).append("^".repeat((int) Math.max(1, end - start)))
                    .append('\n');
        }
        return b.append(type).append(": ").append(msg).append('\n').toString();
    }
}
