package org.jyston.parser.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
        Map<String, String> expected = new HashMap<>();
        int match = 0;
        int total = 0;
        long nanos = 0;
        List<String> failures = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            Path f = files.get(fi);
            if (fi % 100 == 0) {
                expected = cpython(files.subList(fi, Math.min(files.size(), fi + 100)));
            }
            String exp = expected.get(f.toString());
            if (exp == null || exp.startsWith("X ")) {
                continue;
            }
            String src = read(f);
            if (src == null) {
                continue;
            }
            total++;
            String got;
            long t0 = System.nanoTime();
            try {
                got = AstDump.dump(PythonParser.parseOrFail(src, Parser.Mode.EXEC), true);
            } catch (ParseError e) {
                got = "E " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
                        + e.endOffset + ")";
            } catch (RuntimeException | StackOverflowError e) {
                got = "X " + e;
            }
            nanos += System.nanoTime() - t0;
            if (got.equals(exp)) {
                match++;
            } else {
                failures.add(f + "\n" + firstDifference(exp, got));
            }
        }
        for (String s : failures) {
            System.out.println("MISMATCH " + (verbose ? s : s.substring(0, s.indexOf('\n'))
                    + "\n" + s.substring(s.indexOf('\n') + 1)));
        }
        System.out.printf("%d/%d files identical (%.1f%%), parse+dump time %.2fs%n", match, total,
                total == 0 ? 0.0 : 100.0 * match / total, nanos / 1e9);
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

    static String read(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
