package org.jyston.parser.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.Parser;

/**
 * Parse speed: reads every {@code .py} file under the paths into memory, keeps those that parse, then
 * times {@code PASSES} passes of parsing them all from bytes (decoding included, no dump) after two
 * warm-up passes. Usage: {@code ParseBench [-passes N] PATH...}; {@code tools/parse-bench.py} times
 * CPython's {@code ast.parse} the same way.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws Exception {
        int passes = 5;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-passes")) {
                passes = Integer.parseInt(args[++i]);
            } else {
                roots.add(Path.of(args[i]));
            }
        }
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (Path r : roots) {
            try (Stream<Path> s = Files.walk(r)) {
                for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .sorted()::iterator) {
                    byte[] b = Files.readAllBytes(p);
                    try {
                        PythonParser.parseOrFail(b, Parser.Mode.EXEC);
                        sources.add(b);
                        bytes += b.length;
                    } catch (ParseError e) {
                        // CPython rejects these too: not timed
                    }
                }
            }
        }
        double[] times = new double[passes];
        for (int pass = -2; pass < passes; pass++) {
            long t0 = System.nanoTime();
            for (byte[] b : sources) {
                PythonParser.parseOrFail(b, Parser.Mode.EXEC);
            }
            double t = (System.nanoTime() - t0) / 1e9;
            if (pass >= 0) {
                times[pass] = t;
            }
            System.out.printf("pass %d: %.3fs%n", pass, t);
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("jyston: %d files, %d bytes, median of %d passes %.3fs (JDK %s)%n", sources.size(), bytes,
                passes, sorted[passes / 2], System.getProperty("java.version"));
    }
}
