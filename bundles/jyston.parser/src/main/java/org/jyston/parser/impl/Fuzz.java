package org.jyston.parser.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jyston.api.Parser;

/**
 * Robustness fuzzer: random bytes and mutated programs (tokens deleted, duplicated, swapped; bytes
 * flipped; deep nesting) must each end in a tree or a {@link ParseError} (CPython's SyntaxError family,
 * or its MemoryError/RecursionError for deep nesting) within a second, never another Java exception.
 * Usage: {@code Fuzz [-n COUNT] [-seed SEED] PATH...} (seed programs: the .py files under the paths).
 */
public final class Fuzz {
    static final long LIMIT_NANOS = 1_000_000_000L;
    private static final String[] SNIPPETS = {"(", ")", "[", "]", "{", "}", ":", ",", "=", ":=", "*", "**", "'", "\"",
        "\"\"\"", "f'{", "}", "\\", "\n", "\t", "    ", "#", "lambda", "if", "else", "for", "in", "not", "def", "class",
        "match", "case", "try", "except*", "yield", "await", "async", "-", "@", ".", "0x", "1e", "_", "\u00e9", "\r",
        "\0", "\u20ac", "\\N{", "\\u", "j", "...", "->", "!"};

    private static final String ALPHABET = " \n\t()[]{}:=,.'\"#\\abcxyz019+-*/@";

    private final Random rnd;
    private final List<byte[]> seeds;

    Fuzz(long seed, List<byte[]> seeds) {
        this.rnd = new Random(seed);
        this.seeds = seeds;
    }

    /** The next input: random bytes, or a seed program mutated. */
    byte[] next() {
        int kind = rnd.nextInt(10);
        if (kind == 0 || seeds.isEmpty()) {
            byte[] b = new byte[rnd.nextInt(200)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256)
                        : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            return b;
        }
        if (kind == 1) {
            return deep();
        }
        String src = new String(seeds.get(rnd.nextInt(seeds.size())), StandardCharsets.UTF_8);
        List<String> toks = split(src);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && !toks.isEmpty(); e++) {
            int i = rnd.nextInt(toks.size());
            switch (rnd.nextInt(5)) {
                case 0 -> toks.remove(i);
                case 1 -> toks.add(i, toks.get(i));
                case 2 -> {
                    int j = rnd.nextInt(toks.size());
                    String t = toks.get(i);
                    toks.set(i, toks.get(j));
                    toks.set(j, t);
                }
                case 3 -> toks.add(i, SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
                default -> toks.set(i, SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
            }
        }
        byte[] out = String.join("", toks).getBytes(StandardCharsets.UTF_8);
        if (out.length > 0 && rnd.nextInt(8) == 0) {
            out[rnd.nextInt(out.length)] = (byte) rnd.nextInt(256);
        }
        return out;
    }

    private byte[] deep() {
        String[][] shapes = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"-", ""}, {"not ", ""}, {"lambda: ", ""},
            {"a.", ""}, {"", "[0]"}, {"", "()"}, {"2**", ""}, {"1 if 1 else ", ""}, {"f(", ")"}, {"+", ""},
            {"", "+1"}, {"await ", ""}, {"*", ""}, {"x = ", ""}};
        String[] s = shapes[rnd.nextInt(shapes.length)];
        int n = rnd.nextInt(4) == 0 ? 100_000 : rnd.nextInt(7000);
        return (s[0].repeat(n) + "x" + s[1].repeat(n) + (rnd.nextBoolean() ? "\n" : "")).getBytes(
                StandardCharsets.UTF_8);
    }

    /** Splits source into crude tokens: runs of word characters, of spaces, and single other characters. */
    static List<String> split(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            int j = i + 1;
            char c = src.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                    j++;
                }
            } else if (c == ' ') {
                while (j < src.length() && src.charAt(j) == ' ') {
                    j++;
                }
            }
            out.add(src.substring(i, j));
            i = j;
        }
        return out;
    }

    /** Parses one input; returns null if it ended as it should, else what went wrong. */
    static String check(byte[] input) {
        // CPU time of this thread, not wall time: a busy machine must not turn waiting into failures
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        String problem = null;
        try {
            PythonParser.parseOrFail(input, Parser.Mode.EXEC);
        } catch (ParseError e) {
            // a SyntaxError-family error, or CPython's MemoryError/RecursionError: fine
        } catch (Throwable e) {
            problem = e.toString();
        }
        long t = cpu.getCurrentThreadCpuTime() - t0;
        if (problem == null && t > LIMIT_NANOS) {
            problem = "took " + t / 1_000_000 + " ms of CPU";
        }
        return problem;
    }

    /** Runs {@code count} inputs; returns the failures (input and problem). */
    List<String> run(int count) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] in = next();
            String problem = check(in);
            if (problem == null) {
                problem = check(in); // a second time: timing noise (JIT, GC) aside
                if (problem == null) {
                    continue;
                }
            }
            String shown = new String(in, 0, Math.min(in.length, 300), StandardCharsets.ISO_8859_1);
            failures.add("input " + i + " (" + in.length + " bytes): " + problem + "\n  " + shown.replace("\n", "\\n"));
        }
        return failures;
    }

    static List<byte[]> seedsUnder(List<Path> roots) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path r : roots) {
            try (Stream<Path> s = Files.walk(r)) {
                for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .sorted()::iterator) {
                    if (Files.size(p) < 20_000) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        int count = 100_000;
        long seed = 1;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> count = Integer.parseInt(args[++i]);
                case "-seed" -> seed = Long.parseLong(args[++i]);
                default -> roots.add(Path.of(args[i]));
            }
        }
        long t0 = System.nanoTime();
        List<String> failures = new Fuzz(seed, seedsUnder(roots)).run(count);
        failures.forEach(System.out::println);
        System.out.printf("%d inputs (seed %d), %d failures, %.1fs%n", count, seed, failures.size(),
                (System.nanoTime() - t0) / 1e9);
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
