package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.object.PyException;
import org.jyston.api.object.TypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A builtin type delivered as a plugin: the example bundle ({@code jyston.type.example}, publishing
 * {@code vector}) is not part of the run; it is installed into the running framework, used, and
 * uninstalled again. New interpreters see the type come and go; an interpreter still holding a
 * {@code vector} value after the bundle went gets Python exceptions, not Java errors.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class TypePluginTest {
    private static final String BSN = "jyston.type.example";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Interpreter interpreter() {
        return runtime.newInterpreter(new InterpreterOptions()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String takeOut() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    private String takeErr() {
        String s = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return s;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void typePluginCanBeInstalledUsedAndUninstalled() throws Exception {
        // The plugin is not in the run: the resolver left it out of -runbundles.
        assertThat(Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName)).doesNotContain(BSN);
        assertThat(TypeRegistry.byName("vector")).isNull();

        String path = context.getProperty("jyston.example.bundle");
        assertThat(path).as("-runproperties jyston.example.bundle").isNotNull();
        File jar = new File(path);
        assertThat(jar).as("the example bundle's jar (built before the integration tests)").isFile();

        Bundle plugin = context.installBundle(jar.toURI().toString());
        Interpreter old = null;
        try {
            assertThat(plugin.getSymbolicName()).isEqualTo(BSN);
            plugin.start();
            await(() -> TypeRegistry.byName("vector") != null, "the vector type to be registered");

            old = interpreter();
            int status = old.runMain("v = vector(3, 4)\n"
                    + "w = vector(y=1)\n"
                    + "print(v, v + w, v - w, 2 * v, v * 0.5, v @ w, abs(v), v == vector(3.0, 4.0), v.x, v.y)\n"
                    + "print(type(v).__name__, hash(v) == hash(vector(3, 4)), -v, bool(vector()))\n"
                    + "try:\n"
                    + "    v + 1\n"
                    + "except TypeError as e:\n"
                    + "    print(e)\n", "<plugin>");
            assertThat(takeErr()).isEmpty();
            assertThat(status).isZero();
            assertThat(takeOut()).isEqualTo(
                    "vector(3.0, 4.0) vector(3.0, 5.0) vector(3.0, 3.0) vector(6.0, 8.0) vector(1.5, 2.0) 4.0 5.0 "
                    + "True 3.0 4.0\n"
                    + "vector True vector(-3.0, -4.0) False\n"
                    + "unsupported operand type(s) for +: 'vector' and 'int'\n");
            old.exec("kept = vector(1, 2)\n", "<plugin>");

            plugin.uninstall();
            await(() -> TypeRegistry.byName("vector") == null, "the vector type to be unregistered");
            assertThat(Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName)).doesNotContain(BSN);

            // A new interpreter no longer has the name.
            try (Interpreter fresh = interpreter()) {
                int s = fresh.runMain("vector(1, 2)\n", "<after>");
                assertThat(s).isEqualTo(1);
                assertThat(takeErr()).endsWith("NameError: name 'vector' is not defined\n");
            }

            // The old interpreter still holds a value of the departed type: using it is a Python error.
            Interpreter py = old;
            // The message names the Python type, never a Java class.
            String gone = "TypeError: the type 'vector' of this object is no longer available "
                    + "(the bundle that provided it was stopped)";
            assertThatThrownBy(() -> py.exec("repr(kept)\n", "<after>"))
                    .isInstanceOf(PyException.class)
                    .hasMessageContaining(gone)
                    .hasMessageNotContaining("org.jyston");
            assertThatThrownBy(() -> py.exec("kept + kept\n", "<after>"))
                    .isInstanceOf(PyException.class)
                    .hasMessageContaining(gone);
            // ... and it can be caught by Python code, which goes on running.
            int s = py.runMain("try:\n    kept.x\nexcept TypeError as e:\n    print('caught', type(e).__name__, e)\n"
                    + "print(1 + 1)\n", "<after>");
            assertThat(takeErr()).isEmpty();
            assertThat(s).isZero();
            assertThat(takeOut()).isEqualTo("caught " + gone.replace(":", "") + "\n2\n");
            // An uncaught one is reported as CPython reports any exception: a traceback, then the line.
            int u = py.runMain("print(kept)\n", "<after>");
            assertThat(u).isEqualTo(1);
            assertThat(takeErr()).startsWith("Traceback (most recent call last):\n").endsWith(gone + "\n")
                    .doesNotContain("org.jyston").doesNotContain("java.");
        } finally {
            if (old != null) {
                old.close();
            }
            if (plugin.getState() != Bundle.UNINSTALLED) {
                plugin.uninstall();
            }
        }
    }
}
