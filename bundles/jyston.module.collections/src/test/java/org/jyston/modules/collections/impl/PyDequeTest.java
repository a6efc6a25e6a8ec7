package org.jyston.modules.collections.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The circular array against a list model, through many wrap-arounds and growths. */
class PyDequeTest {
    @Test
    void randomOperationsAgreeWithAListModel() {
        Random rnd = new Random(42);
        PyDeque d = new PyDeque(null);
        List<Object> model = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int op = rnd.nextInt(9);
            Object x = step;
            switch (op) {
                case 0 -> {
                    d.append(x);
                    model.add(x);
                }
                case 1 -> {
                    d.appendLeft(x);
                    model.add(0, x);
                }
                case 2 -> assertThat(d.pop()).isEqualTo(model.isEmpty() ? null : model.remove(model.size() - 1));
                case 3 -> assertThat(d.popLeft()).isEqualTo(model.isEmpty() ? null : model.remove(0));
                case 4 -> {
                    int n = rnd.nextInt(21) - 10;
                    d.rotate(n);
                    if (!model.isEmpty()) {
                        Collections.rotate(model, n);
                    }
                }
                case 5 -> {
                    int p = rnd.nextInt(model.size() + 1);
                    d.insertAt(p, x);
                    model.add(p, x);
                }
                case 6 -> {
                    if (!model.isEmpty()) {
                        int p = rnd.nextInt(model.size());
                        d.removeAt(p);
                        model.remove(p);
                    }
                }
                case 7 -> {
                    d.reverse();
                    Collections.reverse(model);
                }
                default -> {
                    if (!model.isEmpty()) {
                        int p = rnd.nextInt(model.size());
                        assertThat(d.get(p)).isEqualTo(model.get(p));
                    }
                }
            }
            assertThat(d.size()).isEqualTo(model.size());
        }
        assertThat(d.toArray()).containsExactly(model.toArray());
    }

    @Test
    void aBoundedDequeDropsFromTheOtherEnd() {
        PyDeque d = new PyDeque(null);
        d.maxlen = 3;
        for (long i = 0; i < 10; i++) {
            d.append(i);
        }
        assertThat(d.toArray()).containsExactly(7L, 8L, 9L);
        d.appendLeft(-1L);
        assertThat(d.toArray()).containsExactly(-1L, 7L, 8L);
        long before = d.state;
        d.rotate(0);
        assertThat(d.state).isGreaterThan(before); // CPython counts even a no-op rotation as a change
    }
}
