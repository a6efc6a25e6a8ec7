package org.jyston.type.exception.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code exception_cases.tsv}, produced by CPython 3.11. */
class ExceptionTypesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    record Row(int line, String kind, String cls, String args, String kwargs, String expected) {
        @Override
        public String toString() {
            return line + ": " + kind + " " + cls + args + (kwargs.equals("{}") ? "" : " " + kwargs);
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = ExceptionTypesTest.class.getResourceAsStream("exception_cases.tsv");
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(n, f[0], f[1], PyLiteral.unescapeField(f[2]), PyLiteral.unescapeField(f[3]),
                        PyLiteral.unescapeField(f[4])));
            }
        }
        return rows.stream();
    }

    static Stream<Row> mroRows() throws IOException {
        return rows().filter(r -> r.kind.equals("mro") || r.kind.equals("bases"));
    }

    static Stream<Row> behaviourRows() throws IOException {
        return rows().filter(r -> !r.kind.equals("mro") && !r.kind.equals("bases"));
    }

    static Object construct(String name, Object[] args) {
        return TestTypes.call(TypeRegistry.byName(name), args, null);
    }

    @ParameterizedTest
    @MethodSource("mroRows")
    void hierarchy(Row row) {
        PyType t = TypeRegistry.byName(row.cls);
        assertThat(t).as(row.cls).isNotNull();
        assertThat(t.has(TypeSpec.Flag.EXCEPTION)).isTrue();
        assertThat(t.has(TypeSpec.Flag.BASETYPE)).isTrue();
        List<PyType> types = row.kind.equals("mro") ? t.getMro() : t.getBases();
        String names = types.stream().map(PyType::getName).collect(Collectors.joining(" "));
        assertThat(names).isEqualTo(row.expected);
    }

    @Test
    void everyBuiltinExceptionIsPublished() throws IOException {
        List<String> expected = mroRows().filter(r -> r.kind.equals("mro")).map(Row::cls).collect(Collectors.toList());
        List<String> published = new ExceptionTypes().specs().stream().map(TypeSpec::name).collect(Collectors.toList());
        assertThat(published).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("behaviourRows")
    void behaviour(Row row) {
        String actual;
        try {
            Object[] args = ((PyTuple) PyLiteral.parse(row.args, ExceptionTypesTest::construct)).toArray();
            @SuppressWarnings("unchecked")
            Map<Object, Object> kw = (Map<Object, Object>) PyLiteral.parse(row.kwargs, ExceptionTypesTest::construct);
            Object[] all = new Object[args.length + kw.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            String[] kwnames = new String[kw.size()];
            int i = 0;
            for (Map.Entry<Object, Object> e : kw.entrySet()) {
                kwnames[i] = (String) e.getKey();
                all[args.length + i++] = e.getValue();
            }
            Object e = TestTypes.call(TypeRegistry.byName(row.cls), all, kw.isEmpty() ? null : kwnames);
            if (row.kind.equals("str")) {
                actual = TestTypes.strRepr(Op.str(e));
            } else if (row.kind.equals("repr")) {
                actual = TestTypes.strRepr(Op.repr(e));
            } else if (row.kind.equals("type")) {
                actual = TestTypes.strRepr(PyType.of(e).getName());
            } else {
                actual = Op.repr(TestTypes.getattr(e, row.kind.substring("attr:".length())));
            }
        } catch (PyException x) {
            actual = "!" + x.type().getName() + ": " + Op.str(x.value());
        }
        String expected = row.expected;
        if (!expected.startsWith("!") && (row.kind.equals("str") || row.kind.equals("repr") || row.kind.equals("type"))) {
            // normalise through the test repr, whose quoting may differ from CPython's for odd strings
            expected = TestTypes.strRepr((String) PyLiteral.parse(expected, ExceptionTypesTest::construct));
        }
        assertThat(actual).as(row.toString()).isEqualTo(expected);
    }

    @Test
    void errorsRaiseMakesPlainInstancesWithDerivedAttributes() {
        PyException x = Errors.raise(TypeRef("OSError"), 2L, "No such file or directory", "x");
        assertThat(Op.str(x.value())).isEqualTo("[Errno 2] No such file or directory: 'x'");
        assertThat(TestTypes.getattr(x.value(), "errno")).isEqualTo(2L);
        PyException s = Errors.syntaxError(Errors.SyntaxError, "invalid syntax", "f.py", 3, 5, "a b", 3, 6);
        assertThat(Op.str(s.value())).isEqualTo("invalid syntax (f.py, line 3)");
        assertThat(TestTypes.getattr(s.value(), "offset")).isEqualTo(5L);
        assertThat(TestTypes.getattr(s.value(), "text")).isEqualTo("a b");
        PyException z = Errors.zeroDivision("division by zero");
        assertThat(Op.repr(z.value())).isEqualTo("ZeroDivisionError('division by zero')");
        assertThat(Op.str(z.value())).isEqualTo("division by zero");
    }

    private static org.jyston.api.object.TypeRef TypeRef(String name) {
        return org.jyston.api.object.TypeRef.of(name);
    }

    @Test
    void chainingAttributesAndNotes() {
        PyBaseException e = (PyBaseException) construct("ValueError", new Object[] {"v"});
        PyBaseException c = (PyBaseException) construct("KeyError", new Object[] {"k"});
        e.setCause(c);
        assertThat(TestTypes.getattr(e, "__cause__")).isSameAs(c);
        assertThat(TestTypes.getattr(e, "__suppress_context__")).isEqualTo(true);
        Object addNote = TestTypes.getattr(e, "add_note");
        Op.call(addNote, "a note");
        assertThat(((org.jyston.api.object.PyList) TestTypes.getattr(e, "__notes__")).toArray()).containsExactly("a note");
        assertThatThrownBy(() -> Op.call(addNote, 1L)).isInstanceOf(PyException.class)
                .hasMessage("TypeError: note must be a str, not 'int'");
        Object withTb = TestTypes.getattr(e, "with_traceback");
        assertThat(Op.call(withTb, org.jyston.api.object.PyNone.None)).isSameAs(e);
        assertThat(TestTypes.getattr(e, "__class__")).isSameAs(TypeRegistry.byName("ValueError"));
        Object str = TestTypes.getattr(e, "__str__");
        assertThat(Op.call(str)).isEqualTo("v");
    }

    @Test
    void initAgainReplacesArgs() {
        PyBaseException e = (PyBaseException) construct("Exception", new Object[] {1L});
        PyType.of(e).call(Slot.INIT).apply(e, new Object[] {2L, 3L}, null);
        assertThat(Op.repr(e)).isEqualTo("Exception(2, 3)");
    }
}
