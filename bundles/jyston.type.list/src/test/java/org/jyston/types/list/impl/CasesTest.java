package org.jyston.types.list.impl;

import org.jyston.testkit.MiniPy;
import org.jyston.testkit.TestTypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code cases.tsv}, produced by CPython 3.11 (src/test/python/gen_cases.py). */
class CasesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    record Row(int line, String expr, String expected) {
        @Override
        public String toString() {
            return line + ": " + expr;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = CasesTest.class.getResourceAsStream("cases.tsv");
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(n, unescape(f[0]), unescape(f[1])));
            }
        }
        return rows.stream();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 't' ? '\t' : d == 'n' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void cpythonAgrees(Row row) {
        String actual;
        try {
            actual = Op.repr(MiniPy.run(row.expr));
        } catch (PyException x) {
            actual = "!" + x.type().getName() + ": " + Op.str(x.value());
        }
        assertThat(actual).as(row.toString()).isEqualTo(row.expected);
    }
}
