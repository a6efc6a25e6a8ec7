package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PyDictTest {

    @Test
    void behavesLikeAnInsertionOrderedMapUnderRandomOperations() {
        Random rnd = new Random(42);
        PyDict d = new PyDict();
        Map<Object, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            Object key = rnd.nextBoolean() ? (Object) (long) rnd.nextInt(500) : "k" + rnd.nextInt(500);
            switch (rnd.nextInt(3)) {
                case 0, 1 -> {
                    d.put(key, i);
                    model.put(key, i);
                }
                default -> assertThat(d.remove(key)).isEqualTo(model.remove(key));
            }
            if (i % 1000 == 0) {
                assertThat(d.keys()).containsExactly(model.keySet().toArray());
            }
        }
        assertThat(d.size()).isEqualTo(model.size());
        assertThat(d.keys()).containsExactly(model.keySet().toArray());
        assertThat(d.values()).containsExactly(model.values().toArray());
        for (Object k : model.keySet()) {
            assertThat(d.get(k)).isEqualTo(model.get(k));
        }
    }

    @Test
    void boolAndIntKeysAreTheSameKey() {
        PyDict d = new PyDict();
        d.put(1L, "one");
        d.put(Boolean.TRUE, "true");
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.keys()).containsExactly(1L);
        assertThat(d.get(1L)).isEqualTo("true");
    }

    @Test
    void concurrentPutsLoseNothing() throws InterruptedException {
        PyDict d = new PyDict();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 10_000;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    d.put((long) (base + i), i);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(d.size()).isEqualTo(40_000);
    }

    @Test
    void versionChangesOnStructuralChangesOnly() {
        PyDict d = new PyDict();
        d.put("a", 1L);
        int v = d.version();
        d.put("a", 2L);
        assertThat(d.version()).isEqualTo(v);
        d.put("b", 3L);
        assertThat(d.version()).isNotEqualTo(v);
    }
}
