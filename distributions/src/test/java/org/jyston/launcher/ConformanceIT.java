package org.jyston.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        // The programs are independent processes: run them a few at a time (start-up dominates and is
        // mostly one thread), each test then waits for its own result in order.
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "conformance");
            t.setDaemon(true);
            return t;
        });
        Map<Path, Future<Jyston.Result>> runs = programs.stream().collect(Collectors.toMap(Function.identity(),
                p -> pool.submit(() -> Jyston.run(DIR.toFile(), p.getFileName().toString()))));
        pool.shutdown();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> check(p, runs.get(p).get())));
    }

    private static void check(Path program, Jyston.Result r) throws Exception {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        String out = Files.readString(DIR.resolve(base + ".out"));
        String err = Files.readString(DIR.resolve(base + ".err")).replace("@DIR@", DIR.toString());
        int rc = Integer.parseInt(Files.readString(DIR.resolve(base + ".rc")).strip());
        assertThat(r.stdout()).as(name + " stdout").isEqualTo(out);
        assertThat(r.stderr()).as(name + " stderr").isEqualTo(err);
        assertThat(r.status()).as(name + " exit status").isEqualTo(rc);
    }
}
