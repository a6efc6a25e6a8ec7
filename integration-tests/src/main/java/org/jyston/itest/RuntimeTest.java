package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.PythonRuntime;
import org.jyston.api.object.PyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Programs run through the PythonRuntime service, as an embedder would run them. */
@ExtendWith(ServiceExtension.class)
class RuntimeTest {

    @InjectService(timeout = 10_000)
    PythonRuntime runtime;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Interpreter interpreter() {
        return runtime.newInterpreter(new InterpreterOptions()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void runsAProgramAndPrints() {
        try (Interpreter py = interpreter()) {
            int status = py.runMain("print(1 + 2)\nprint(2 ** 100)\n", "<string>");
            assertThat(status).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("3\n1267650600228229401496703205376\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndGivesStatusOne() {
        int status;
        try (Interpreter py = interpreter()) {
            status = py.runMain("1/0\n", "<string>");
        }
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n");
    }

    @Test
    void execAndEvalShareTheMainNamespace() {
        try (Interpreter py = interpreter()) {
            py.exec("def square(n):\n    return n * n\nx = square(12)\n", "<embed>");
            assertThat(py.eval("x + 1")).isEqualTo(145L);
            assertThat(py.mainNamespace().containsKey("square")).isTrue();
        }
    }

    @Test
    void exceptionsReachTheEmbedderAsPyException() {
        try (Interpreter py = interpreter()) {
            assertThatThrownBy(() -> py.exec("undefined_name\n", "<embed>"))
                    .isInstanceOf(PyException.class)
                    .hasMessageContaining("NameError");
        }
    }

    @Test
    void interpretersAreIsolated() {
        try (Interpreter a = interpreter(); Interpreter b = interpreter()) {
            a.exec("shared = 1\n", "<a>");
            assertThat(a.mainNamespace().containsKey("shared")).isTrue();
            assertThat(b.mainNamespace().containsKey("shared")).isFalse();
        }
    }

    @Test
    void runsTheExampleProgram() throws Exception {
        Path example = Path.of(System.getProperty("jyston.examples"), "hello.py");
        String source = Files.readString(example);
        try (Interpreter py = interpreter()) {
            assertThat(py.runMain(source, example.toString())).isZero();
        }
        Path expected = Path.of(System.getProperty("jyston.examples"), "hello.out");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(expected));
    }
}
