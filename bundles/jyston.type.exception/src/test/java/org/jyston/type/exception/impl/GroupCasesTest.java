package org.jyston.type.exception.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code group_cases.tsv}: split, subgroup and derive as CPython 3.11 does them. */
class GroupCasesTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    record Row(int line, String op, String group, String arg, String expected) {
        @Override
        public String toString() {
            return line + ": " + op + " " + arg + " on " + group;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = GroupCasesTest.class.getResourceAsStream("group_cases.tsv");
                var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(n, f[0], PyLiteral.unescapeField(f[1]), PyLiteral.unescapeField(f[2]),
                        PyLiteral.unescapeField(f[3])));
            }
        }
        return rows.stream();
    }

    private static Object literal(String src) {
        return PyLiteral.parse(src, ExceptionTypesTest::construct);
    }

    private static PyBuiltinFunction predicate(String name, java.util.function.Predicate<PyBaseException> p) {
        return new PyBuiltinFunction(name, (args, kw) -> p.test((PyBaseException) args[0]));
    }

    /** The conditions of the table: names, literals, tuples of them, or a named predicate. */
    static Object condition(String text) {
        if (text.startsWith("lambda:")) {
            String name = text.substring(7);
            switch (name) {
                case "always":
                    return predicate(name, e -> true);
                case "never":
                    return predicate(name, e -> false);
                case "leaf":
                    return predicate(name, e -> !Groups.isGroup(e));
                case "odd":
                    return predicate(name, e -> e.getArgs().get(0) instanceof Long v && v % 2 == 1);
                case "msg_n":
                    return predicate(name, e -> e.getArgs().size() > 0 && "n".equals(e.getArgs().get(0)));
                case "raises":
                    return predicate(name, e -> {
                        throw Errors.raise(Errors.KeyError, "p");
                    });
                default:
                    throw new IllegalArgumentException(text);
            }
        }
        if (text.startsWith("(")) {
            String inner = text.substring(1, text.length() - 1).trim();
            if (inner.isEmpty()) {
                return PyTuple.of();
            }
            List<Object> items = new ArrayList<>();
            for (String part : inner.split(",")) {
                items.add(condition(part.trim()));
            }
            return PyTuple.of(items.toArray());
        }
        if (text.equals("None")) {
            return PyNone.None;
        }
        if (Character.isDigit(text.charAt(0))) {
            return Long.parseLong(text);
        }
        if (text.startsWith("'")) {
            return text.substring(1, text.length() - 1);
        }
        PyType t = TypeRegistry.byName(text);
        if (t == null) {
            throw new IllegalArgumentException(text);
        }
        return t;
    }

    private static Object attr(Object o, String name) {
        try {
            return TestTypes.getattr(o, name);
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return PyNone.None;
            }
            throw e;
        }
    }

    private static Object meta(Row row, boolean decorate) {
        PyBaseException eg = (PyBaseException) literal(row.group);
        if (decorate) {
            eg.setCause((PyBaseException) literal("KeyError('c')"));
            eg.setContext((PyBaseException) literal("IndexError('x')"));
            eg.addNote("n1");
            eg.addNote("n2");
        }
        PyTuple parts = (PyTuple) Op.call(TestTypes.getattr(eg, "split"), condition(row.arg));
        List<Object> out = new ArrayList<>();
        for (Object p : parts.toArray()) {
            if (p == PyNone.None) {
                out.add(PyNone.None);
                continue;
            }
            Object notes = attr(p, "__notes__");
            List<Object> memberNotes = new ArrayList<>();
            for (Object x : ((PyTuple) attr(p, "exceptions")).toArray()) {
                memberNotes.add(attr(x, "__notes__"));
            }
            out.add(PyTuple.of(attr(p, "__cause__") == attr(eg, "__cause__"),
                    attr(p, "__context__") == attr(eg, "__context__"), attr(p, "__suppress_context__"), notes,
                    notes != PyNone.None && notes == attr(eg, "__notes__"),
                    attr(p, "__traceback__") == attr(eg, "__traceback__"), memberNotes));
        }
        return PyTuple.of(out.toArray());
    }

    static Object run(Row row) {
        switch (row.op) {
            case "split": {
                Object eg = literal(row.group);
                PyTuple r = (PyTuple) Op.call(TestTypes.getattr(eg, "split"), condition(row.arg));
                return PyTuple.of(r.get(0), r.get(1), r.get(0) == eg, r.get(1) == eg);
            }
            case "subgroup": {
                Object eg = literal(row.group);
                Object s = Op.call(TestTypes.getattr(eg, "subgroup"), condition(row.arg));
                return PyTuple.of(s, s == eg);
            }
            case "derive": {
                Object eg = literal(row.group);
                Object r = Op.call(TestTypes.getattr(eg, "derive"), literal(row.arg));
                return PyTuple.of(PyType.of(r).getName(), r, attr(r, "__cause__"), attr(r, "__context__"),
                        attr(r, "__traceback__"), attr(r, "__notes__"));
            }
            case "meta":
                return meta(row, true);
            case "meta0":
                return meta(row, false);
            default:
                throw new IllegalArgumentException(row.op);
        }
    }

    @ParameterizedTest
    @MethodSource("rows")
    void behaviour(Row row) {
        String actual;
        try {
            actual = Op.repr(run(row));
        } catch (PyException x) {
            actual = "!" + x.type().getName() + ": " + Op.str(x.value());
        }
        assertThat(actual).as(row.toString()).isEqualTo(row.expected);
    }

    @Test
    void splitArityAndSelfAreChecked() {
        Object eg = literal("ExceptionGroup('m', [ValueError(1)])");
        Object split = TypeRegistry.byName("BaseExceptionGroup").lookup("split");
        assertThat(errorOf(() -> Op.call(TestTypes.getattr(eg, "split"))))
                .isEqualTo("TypeError: split expected 1 argument, got 0");
        assertThat(errorOf(() -> Op.call(split, 1L, TypeRegistry.byName("ValueError"))))
                .isEqualTo("TypeError: descriptor 'split' for 'BaseExceptionGroup' objects doesn't apply to a 'int' object");
        assertThat(errorOf(() -> Op.call(TestTypes.getattr(eg, "derive"))))
                .isEqualTo("TypeError: function takes exactly 1 argument (0 given)");
        assertThat(errorOf(() -> Op.call(TestTypes.getattr(eg, "subgroup"), new Object[] {1L}, new String[] {"x"})))
                .isEqualTo("TypeError: BaseExceptionGroup.subgroup() takes no keyword arguments");
    }

    @Test
    void splitKeepsTheTracebackOfTheGroup() {
        PyBaseException eg = (PyBaseException) literal("ExceptionGroup('m', [ValueError(1), TypeError(2)])");
        var tb = new org.jyston.api.object.PyTraceback(new org.jyston.api.object.CodeInfo("f.py", "<module>"),
                new org.jyston.api.ast.Pos(1, 0, 1, 5), null);
        eg.setTraceback(tb);
        PyTuple r = (PyTuple) Op.call(TestTypes.getattr(eg, "split"), TypeRegistry.byName("ValueError"));
        assertThat(((PyBaseException) r.get(0)).getTraceback()).isSameAs(tb);
        assertThat(((PyBaseException) r.get(1)).getTraceback()).isSameAs(tb);
    }

    private static String errorOf(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException x) {
            return x.type().getName() + ": " + Op.str(x.value());
        }
    }
}
