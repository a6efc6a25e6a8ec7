package org.jyston.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The acceptance checks of the walking skeleton, through the real {@code jyston} command. */
class CommandLineIT {
    private static final File CWD = new File(".").getAbsoluteFile().toPath().normalize().toFile();

    @Test
    void printsASum() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "-c", "print(1 + 2)");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo("3\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void printsABigPower() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "-c", "print(2 ** 100)");
        assertThat(r.stdout()).isEqualTo("1267650600228229401496703205376\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void divisionByZeroPrintsCPythonsTraceback() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "-c", "1/0");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void missingScriptIsReportedAsCPythonDoes() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "no_such_file.py");
        String abs = new File(CWD, "no_such_file.py").getPath();
        assertThat(r.stderr()).isEqualTo(Jyston.command() + ": can't open file '" + abs
                + "': [Errno 2] No such file or directory\n");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void versionNamesPython311() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "--version");
        assertThat(r.stdout()).isEqualTo("Python 3.11.7\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "-z");
        assertThat(r.stderr()).startsWith("Unknown option: -z\nusage: ");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void syntaxErrorInCommand() throws Exception {
        Jyston.Result r = Jyston.run(CWD, "-c", "print \"x\"");
        assertThat(r.stderr()).isEqualTo("  File \"<string>\", line 1\n"
                + "    print \"x\"\n"
                + "    ^^^^^^^^^\n"
                + "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void runsTheExample() throws Exception {
        Path examples = Path.of(System.getProperty("jyston.examples"));
        Jyston.Result r = Jyston.run(examples.toFile(), "hello.py");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).isEqualTo(Files.readString(examples.resolve("hello.out")));
        assertThat(r.status()).isZero();
    }
}
