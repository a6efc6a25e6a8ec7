package org.jyston.traceback.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Did you mean" choice, against what CPython 3.11.7 suggests for the same names (python3 -c NAME). */
class SuggestionsTest {
    private static final List<Object> BUILTIN_LIKE = List.of("print", "len", "list", "range", "sorted", "input");

    @Test
    void suggestsWhatCPythonSuggests() {
        assertThat(Suggestions.best(BUILTIN_LIKE, "Print")).isEqualTo("print");
        assertThat(Suggestions.best(BUILTIN_LIKE, "Lenn")).isEqualTo("len");
        assertThat(Suggestions.best(BUILTIN_LIKE, "prnt")).isEqualTo("print");
        assertThat(Suggestions.best(BUILTIN_LIKE, "xyzzy")).isNull();
    }

    @Test
    void caseChangesCostLessThanEdits() {
        assertThat(dist("Print", "print")).isEqualTo(1);
        assertThat(dist("prnt", "print")).isEqualTo(2);
        assertThat(dist("abc", "abc")).isZero();
    }

    @Test
    void givesUpPastTheLimit() {
        assertThat(dist("abcdef", "uvwxyz", 3)).isEqualTo(4);
    }

    @Test
    void tooManyCandidatesMeansNoSuggestion() {
        List<Object> many = new java.util.ArrayList<>();
        for (int i = 0; i < 750; i++) {
            many.add("name" + i);
        }
        assertThat(Suggestions.best(many, "name1x")).isNull();
        assertThat(Suggestions.best(many.subList(0, 749), "name1x")).isNotNull();
    }

    private static int dist(String a, String b) {
        return dist(a, b, 100);
    }

    private static int dist(String a, String b, int max) {
        return Suggestions.distance(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), max);
    }
}
