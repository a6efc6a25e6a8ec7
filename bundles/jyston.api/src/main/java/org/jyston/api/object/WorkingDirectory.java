package org.jyston.api.object;

import java.nio.file.Path;

/**
 * The process's current working directory as Python sees it. The JVM cannot change its own
 * working directory, so {@code os.chdir} changes this one, and everything that opens a file by a
 * relative name ({@code posix}, {@code open()}) resolves it here.
 */
public final class WorkingDirectory {
    private WorkingDirectory() {}

    private static volatile Path current = Path.of("").toAbsolutePath();

    public static Path get() {
        return current;
    }

    /** Sets the directory (an absolute, real path: the caller checked that it is a directory). */
    public static void set(Path dir) {
        current = dir;
    }

    /** A path as the system would resolve it: absolute paths as they are, relative ones against the current directory. */
    public static Path resolve(String path) {
        return current.resolve(path);
    }
}
