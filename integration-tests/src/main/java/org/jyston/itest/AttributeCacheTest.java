package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The attribute inline caches of tier 0 really take the shape path: with a layout that counts its
 * name lookups, a loop of {@code obj.x} loads, {@code obj.x = v} stores, new objects and
 * {@code obj.m()} calls looks names up only while the caches fill, and a class change makes the
 * sites look again (and answer right).
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class AttributeCacheTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    static final AtomicInteger LOOKUPS = new AtomicInteger();

    /** A minimal shape layout (shapes are canonical name lists) that counts name lookups. */
    static final class Counting extends PyInstance {
        private static final Map<List<String>, List<String>> SHAPES = new ConcurrentHashMap<>();
        private volatile List<String> shape = canon(List.of());
        private final Object[] values = new Object[8];

        Counting(PyType type) {
            super(type);
        }

        private static List<String> canon(List<String> names) {
            return SHAPES.computeIfAbsent(names, n -> n);
        }

        @Override
        public Object getAttribute(String name) {
            LOOKUPS.incrementAndGet();
            int i = shape.indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public synchronized void putAttribute(String name, Object value) {
            LOOKUPS.incrementAndGet();
            int i = shape.indexOf(name);
            if (i >= 0) {
                values[i] = value;
                return;
            }
            List<String> next = new ArrayList<>(shape);
            next.add(name);
            values[shape.size()] = value;
            shape = canon(List.copyOf(next));
        }

        @Override
        public boolean removeAttribute(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setDict(PyDict dict) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PyDict getDict() {
            throw new UnsupportedOperationException();
        }

        @Override
        public PyDict getDictIfPresent() {
            return null;
        }

        @Override
        public Object shape() {
            return shape;
        }

        @Override
        public int indexOf(String name) {
            return shape.indexOf(name);
        }

        @Override
        public Object getAt(int index) {
            return values[index];
        }

        @Override
        public boolean setAt(Object expected, int index, Object value) {
            if (shape != expected) {
                return false;
            }
            values[index] = value;
            return true;
        }

        @Override
        public synchronized boolean addAt(Object from, Object to, int index, Object value) {
            if (shape != from) {
                return false;
            }
            values[index] = value;
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) to;
            shape = s;
            return true;
        }
    }

    static final String PROGRAM = ""
            + "class K:\n"
            + "    def __init__(self, i):\n"
            + "        self.x = i\n"
            + "        self.y = 2 * i\n"
            + "    def m(self):\n"
            + "        return self.y\n"
            + "def work(n):\n"
            + "    t = 0\n"
            + "    for i in range(n):\n"
            + "        o = K(i)\n"
            + "        o.x = o.x + 1\n"
            + "        t += o.x + o.m()\n"
            + "    return t\n";

    static final String FACTORY = ""
            + "def make():\n"
            + "    class K:\n"
            + "        def __init__(self, i):\n"
            + "            self.x = i\n"
            + "        def m(self):\n"
            + "            return self.x\n"
            + "    return K\n"
            + "def use(cls, n):\n"
            + "    t = 0\n"
            + "    for i in range(n):\n"
            + "        o = cls(i)\n"
            + "        t += o.x + o.m()\n"
            + "    return t\n"
            + "classes = [make() for _ in range(6)]\n";

    @Test
    void sitesThatSawManyClassesRecoverWhenTheirReceiversSettle() {
        ServiceRegistration<LayoutStrategy> reg = registerCounting();
        try (Interpreter py = runtime.newInterpreter(new InterpreterOptions())) {
            py.exec(FACTORY, "<factory>");
            // six classes from one class statement pass the same sites: more than a site keeps
            for (int k = 0; k < 6; k++) {
                assertThat(py.eval("use(classes[" + k + "], 10)")).isEqualTo(90L);
            }
            // then only the last one: the sites back off, try again, and settle on it
            assertThat(py.eval("use(classes[5], 1000)")).isEqualTo(999_000L);
            int before = LOOKUPS.get();
            assertThat(py.eval("use(classes[5], 1000)")).isEqualTo(999_000L);
            assertThat(LOOKUPS.get() - before).as("name lookups once the sites settled").isLessThan(10);
        } finally {
            reg.unregister();
        }
    }

    private ServiceRegistration<LayoutStrategy> registerCounting() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(LayoutStrategy.PROPERTY, "counting");
        props.put(Constants.SERVICE_RANKING, 1000);
        return context.registerService(LayoutStrategy.class,
                new LayoutStrategy() {
                    @Override
                    public String name() {
                        return "counting";
                    }

                    @Override
                    public PyInstance newInstance(PyType type) {
                        return new Counting(type);
                    }
                }, props);
    }

    @Test
    void loopsOverAttributesLookNamesUpOnlyWhileCachesFill() {
        ServiceRegistration<LayoutStrategy> reg = registerCounting();
        try (Interpreter py = runtime.newInterpreter(new InterpreterOptions())) {
            py.exec(PROGRAM, "<cache>");
            assertThat(py.eval("work(10)")).isEqualTo(145L);
            int before = LOOKUPS.get();
            // sum over i < 1000 of (i + 1) + 2i
            assertThat(py.eval("work(1000)")).isEqualTo(1_499_500L);
            int during = LOOKUPS.get() - before;
            assertThat(during).as("name lookups in 1000 iterations of 5 attribute operations").isLessThan(10);

            // a class change: the sites must see the new method, and then settle again
            py.exec("K.m = lambda self: -self.x\n", "<cache>");
            assertThat(py.eval("work(10)")).isEqualTo(0L);
            before = LOOKUPS.get();
            assertThat(py.eval("work(1000)")).isEqualTo(0L);
            assertThat(LOOKUPS.get() - before).isLessThan(10);
        } finally {
            reg.unregister();
        }
    }
}
