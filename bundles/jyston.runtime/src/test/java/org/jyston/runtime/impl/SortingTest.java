package org.jyston.runtime.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyTuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fallback sort of {@code sorted()}: stable, also in reverse, using only {@code <} on the keys. */
class SortingTest {
    @BeforeAll
    static void types() {
        BuiltinsCasesTest.types();
    }

    private static PyList pairs() {
        // (key, tag): sorted by key, equal keys must keep their tags' order
        Object[] items = new Object[8];
        long[] keys = {3, 1, 2, 1, 3, 2, 1, 3};
        for (int i = 0; i < keys.length; i++) {
            items[i] = PyTuple.of(keys[i], (long) i);
        }
        return new PyList(items);
    }

    private static final PyBuiltinFunction FIRST = new PyBuiltinFunction("first", (a, k) -> ((PyTuple) a[0]).get(0));

    @Test
    void stableAscending() {
        PyList list = pairs();
        Sorting.sort(list, new Object[] {list, FIRST}, new String[] {"key"});
        assertThat(tags(list)).isEqualTo("1 3 6 2 5 0 4 7");
    }

    @Test
    void stableDescending() {
        PyList list = pairs();
        Sorting.sort(list, new Object[] {list, FIRST, Boolean.TRUE}, new String[] {"key", "reverse"});
        assertThat(tags(list)).isEqualTo("0 4 7 2 5 1 3 6");
    }

    private static String tags(PyList list) {
        StringBuilder sb = new StringBuilder();
        for (Object o : list.toArray()) {
            sb.append(sb.length() == 0 ? "" : " ").append(((PyTuple) o).get(1));
        }
        return sb.toString();
    }
}
