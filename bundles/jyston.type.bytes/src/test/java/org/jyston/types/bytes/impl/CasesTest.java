package org.jyston.types.bytes.impl;

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
 * Every row of {@code cases.tsv}, produced by CPython 3.11 (src/test/python/gen_bytes_cases.py). The
 * shared evaluator has no bytes literals, so {@code b'...'} is rewritten to {@code bytes('...', 'latin-1')}.
 */
class CasesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        for (TypeSpec spec : new BytesTypes().specs()) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
    }

    static Stream<CaseRows.Row> rows() throws IOException {
        return CaseRows.load(CasesTest.class, "cases.tsv");
    }

    /** {@code b'...'} (outside string literals) to {@code bytes('...', 'latin-1')}. */
    static String rewriteBytesLiterals(String src) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            boolean prefix = c == 'b' && i + 1 < src.length() && (src.charAt(i + 1) == '\'' || src.charAt(i + 1) == '"')
                    && (i == 0 || !Character.isLetterOrDigit(src.charAt(i - 1)) && src.charAt(i - 1) != '_');
            if (c == '\'' || c == '"' || prefix) {
                int start = prefix ? i + 1 : i;
                char q = src.charAt(start);
                int j = start + 1;
                while (src.charAt(j) != q) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                String lit = src.substring(start, j + 1);
                out.append(prefix ? "bytes(" + lit + ", 'latin-1')" : lit);
                i = j + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void cpythonAgrees(CaseRows.Row row) {
        String actual = CaseRows.evaluate(rewriteBytesLiterals(row.expr()));
        String expected = row.expected().replaceAll("at 0x[0-9a-f]+>", "at 0x?>");
        assertThat(actual.replaceAll("at 0x[0-9a-f]+>", "at 0x?>")).as(row.toString()).isEqualTo(expected);
    }
}
