package org.jyston.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the assembled {@code jyston} command as a user would, capturing what it prints. */
final class Jyston {
    record Result(String stdout, String stderr, int status) {}

    static final Path DIST = Path.of(System.getProperty("jyston.dist", "target/jyston"));

    static Path command() {
        return DIST.resolve("bin").resolve("jyston");
    }

    static Result run(File workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(command().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jyston " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8),
                p.exitValue());
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Jyston() {}
}
