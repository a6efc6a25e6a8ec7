package org.jyston.modules.posix.impl;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's integer file descriptors: the JVM gives Java code no access to the numbers of
 * the system's own descriptors, so this table hands out its own, lowest free number first as the
 * kernel does. 0, 1 and 2 are the process's standard streams (the real descriptors, through
 * {@link FileDescriptor#in}/{@code out}/{@code err}, so {@code lseek} and {@code fstat} see what is
 * really there). {@code dup} shares one {@link Description} (file position, open mode) between two
 * numbers, as an open file description is shared in POSIX.
 */
final class FdTable {
    private FdTable() {}

    /** What a descriptor refers to. Channels are null where the mode does not allow the operation. */
    static final class Description {
        final Channel channel;
        final ReadableByteChannel reader;
        final WritableByteChannel writer;
        /** The file it was opened from, for fstat; null for a pipe. */
        final Path path;
        /** A directory opened read-only: reads fail with EISDIR. */
        final boolean directory;
        final boolean append;
        /** Standard streams are never closed (the JVM's own System.out writes there). */
        final boolean standard;
        int refs = 1;

        Description(Channel channel, ReadableByteChannel reader, WritableByteChannel writer, Path path,
                boolean directory, boolean append, boolean standard) {
            this.channel = channel;
            this.reader = reader;
            this.writer = writer;
            this.path = path;
            this.directory = directory;
            this.append = append;
            this.standard = standard;
        }

        SeekableByteChannel seekable() {
            return channel instanceof SeekableByteChannel s ? s : null;
        }
    }

    private static final List<Description> TABLE = new ArrayList<>();

    static {
        FileChannel in = new FileInputStream(FileDescriptor.in).getChannel();
        FileChannel out = new FileOutputStream(FileDescriptor.out).getChannel();
        FileChannel err = new FileOutputStream(FileDescriptor.err).getChannel();
        TABLE.add(new Description(in, in, null, Path.of("/proc/self/fd/0"), false, false, true));
        TABLE.add(new Description(out, null, out, Path.of("/proc/self/fd/1"), false, false, true));
        TABLE.add(new Description(err, null, err, Path.of("/proc/self/fd/2"), false, false, true));
    }

    /** The description of {@code fd}, or EBADF. */
    static synchronized Description get(int fd) {
        Description d = fd >= 0 && fd < TABLE.size() ? TABLE.get(fd) : null;
        if (d == null) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        return d;
    }

    /** Enters a description at the lowest free number. */
    static synchronized int add(Description d) {
        return put(lowestFree(0), d);
    }

    private static int lowestFree(int from) {
        for (int i = from; i < TABLE.size(); i++) {
            if (TABLE.get(i) == null) {
                return i;
            }
        }
        return Math.max(from, TABLE.size());
    }

    private static int put(int fd, Description d) {
        while (TABLE.size() <= fd) {
            TABLE.add(null);
        }
        TABLE.set(fd, d);
        return fd;
    }

    static synchronized void close(int fd) {
        Description d = get(fd);
        TABLE.set(fd, null);
        release(d);
    }

    private static void release(Description d) {
        if (--d.refs == 0 && !d.standard && d.channel != null) {
            try {
                d.channel.close();
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
        }
    }

    /** The description of {@code fd}, held open for a pump thread of a child until {@link #release}. */
    static synchronized Description retain(int fd) {
        Description d = get(fd);
        d.refs++;
        return d;
    }

    /** Drops a reference {@link #retain} took; the channel closes with its last reference. */
    static synchronized void release(Description d, boolean quiet) {
        try {
            release(d);
        } catch (RuntimeException e) {
            if (!quiet) {
                throw e;
            }
        }
    }

    /** The description at {@code fd}, or null when it is not open. */
    static synchronized Description peek(int fd) {
        return fd >= 0 && fd < TABLE.size() ? TABLE.get(fd) : null;
    }

    static synchronized int dup(int fd) {
        Description d = get(fd);
        d.refs++;
        return put(lowestFree(0), d);
    }

    static synchronized int dup2(int fd, int fd2) {
        Description d = get(fd);
        if (fd2 < 0) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (fd == fd2) {
            return fd2;
        }
        Description old = fd2 < TABLE.size() ? TABLE.get(fd2) : null;
        d.refs++;
        put(fd2, d);
        if (old != null) {
            release(old);
        }
        return fd2;
    }

    /** Closes the descriptors in [low, high) that are open, ignoring errors (closerange). */
    static synchronized void closeRange(int low, int high) {
        for (int i = Math.max(low, 0); i < Math.min(high, TABLE.size()); i++) {
            Description d = TABLE.get(i);
            if (d != null) {
                TABLE.set(i, null);
                try {
                    release(d);
                } catch (RuntimeException e) {
                    // closerange ignores errors, as CPython's does
                }
            }
        }
    }
}
