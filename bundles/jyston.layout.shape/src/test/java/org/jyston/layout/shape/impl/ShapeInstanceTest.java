package org.jyston.layout.shape.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.layout.Layouts;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapeInstanceTest {
    private static PyType cls;
    private final ShapeLayout layout = new ShapeLayout();

    @BeforeAll
    static void types() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object").flag(TypeSpec.Flag.BASETYPE));
        }
        cls = PyType.newHeapType("C", List.of(), new HashMap<>(Map.of("__module__", "m")), null);
    }

    private PyInstance make() {
        return layout.newInstance(cls);
    }

    private static List<Object> keys(PyDict d) {
        return List.of(d.keys());
    }

    @Test
    void instancesThatGainTheSameNamesShareAShapeAndPositions() {
        PyInstance a = make();
        PyInstance b = make();
        for (PyInstance p : List.of(a, b)) {
            for (int i = 0; i < 8; i++) {
                p.putAttribute("n" + i, (long) i);
            }
        }
        assertThat(a.shape()).isNotNull().isSameAs(b.shape());
        assertThat(a.indexOf("n6")).isEqualTo(6);
        assertThat(b.getAt(6)).isEqualTo(6L);
        assertThat(a.getAttribute("n7")).isEqualTo(7L);
        assertThat(a.getAttribute("missing")).isNull();
        assertThat(a.getDictIfPresent()).isNotNull(); // attributes exist: dir() may look
    }

    @Test
    void askingForTheDictMakesItTheOneStoreInInsertionOrder() {
        PyInstance p = make();
        p.putAttribute("b", 1L);
        p.putAttribute("a", 2L);
        p.putAttribute("b", 3L);
        PyDict d = p.getDict();
        assertThat(keys(d)).containsExactly("b", "a");
        assertThat(p.shape()).isNull();
        assertThat(p.getDict()).isSameAs(d);
        d.put("c", 4L);
        assertThat(p.getAttribute("c")).isEqualTo(4L);
        p.putAttribute("d", 5L);
        assertThat(d.get("d")).isEqualTo(5L);
        assertThat(p.removeAttribute("b")).isTrue();
        assertThat(p.removeAttribute("b")).isFalse();
        assertThat(keys(d)).containsExactly("a", "c", "d");
    }

    @Test
    void cachedStoresAndTransitionsFailWhenTheShapeMoved() {
        PyInstance p = make();
        Object empty = p.shape();
        p.putAttribute("x", 1L);
        Object withX = p.shape();
        PyInstance q = make();
        assertThat(q.addAt(empty, withX, 0, 9L)).isTrue();
        assertThat(q.shape()).isSameAs(withX);
        assertThat(q.getAttribute("x")).isEqualTo(9L);
        assertThat(q.addAt(empty, withX, 0, 10L)).isFalse();
        assertThat(q.setAt(withX, 0, 11L)).isTrue();
        assertThat(q.getAttribute("x")).isEqualTo(11L);
        q.getDict();
        assertThat(q.setAt(withX, 0, 12L)).isFalse();
        assertThat(q.getAttribute("x")).isEqualTo(11L);
    }

    @Test
    void deletingGoesDictBackedAndLaterNamesComeLast() {
        PyInstance p = make();
        p.putAttribute("a", 1L);
        p.putAttribute("b", 2L);
        assertThat(p.removeAttribute("zz")).isFalse();
        assertThat(p.shape()).isNotNull();
        assertThat(p.removeAttribute("a")).isTrue();
        p.putAttribute("a", 3L);
        assertThat(keys(p.getDict())).containsExactly("b", "a");
    }

    @Test
    void tooManyAttributesGoDictBacked() {
        PyInstance p = make();
        for (int i = 0; i < Shape.MAX_ATTRIBUTES + 5; i++) {
            p.putAttribute("k" + i, (long) i);
        }
        assertThat(p.shape()).isNull();
        assertThat(p.getAttribute("k0")).isEqualTo(0L);
        assertThat(p.getDict().size()).isEqualTo(Shape.MAX_ATTRIBUTES + 5);
    }

    @Test
    void concurrentAddsOnOneInstanceLoseNothing() throws Exception {
        PyInstance p = make();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    p.putAttribute("t" + id + "_" + i, (long) i);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 10; i++) {
                assertThat(p.getAttribute("t" + t + "_" + i)).isEqualTo((long) i);
            }
        }
    }

    @Test
    void theKernelFallsBackToTheDictLayoutWithoutAStrategy() {
        assertThat(Layouts.active()).isSameAs(Layouts.FALLBACK);
        assertThat(PyInstance.create(cls).shape()).isNull();
    }
}
