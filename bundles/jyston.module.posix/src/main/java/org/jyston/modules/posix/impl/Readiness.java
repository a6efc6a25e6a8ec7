package org.jyston.modules.posix.impl;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code select} and {@code poll} ask of descriptors: which are ready to read or write. Pipes
 * are {@link SelectableChannel}s and wait in a {@link Selector} (in non-blocking mode only while a
 * select is running: {@code os.read} on them blocks as a pipe read does). Regular files are always
 * ready, as the kernel says; the process's standard input, when not a file, is ready once bytes are
 * waiting (FIONREAD through {@link FileInputStream#available}).
 */
final class Readiness {
    private Readiness() {}

    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    /** One descriptor asked about: the events wanted (POLLIN/POLLOUT) and, after {@link #await}, those ready. */
    static final class Query {
        final int fd;
        final int events;
        int revents;

        Query(int fd, int events) {
            this.fd = fd;
            this.events = events;
        }
    }

    /** Channels some select is using, with how many: they return to blocking mode when the last one ends. */
    private static final Map<SelectableChannel, Integer> IN_USE = new HashMap<>();
    private static final FileInputStream STDIN = new FileInputStream(FileDescriptor.in);

    /**
     * Waits until one query is ready or {@code timeoutNanos} passed (negative: no limit), filling
     * {@code revents}; a descriptor that is not open gets POLLNVAL ({@code select} turns it into EBADF).
     */
    static void await(List<Query> queries, long timeoutNanos) throws InterruptedException {
        Map<SelectableChannel, SelectionKey> keys = new HashMap<>();
        boolean pollStdin = false;
        boolean anyReady = false;
        Selector selector = null;
        try {
            for (Query q : queries) {
                FdTable.Description d = FdTable.peek(q.fd);
                if (d == null) {
                    q.revents = POLLNVAL;
                    anyReady = true;
                } else if (d.channel instanceof SelectableChannel ch) {
                    int ops = 0;
                    if ((q.events & (POLLIN | POLLPRI)) != 0 && (ch.validOps() & SelectionKey.OP_READ) != 0) {
                        ops |= SelectionKey.OP_READ;
                    }
                    if ((q.events & POLLOUT) != 0 && (ch.validOps() & SelectionKey.OP_WRITE) != 0) {
                        ops |= SelectionKey.OP_WRITE;
                    }
                    if (ops != 0) {
                        if (selector == null) {
                            selector = Selector.open();
                        }
                        SelectionKey k = keys.get(ch);
                        if (k == null) {
                            enter(ch);
                            try {
                                keys.put(ch, ch.register(selector, ops));
                            } catch (ClosedChannelException e) {
                                q.revents = POLLNVAL;
                                anyReady = true;
                            }
                        } else {
                            k.interestOps(k.interestOps() | ops);
                        }
                    }
                } else if (d.standard && d.reader != null && !Files.isRegularFile(d.path)) {
                    pollStdin = (q.events & POLLIN) != 0;
                    q.revents = q.events & POLLOUT & (d.writer != null ? POLLOUT : 0);
                    anyReady |= q.revents != 0;
                } else {
                    // Files, directories, terminals written to: the kernel says ready at once.
                    q.revents = q.events & ((d.reader != null || d.directory ? POLLIN : 0) | (d.writer != null ? POLLOUT : 0));
                    anyReady |= q.revents != 0;
                }
            }
            long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
            while (true) {
                boolean stdinReady = pollStdin && STDIN.available() > 0;
                boolean now = anyReady || stdinReady;
                long left = deadline - System.nanoTime();
                if (selector != null) {
                    if (now || left <= 0) {
                        selector.selectNow();
                    } else {
                        long ms = timeoutNanos < 0 && !pollStdin ? 0 : Math.max(1, Math.min(left / 1_000_000, pollStdin ? 10 : Long.MAX_VALUE));
                        selector.select(ms);
                    }
                    if (!selector.selectedKeys().isEmpty()) {
                        now = true;
                    }
                } else if (!now && left > 0) {
                    Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 10)));
                    if (!pollStdin) {
                        // nothing can become ready: sleep out the timeout
                        Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
                        return;
                    }
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (now || System.nanoTime() - deadline >= 0) {
                    for (Query q : queries) {
                        FdTable.Description d = FdTable.peek(q.fd);
                        if (d == null) {
                            continue;
                        }
                        if (d.channel instanceof SelectableChannel ch) {
                            SelectionKey k = keys.get(ch);
                            if (k != null && k.isValid() && selector.selectedKeys().contains(k)) {
                                int r = k.readyOps();
                                q.revents |= q.events & (((r & SelectionKey.OP_READ) != 0 ? POLLIN : 0)
                                        | ((r & SelectionKey.OP_WRITE) != 0 ? POLLOUT : 0));
                            }
                        } else if (stdinReady && d.standard && d.reader != null) {
                            q.revents |= q.events & POLLIN;
                        }
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } finally {
            if (selector != null) {
                try {
                    selector.close();
                } catch (IOException e) {
                    // nothing to release
                }
            }
            for (SelectableChannel ch : keys.keySet()) {
                leave(ch);
            }
        }
    }

    private static void enter(SelectableChannel ch) throws IOException {
        synchronized (IN_USE) {
            IN_USE.merge(ch, 1, Integer::sum);
            ch.configureBlocking(false);
        }
    }

    private static void leave(SelectableChannel ch) {
        synchronized (IN_USE) {
            int n = IN_USE.merge(ch, -1, Integer::sum);
            if (n <= 0) {
                IN_USE.remove(ch);
                try {
                    if (ch.isOpen()) {
                        ch.configureBlocking(true);
                    }
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile
                }
            }
        }
    }
}
