package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Syntax errors carry CPython 3.11.7's type, message and location (data from {@code errors.txt}). */
class SyntaxErrorTest {
    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : TestData.lines("errors.txt")) {
            String[] f = line.split("\t", -1);
            String src = TestData.unescape(f[0]);
            tests.add(DynamicTest.dynamicTest(f[0], () -> {
                ParseError e = catchThrowableOfType(ParseError.class,
                        () -> PythonParser.parseOrFail(src, Parser.Mode.EXEC));
                assertThat(e).as("no error raised").isNotNull();
                assertThat(e.kind + ": " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":"
                        + e.endOffset).isEqualTo(f[1] + ": " + f[2] + " @" + f[3] + ":" + f[4] + "-" + f[6] + ":"
                        + f[7]);
            }));
        }
        return tests.stream();
    }
}
