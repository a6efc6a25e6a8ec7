package org.jyston.types.complex.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.CaseRows;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code cases.tsv}, produced by CPython 3.11 (src/test/python/gen_complex_cases.py). The
 * shared evaluator has no imaginary literals, so {@code 2j} is rewritten to {@code complex(0, 2)}.
 */
class CasesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        for (TypeSpec spec : new ComplexTypes().specs()) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
    }

    static Stream<CaseRows.Row> rows() throws IOException {
        return CaseRows.load(CasesTest.class, "cases.tsv");
    }

    private static final java.util.regex.Pattern IMAGINARY =
            java.util.regex.Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+(?:[eE][-+]?\\d+)?)[jJ]");

    /** Imaginary literals ({@code 2j}, {@code 1.5e3j}; not inside strings) to {@code complex(0, 2)}. */
    static String rewriteImaginary(String src) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\'' || c == '"') {
                int j = src.indexOf(c, i + 1);
                out.append(src, i, j + 1);
                i = j + 1;
                continue;
            }
            int j = i;
            while (j < src.length() && src.charAt(j) != '\'' && src.charAt(j) != '"') {
                j++;
            }
            out.append(IMAGINARY.matcher(src.substring(i, j)).replaceAll("complex(0, $1)"));
            i = j;
        }
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void cpythonAgrees(CaseRows.Row row) {
        String actual = CaseRows.evaluate(rewriteImaginary(row.expr()));
        String expected = row.expected().replaceAll("at 0x[0-9a-f]+>", "at 0x?>");
        assertThat(actual.replaceAll("at 0x[0-9a-f]+>", "at 0x?>")).as(row.toString()).isEqualTo(expected);
    }
}
