package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.UnwinderStrategy;
import org.jyston.api.object.PyException;
import org.jyston.api.object.TracebackRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The unwinder strategies inside Felix: each registered by its own bundle, the highest-ranked one
 * recording new exceptions, and stopping its bundle while programs raise on another thread switches
 * new exceptions to the other strategy without changing a single traceback report.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class UnwinderSwapTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    /** Raises and catches through several frames, reads a traceback midway, then fails uncaught. */
    static final String PROGRAM = ""
            + "def inner(n):\n"
            + "    if n == 0:\n"
            + "        raise ValueError(\"bottom\")\n"
            + "    return inner(n - 1)\n"
            + "\n"
            + "def catcher(times):\n"
            + "    caught = 0\n"
            + "    for i in range(times):\n"
            + "        try:\n"
            + "            inner(i % 4)\n"
            + "        except ValueError:\n"
            + "            caught += 1\n"
            + "    return caught\n"
            + "\n"
            + "def peek():\n"
            + "    try:\n"
            + "        inner(1)\n"
            + "    except ValueError as e:\n"
            + "        seen = e.__traceback__\n"
            + "        raise\n"
            + "\n"
            + "def middle():\n"
            + "    c = catcher(25)\n"
            + "    try:\n"
            + "        peek()\n"
            + "    except ValueError as e:\n"
            + "        raise KeyError(c) from e\n"
            + "\n"
            + "def outer():\n"
            + "    try:\n"
            + "        middle()\n"
            + "    finally:\n"
            + "        pass\n"
            + "\n"
            + "print(\"start\")\n"
            + "outer()\n";

    /**
     * What CPython 3.11.7 writes to stderr for {@link #PROGRAM} (produced by
     * {@code python3 -c "$PROGRAM" 2>expected}; stdout is "start").
     */
    static final String EXPECTED = ""
            + "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 25, in middle\n"
            + "  File \"<string>\", line 17, in peek\n"
            + "  File \"<string>\", line 4, in inner\n"
            + "  File \"<string>\", line 3, in inner\n"
            + "ValueError: bottom\n"
            + "\n"
            + "The above exception was the direct cause of the following exception:\n"
            + "\n"
            + "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 36, in <module>\n"
            + "  File \"<string>\", line 31, in outer\n"
            + "  File \"<string>\", line 27, in middle\n"
            + "KeyError: 25\n";

    private Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(bsn)).findFirst()
                .orElseThrow(() -> new AssertionError(bsn + " not installed"));
    }

    private String owner(String strategy) throws Exception {
        var refs = context.getServiceReferences(UnwinderStrategy.class,
                "(" + UnwinderStrategy.PROPERTY + "=" + strategy + ")");
        assertThat(refs).as(strategy).hasSize(1);
        ServiceReference<UnwinderStrategy> ref = refs.iterator().next();
        return ref.getBundle().getSymbolicName();
    }

    /** One run of {@link #PROGRAM}: the status and what it wrote to stderr. */
    private String runOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Interpreter py = runtime.newInterpreter(new InterpreterOptions()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)))) {
            status = py.runMain(PROGRAM, "<string>");
        }
        return status + "|" + out.toString(StandardCharsets.UTF_8) + "|" + err.toString(StandardCharsets.UTF_8);
    }

    /** The bundle whose strategy recorded an exception raised now. */
    private String recordingBundle() {
        try (Interpreter py = runtime.newInterpreter(new InterpreterOptions())) {
            py.exec("def f():\n    raise ValueError(1)\nf()\n", "<probe>");
            throw new AssertionError("no exception");
        } catch (PyException e) {
            TracebackRecorder r = e.value().getRecorder();
            assertThat(r).as("recorder").isNotNull();
            return FrameworkUtil.getBundle(r.getClass()).getSymbolicName();
        }
    }

    @Test
    void eachStrategyIsRegisteredByItsOwnBundle() throws Exception {
        assertThat(owner("linked")).isEqualTo("jyston.unwind.linked");
        assertThat(owner("deferred")).isEqualTo("jyston.unwind.deferred");
        assertThat(bundle("jyston.unwind.linked").getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle("jyston.unwind.deferred").getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void theReportIsCPythonsUnderEitherStrategy() {
        assertThat(runOnce()).isEqualTo("1|start\n|" + EXPECTED);
    }

    @Test
    void stoppingTheActiveStrategyWhileProgramsRaiseLosesNothing() throws Exception {
        // deferred is ranked above linked, and the test framework names no strategy
        Bundle a = bundle("jyston.unwind.deferred");
        assertThat(recordingBundle()).isEqualTo("jyston.unwind.deferred");
        String expected = "1|start\n|" + EXPECTED;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        Thread loop = new Thread(() -> {
            while (!stop.get()) {
                String got = runOnce();
                runs.incrementAndGet();
                if (!got.equals(expected)) {
                    synchronized (wrong) {
                        wrong.add(got);
                    }
                }
            }
        }, "raising-loop");
        loop.start();
        try {
            waitForRuns(runs, 5);
            for (int cycle = 0; cycle < 5; cycle++) {
                a.stop();
                waitForRuns(runs, runs.get() + 5);
                assertThat(recordingBundle()).isEqualTo("jyston.unwind.linked");
                a.start();
                waitForRuns(runs, runs.get() + 5);
                assertThat(recordingBundle()).isEqualTo("jyston.unwind.deferred");
            }
        } finally {
            stop.set(true);
            loop.join(60_000);
            if (a.getState() != Bundle.ACTIVE) {
                a.start();
            }
        }
        assertThat(loop.isAlive()).isFalse();
        synchronized (wrong) {
            assertThat(wrong).as("reports that differ from CPython's").isEmpty();
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(55);
    }

    @Test
    void withNoStrategyAtAllExceptionsStillGetTheirTraceback() throws Exception {
        Bundle linked = bundle("jyston.unwind.linked");
        Bundle deferred = bundle("jyston.unwind.deferred");
        try {
            linked.stop();
            deferred.stop();
            assertThat(runOnce()).isEqualTo("1|start\n|" + EXPECTED);
        } finally {
            linked.start();
            deferred.start();
        }
        assertThat(recordingBundle()).isEqualTo("jyston.unwind.deferred");
    }

    private static void waitForRuns(AtomicInteger runs, int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (runs.get() < atLeast) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the raising loop made only " + runs.get() + " runs");
            }
            Thread.sleep(5);
        }
    }
}
