package org.jyston.types.bytes.impl;

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
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.MiniPy;
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
    void cpythonAgrees(Row row) {
        String actual;
        try {
            Object v = MiniPy.run(rewriteBytesLiterals(row.expr));
            actual = Op.repr(v);
        } catch (PyException x) {
            actual = "!" + x.type().getName() + ": " + Op.str(x.value());
        }
        String expected = row.expected.replaceAll("at 0x[0-9a-f]+>", "at 0x?>");
        assertThat(actual.replaceAll("at 0x[0-9a-f]+>", "at 0x?>")).as(row.toString()).isEqualTo(expected);
    }
}
