package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.ModuleProvider;
import org.jyston.api.PythonRuntime;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Modules written in Java arrive as {@link ModuleProvider} services: the runtime's own ({@code time})
 * is importable, and a module registered while the framework runs is importable by new imports
 * until its service goes away.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ModulePluginTest {
    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Interpreter interpreter() {
        return runtime.newInterpreter(new InterpreterOptions()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8)));
    }

    @Test
    void theTimeModuleComesFromItsBundle() {
        try (Interpreter py = interpreter()) {
            py.exec("import time, sys\nt0 = time.perf_counter()\ntime.sleep(0.01)\n"
                    + "print(time.perf_counter() - t0 >= 0.01, 'time' in sys.builtin_module_names)", "<test>");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("True True\n");
    }

    @Test
    void aModuleServiceRegisteredAtRunTimeCanBeImportedUntilItGoes() {
        ModuleProvider hello = new ModuleProvider() {
            @Override
            public String name() {
                return "itest_hello";
            }

            @Override
            public void populate(PyModule module) {
                module.getDict().put("greeting", "hello from a service");
            }
        };
        ServiceRegistration<ModuleProvider> reg = context.registerService(ModuleProvider.class, hello, null);
        try (Interpreter py = interpreter()) {
            py.exec("import itest_hello\nprint(itest_hello.greeting, itest_hello.__name__)", "<test>");
        } finally {
            reg.unregister();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from a service itest_hello\n");
        try (Interpreter py = interpreter()) {
            assertThatThrownBy(() -> py.exec("import itest_hello", "<test>"))
                    .isInstanceOf(PyException.class)
                    .hasMessageContaining("No module named 'itest_hello'");
        }
    }
}
