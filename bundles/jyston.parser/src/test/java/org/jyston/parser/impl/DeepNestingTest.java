package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Deeply nested programs end as in CPython 3.11's compile(): "too many nested parentheses", MemoryError
 * (its parser's MAXSTACK), RecursionError "... during compilation", or success; never a Java
 * StackOverflowError (data: {@code deep-nesting/expected.txt}, from {@code gen_expected.py}).
 */
class DeepNestingTest {
    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : TestData.lines("/deep-nesting/expected.txt")) {
            String[] f = line.split("\t", -1);
            int n = Integer.parseInt(f[3]);
            String src = TestData.unescape(f[0]).repeat(n) + TestData.unescape(f[1]) + TestData.unescape(f[2]).repeat(n);
            tests.add(DynamicTest.dynamicTest(f[0] + f[1] + f[2] + " x" + n, () -> {
                String got = SyntaxErrorCorpusTest.ours(src.getBytes(StandardCharsets.UTF_8));
                assertThat(got.equals("(no error)") ? "ok" : got.trim()).isEqualTo(f[4].trim());
            }));
        }
        return tests.stream();
    }
}
