package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Our dump of each snippet equals what CPython 3.11.7's {@code ast.dump(..., include_attributes=True)} printed. */
class AstDumpTest {
    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        List<String> lines = TestData.lines("asts.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String src = TestData.unescape(lines.get(i).substring(4));
            String expected = lines.get(i + 1);
            tests.add(DynamicTest.dynamicTest(lines.get(i).substring(4, Math.min(lines.get(i).length(), 60)), () -> {
                String got = AstDump.dump(PythonParser.parseOrFail(src, Parser.Mode.EXEC), true);
                assertThat(got).isEqualTo(expected);
            }));
        }
        return tests.stream();
    }
}
