package org.jyston.api.object;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The process's integer file descriptors as {@code open()} sees them. The table belongs to the
 * {@code posix} module (the JVM has no descriptor numbers of its own to hand out); it installs itself
 * here, so {@code open(fd)} and {@code io.open(fd)} reach the same descriptors as {@code os.read},
 * {@code os.pipe} and {@code subprocess} do.
 */
public final class FileDescriptors {
    private FileDescriptors() {}

    /** What {@code open()} needs of the descriptor table; each method raises OSError(EBADF) for a closed fd. */
    public interface Table {
        /** A stream reading from {@code fd}; closing it closes the descriptor when {@code closefd}. */
        InputStream input(int fd, boolean closefd);

        /** A stream writing to {@code fd}; closing it closes the descriptor when {@code closefd}. */
        OutputStream output(int fd, boolean closefd);
    }

    private static volatile Table table;

    public static void install(Table t) {
        table = t;
    }

    /** The table, or null while no {@code posix} module is there. */
    public static Table table() {
        return table;
    }
}
