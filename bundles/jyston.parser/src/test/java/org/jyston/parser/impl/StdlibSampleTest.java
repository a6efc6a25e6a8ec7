package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every 20th {@code .py} file of the host CPython's standard library (sorted by path; site-packages left
 * out, as it differs between hosts) gets the same AST dump, or the same error, from us as from python3.
 * The whole library is {@code tools/astdiff-stdlib.sh} (README, "Long runs").
 */
class StdlibSampleTest {
    static String python(String code) {
        try {
            Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Test
    void everyTwentiethFileMatchesCPython() throws Exception {
        String version = python("import sys; print('%d.%d' % sys.version_info[:2])");
        assumeTrue("3.11".equals(version), "needs python3 3.11 as the oracle; found " + version);
        Path stdlib = Path.of(python("import sysconfig; print(sysconfig.get_path('stdlib'))"));
        List<Path> all;
        try (Stream<Path> s = Files.walk(stdlib)) {
            all = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)
                    && !stdlib.relativize(p).startsWith("site-packages")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 20) {
            sample.add(all.get(i));
        }
        AstDiff.Result r = AstDiff.compare(sample);
        System.out.println("stdlib sample: " + r.summary());
        r.failures.forEach(System.out::println);
        assertThat(r.files).isGreaterThan(0);
        assertThat(r.failures).isEmpty();
    }
}
