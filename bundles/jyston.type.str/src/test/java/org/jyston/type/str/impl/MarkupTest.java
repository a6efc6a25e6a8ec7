package org.jyston.type.str.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The format-string scanner shared by str.format and _string (answers from CPython 3.11's _string). */
class MarkupTest {

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        Markup m = new Markup(s);
        while (m.next()) {
            out.add(m.fieldPresent ? m.literal + "|" + m.fieldName + "|" + m.spec + "|" + m.conversion : m.literal);
        }
        return out;
    }

    @Test
    void splitsLiteralsAndFieldsAsCPython() {
        assertThat(pieces("")).isEmpty();
        assertThat(pieces("a{{b")).containsExactly("a{", "b");
        assertThat(pieces("a}}b")).containsExactly("a}", "b");
        assertThat(pieces("{0!}}")).containsExactly("|0||" + (int) '}');
        assertThat(pieces("{0!r:>{1}}x")).containsExactly("|0|>{1}|" + (int) 'r', "x");
        assertThat(pieces("{a[x:y]}")).containsExactly("|a[x:y]||0");
        assertThat(pieces("x{0:{{}}}")).containsExactly("x|0|{{}}|0");
    }

    @Test
    void raisesCPythonsMessages() {
        assertThatThrownBy(() -> pieces("{0[}")).isInstanceOf(PyException.class)
                .satisfies(e -> assertThat(Op.str(((PyException) e).value()))
                        .isEqualTo("expected '}' before end of string"));
        assertThatThrownBy(() -> pieces("a}")).satisfies(e -> assertThat(Op.str(((PyException) e).value()))
                .isEqualTo("Single '}' encountered in format string"));
        assertThatThrownBy(() -> pieces("{0:{}")).satisfies(e -> assertThat(Op.str(((PyException) e).value()))
                .isEqualTo("unmatched '{' in format spec"));
    }

    @Test
    void splitsFieldNamesWithDecimalKeys() {
        FieldNames rest = new FieldNames("12.x[3][y]", Markup.firstEnd("12.x[3][y]"));
        assertThat(Markup.integer("12.x[3][y]", 0, 2)).isEqualTo(12);
        List<String> parts = new ArrayList<>();
        while (rest.next()) {
            parts.add(rest.isAttribute + ":" + rest.name + ":" + rest.index);
        }
        assertThat(parts).containsExactly("true:x:-1", "false:3:3", "false:y:-1");
        assertThat(Markup.integer("\u0663\u0664", 0, 2)).isEqualTo(34);
        assertThat(Markup.integer("9223372036854775807", 0, 19)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Markup.integer("9223372036854775808", 0, 19))
                .satisfies(e -> assertThat(Op.str(((PyException) e).value()))
                        .isEqualTo("Too many decimal digits in format string"));
    }
}
