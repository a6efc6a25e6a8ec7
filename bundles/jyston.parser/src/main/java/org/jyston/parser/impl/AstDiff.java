package org.jyston.parser.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jyston.api.Parser;

/**
 * Differential test against the host CPython: parses every {@code .py} file under the given paths with
 * this parser and with {@code python3}'s {@code ast}, and compares {@code ast.dump(...,
 * include_attributes=True)}. Usage: {@code AstDiff [-v] [-n LIMIT] PATH...}; prints the match rate.
 */
public final class AstDiff {
    private static final String SCRIPT = String.join("\n",
            "import ast, sys",
            "for path in open(sys.argv[1], encoding='utf-8').read().splitlines():",
            "    try:",
            "        out = ast.dump(ast.parse(open(path, 'rb').read()), include_attributes=True)",
            "    except SyntaxError as e:",
            "        out = 'E %s: %s (%s, %s, %s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset,"
                    + " e.end_lineno, e.end_offset)",
            "    except Exception as e:",
            "        out = 'X ' + repr(e)",
            "    sys.stdout.write(path + '\\0' + out + '\\0')",
            "");

    private AstDiff() {}

    public static void main(String[] args) throws Exception {
        boolean verbose = false;
        int limit = Integer.MAX_VALUE;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-v")) {
                verbose = true;
            } else if (args[i].equals("-n")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
                    s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted()
                            .forEach(files::add);
                }
            }
        }
        if (files.size() > limit) {
            files = files.subList(0, limit);
        }
        Result r = compare(files);
        for (String s : r.failures) {
            System.out.println("MISMATCH " + (verbose ? s : s.substring(0, s.indexOf('\n'))
                    + "\n" + s.substring(s.indexOf('\n') + 1)));
        }
        System.out.println(r.summary());
    }

    /** The outcome of a comparison. */
    static final class Result {
        int files;
        int parsed;
        int parsedIdentical;
        int rejected;
        int rejectedToo;
        int rejectedIdentical;
        long nanos;
        final List<String> failures = new ArrayList<>();

        String summary() {
            return String.format("%d files: CPython parses %d, identical dumps %d (%.2f%%); CPython rejects %d,"
                    + " we reject %d of them (%d with identical type, message and location);"
                    + " mismatches %d; our parse+dump time %.2fs", files, parsed, parsedIdentical,
                    parsed == 0 ? 0.0 : 100.0 * parsedIdentical / parsed, rejected, rejectedToo, rejectedIdentical,
                    failures.size(), nanos / 1e9);
        }
    }

    /** Compares our parser with python3 on each file. */
    static Result compare(List<Path> files) throws IOException, InterruptedException {
        Result r = new Result();
        Map<String, String> expected = new HashMap<>();
        for (int fi = 0; fi < files.size(); fi++) {
            Path f = files.get(fi);
            if (fi % 100 == 0) {
                expected = cpython(files.subList(fi, Math.min(files.size(), fi + 100)));
            }
            String exp = expected.get(f.toString());
            if (exp == null) {
                continue;
            }
            byte[] src = Files.readAllBytes(f);
            r.files++;
            long t0 = System.nanoTime();
            String got = ours(src);
            r.nanos += System.nanoTime() - t0;
            boolean same = got.equals(exp);
            if (exp.startsWith("Module(")) {
                r.parsed++;
                r.parsedIdentical += same ? 1 : 0;
            } else {
                r.rejected++;
                r.rejectedToo += got.startsWith("Module(") ? 0 : 1;
                r.rejectedIdentical += same ? 1 : 0;
            }
            if (!same) {
                r.failures.add(f + "\n" + firstDifference(exp, got));
            }
        }
        return r;
    }

    /** Our counterpart of the CPython script's line for one file. */
    static String ours(byte[] src) {
        try {
            return PythonParser.withStack(() -> AstDump.dump(PythonParser.parseOrFail(src, Parser.Mode.EXEC), true));
        } catch (ParseError e) {
            if (e.kind.equals(ParseError.MEMORY)) {
                return "X MemoryError()";
            }
            if (e.kind.equals(ParseError.RECURSION)) {
                // ast.parse fails building the Python AST objects; compile() in its symbol table
                return "X RecursionError('maximum recursion depth exceeded during ast construction')";
            }
            return "E " + e.report();
        } catch (RuntimeException | StackOverflowError e) {
            return "J " + e;
        }
    }

    static String firstDifference(String exp, String got) {
        int i = 0;
        int n = Math.min(exp.length(), got.length());
        while (i < n && exp.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "  expected: ..." + exp.substring(from, Math.min(exp.length(), i + 150)) + "\n  got:      ..."
                + got.substring(from, Math.min(got.length(), i + 150));
    }

    static Map<String, String> cpython(List<Path> files) throws IOException, InterruptedException {
        Path list = Files.createTempFile("astdiff", ".txt");
        Path script = Files.createTempFile("astdiff", ".py");
        try {
            StringBuilder b = new StringBuilder();
            for (Path f : files) {
                b.append(f).append('\n');
            }
            Files.writeString(list, b.toString());
            Files.writeString(script, SCRIPT);
            Process proc = new ProcessBuilder("python3", script.toString(), list.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out;
            try (InputStream in = proc.getInputStream()) {
                out = in.readAllBytes();
            }
            proc.waitFor();
            String[] parts = new String(out, StandardCharsets.UTF_8).split("\0", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i + 1 < parts.length; i += 2) {
                m.put(parts[i], parts[i + 1]);
            }
            return m;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(script);
        }
    }
}
