package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.Parser;
import org.junit.jupiter.api.Test;

/**
 * The malformed programs of {@code syntax-errors/} raise what CPython 3.11 raises for them (type, message,
 * lineno, offset, end_lineno, end_offset from {@code expected.txt}, written by {@code gen_expected.py}).
 * Errors CPython finds only after parsing (symbol table, compiler) are not the parser's and are skipped.
 */
class SyntaxErrorCorpusTest {
    static final String DIR = "/syntax-errors/";

    static byte[] read(String name) throws IOException {
        try (InputStream in = SyntaxErrorCorpusTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        }
    }

    static String ours(byte[] src) {
        try {
            PythonParser.parseOrFail(src, Parser.Mode.EXEC);
            return "(no error)";
        } catch (ParseError e) {
            return e.fatal() ? e.kind + ": " + e.msg : e.report();
        }
    }

    @Test
    void atLeast95PercentMatchCPythonExactly() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        for (String line : TestData.lines(DIR + "expected.txt")) {
            String[] f = line.split("\t", -1);
            if (!f[1].equals("parser")) {
                continue;
            }
            total++;
            String expected = f[2] + ": " + TestData.unescape(f[3]) + " (" + f[4] + ", " + f[5] + ", " + f[6] + ", "
                    + f[7] + ")";
            String got = ours(read(f[0]));
            if (!got.equals(expected)) {
                mismatches.add(f[0] + "\n    expected " + expected + "\n    got      " + got);
            }
        }
        double rate = 100.0 * (total - mismatches.size()) / total;
        System.out.printf("syntax-error corpus: %d/%d match CPython exactly (%.1f%%)%n", total - mismatches.size(),
                total, rate);
        mismatches.forEach(System.out::println);
        assertThat(total).isGreaterThanOrEqualTo(150);
        assertThat(rate).as(String.join("\n", mismatches)).isGreaterThanOrEqualTo(95.0);
    }
}
