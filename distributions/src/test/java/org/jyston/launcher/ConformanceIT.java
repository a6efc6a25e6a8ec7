package org.jyston.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential conformance suite: every program in {@code integration-tests/conformance} runs
 * under {@code jyston}, and stdout, stderr and exit status must equal what CPython 3.11 produced
 * (stored beside each program by {@code regenerate.sh}).
 */
class ConformanceIT {
    private static final Path DIR = real(Path.of(System.getProperty("jyston.conformance")));

    /** The folder as the OS names it (symbolic links resolved): what getcwd() gives a child process. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String out = Files.readString(DIR.resolve(base + ".out"));
        String err = Files.readString(DIR.resolve(base + ".err")).replace("@DIR@", DIR.toString());
        int rc = Integer.parseInt(Files.readString(DIR.resolve(base + ".rc")).strip());
        Jyston.Result r = Jyston.run(DIR.toFile(), name);
        assertThat(r.stdout()).as(name + " stdout").isEqualTo(out);
        assertThat(r.stderr()).as(name + " stderr").isEqualTo(err);
        assertThat(r.status()).as(name + " exit status").isEqualTo(rc);
    }
}
