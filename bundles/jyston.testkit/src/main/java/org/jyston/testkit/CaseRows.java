package org.jyston.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;

/**
 * Case tables produced by CPython: one row per line, {@code expression<TAB>expected}, where the
 * expected text is the repr of the value or {@code !Type: message} for an exception.
 */
public final class CaseRows {
    private CaseRows() {}

    /** One row, named by its line in the table. */
    public record Row(int line, String expr, String expected) {
        @Override
        public String toString() {
            return line + ": " + expr;
        }
    }

    /** The rows of a table stored as a resource beside {@code owner}. */
    public static Stream<Row> load(Class<?> owner, String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = owner.getResourceAsStream(resource);
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

    /** What Jyston gives for the expression, in the table's notation. */
    public static String evaluate(String expr) {
        try {
            return Op.repr(MiniPy.run(expr));
        } catch (PyException x) {
            return "!" + x.type().getName() + ": " + Op.str(x.value());
        }
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
}
