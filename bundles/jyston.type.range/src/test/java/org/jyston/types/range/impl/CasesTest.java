package org.jyston.types.range.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.jyston.testkit.CaseRows;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code cases.tsv}, produced by CPython 3.11 (src/test/python/gen_cases.py). */
class CasesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    static Stream<CaseRows.Row> rows() throws IOException {
        return CaseRows.load(CasesTest.class, "cases.tsv");
    }

    @ParameterizedTest
    @MethodSource("rows")
    void cpythonAgrees(CaseRows.Row row) {
        assertThat(CaseRows.evaluate(row.expr())).as(row.toString()).isEqualTo(row.expected());
    }
}
