package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.layout.DictInstance;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.layout.Layouts;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The layout strategies inside Felix: each registered by its own bundle, the shape layout active by
 * ranking, and swapping strategies (stopping the shape bundle, registering a higher-ranked strategy)
 * while a Python program on another thread makes classes and instances and keeps checking old ones:
 * classes made after a swap use the new layout, old instances keep theirs, both work side by side,
 * nothing is lost and no Java error escapes.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class LayoutSwapTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    /**
     * Each round makes a new class, instances of it (checked through attribute reads, method calls,
     * {@code vars()}, {@code del}, {@code __class__} assignment to an older round's class) and keeps
     * one; every 25 rounds all kept instances are checked again. Prints one line per round.
     */
    static final String PROGRAM = ""
            + "kept = []\n"
            + "bad = []\n"
            + "def check(o, i, where):\n"
            + "    if o.a != i or o.b != str(i) or o.c != [i] or o.d != 2 * i or o.total() != 3 * i:\n"
            + "        bad.append((where, i))\n"
            + "for i in range(ROUNDS):\n"
            + "    class K:\n"
            + "        kind = i\n"
            + "        def __init__(self, i):\n"
            + "            self.a = i\n"
            + "            self.b = str(i)\n"
            + "            self.c = [i]\n"
            + "            self.d = 2 * i\n"
            + "        def total(self):\n"
            + "            return self.a + self.d\n"
            + "    objs = [K(i) for _ in range(20)]\n"
            + "    for o in objs:\n"
            + "        check(o, i, 'new')\n"
            + "    objs[0].e = 'x'\n"
            + "    if vars(objs[0]) != {'a': i, 'b': str(i), 'c': [i], 'd': 2 * i, 'e': 'x'}:\n"
            + "        bad.append(('vars', i))\n"
            + "    del objs[0].e\n"
            + "    objs[0].__dict__['f'] = i\n"
            + "    if objs[0].f != i or hasattr(objs[0], 'e') or list(vars(objs[0])) != ['a', 'b', 'c', 'd', 'f']:\n"
            + "        bad.append(('dict', i))\n"
            + "    if kept:\n"
            + "        older = kept[i // 2]\n"
            + "        o = objs[1]\n"
            + "        o.__class__ = type(older)\n"
            + "        if o.kind != i // 2 or o.total() != 3 * i or o.a != i:\n"
            + "            bad.append(('class', i))\n"
            + "        o.__class__ = K\n"
            + "    kept.append(objs[2])\n"
            + "    if i % 25 == 0:\n"
            + "        for j, k in enumerate(kept):\n"
            + "            check(k, j, 'kept')\n"
            + "    print(i)\n"
            + "for j, k in enumerate(kept):\n"
            + "    check(k, j, 'end')\n"
            + "print('done', len(kept), bad[:5])\n";

    private Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(bsn)).findFirst()
                .orElseThrow(() -> new AssertionError(bsn + " not installed"));
    }

    private String owner(String strategy) throws Exception {
        var refs = context.getServiceReferences(LayoutStrategy.class,
                "(" + LayoutStrategy.PROPERTY + "=" + strategy + ")");
        assertThat(refs).as(strategy).hasSize(1);
        ServiceReference<LayoutStrategy> ref = refs.iterator().next();
        return ref.getBundle().getSymbolicName();
    }

    /** The Java class of an instance of a class made now, and which bundle's class it is. */
    private String probe() {
        try (Interpreter py = runtime.newInterpreter(new InterpreterOptions())) {
            py.exec("class Probe:\n    pass\np = Probe()\np.x = 1\n", "<probe>");
            Object p = py.mainNamespace().get("p");
            assertThat(p).isInstanceOf(PyInstance.class);
            assertThat(Object.class.cast(py.eval("p.x"))).isEqualTo(1L);
            return FrameworkUtil.getBundle(p.getClass()).getSymbolicName() + ":" + p.getClass().getSimpleName();
        }
    }

    @Test
    void eachStrategyIsRegisteredByItsOwnBundleAndShapeIsTheDefault() throws Exception {
        assertThat(owner("dict")).isEqualTo("jyston.layout.dict");
        assertThat(owner("shape")).isEqualTo("jyston.layout.shape");
        assertThat(Layouts.active().name()).isEqualTo("shape");
        assertThat(probe()).isEqualTo("jyston.layout.shape:ShapeInstance");
    }

    /** Counts the newline-terminated lines written to it, keeping the text. */
    static final class Lines extends OutputStream {
        final ByteArrayOutputStream text = new ByteArrayOutputStream();
        final AtomicInteger count = new AtomicInteger();

        @Override
        public synchronized void write(int b) {
            text.write(b);
            if (b == '\n') {
                count.incrementAndGet();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        synchronized String string() {
            return text.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void swappingLayoutsWhileAProgramMakesObjectsLosesNothing() throws Exception {
        int rounds = 2000;
        Bundle shape = bundle("jyston.layout.shape");
        Lines out = new Lines();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Throwable[] failure = {null};
        Thread loop = new Thread(() -> {
            try (Interpreter py = runtime.newInterpreter(new InterpreterOptions()
                    .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)))) {
                status[0] = py.runMain(PROGRAM.replace("ROUNDS", Integer.toString(rounds)), "<layouts>");
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "layout-loop");
        AtomicInteger made = new AtomicInteger();
        LayoutStrategy counting = new LayoutStrategy() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public PyInstance newInstance(PyType type) {
                made.incrementAndGet();
                return new DictInstance(type);
            }
        };
        loop.start();
        try {
            waitForLines(out, 10, loop);
            for (int cycle = 0; cycle < 3; cycle++) {
                shape.stop();
                assertThat(Layouts.active().name()).isEqualTo("dict");
                assertThat(probe()).isEqualTo("jyston.api:DictInstance");
                waitForLines(out, out.count.get() + 20, loop);
                shape.start();
                assertThat(Layouts.active().name()).isEqualTo("shape");
                waitForLines(out, out.count.get() + 20, loop);

                Dictionary<String, Object> props = new Hashtable<>();
                props.put(LayoutStrategy.PROPERTY, "counting");
                props.put(Constants.SERVICE_RANKING, 100);
                ServiceRegistration<LayoutStrategy> reg = context.registerService(LayoutStrategy.class, counting, props);
                try {
                    assertThat(Layouts.active()).isSameAs(counting);
                    int before = made.get();
                    waitForLines(out, out.count.get() + 20, loop);
                    assertThat(made.get()).as("instances made by the higher-ranked strategy").isGreaterThan(before);
                } finally {
                    reg.unregister();
                }
                assertThat(Layouts.active().name()).isEqualTo("shape");
                waitForLines(out, out.count.get() + 10, loop);
            }
        } finally {
            loop.join(300_000);
            if (shape.getState() != Bundle.ACTIVE) {
                shape.start();
            }
        }
        assertThat(loop.isAlive()).isFalse();
        assertThat(failure[0]).as("Java error from the interpreter").isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status[0]).isZero();
        String text = out.string();
        assertThat(text).endsWith("done " + rounds + " []\n");
        assertThat(out.count.get()).isEqualTo(rounds + 1);
        assertThat(probe()).isEqualTo("jyston.layout.shape:ShapeInstance");
    }

    private static void waitForLines(Lines out, int atLeast, Thread loop) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (out.count.get() < atLeast) {
            if (!loop.isAlive()) {
                throw new AssertionError("the program ended early after " + out.count.get() + " lines: "
                        + out.string());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the program printed only " + out.count.get() + " lines");
            }
            Thread.sleep(2);
        }
    }
}
