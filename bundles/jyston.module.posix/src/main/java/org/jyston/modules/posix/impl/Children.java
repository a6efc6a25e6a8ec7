package org.jyston.modules.posix.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jyston.api.object.PyTuple;

/**
 * The child processes {@code _posixsubprocess.fork_exec} started, until {@code waitpid} reaps them.
 * The JDK reaps a child itself (its process reaper thread calls the system's {@code waitpid}), so this
 * table plays the kernel's part: a child stays here, "zombie" included, until Python waits for it.
 *
 * <p>Wait statuses are Linux's: exit code in bits 8-15, terminating signal in bits 0-6. The JDK reports
 * a child killed by signal N as exit value 128+N, the same number as a child that exits with 128+N;
 * this table reads 129..192 as a signal, as shells do (and as a jyston child that ends on SIGINT or
 * SIGTERM, whose JVM exits with 128+N, is then seen as CPython would see a CPython child).
 */
final class Children {
    private Children() {}

    private static final Map<Long, Process> CHILDREN = new LinkedHashMap<>();

    static void add(Process p) {
        synchronized (CHILDREN) {
            CHILDREN.put(p.pid(), p);
        }
    }

    static Process get(long pid) {
        synchronized (CHILDREN) {
            return CHILDREN.get(pid);
        }
    }

    /** The wait status of an ended process. */
    static int status(Process p) {
        int v = p.exitValue();
        if (v > 128 && v <= 128 + 64) {
            return v - 128;
        }
        return (v & 0xff) << 8;
    }

    /** waitpid(pid, options): (pid, status), or (0, 0) with WNOHANG while the child runs; ECHILD if none. */
    static PyTuple waitpid(long pid, int options) {
        boolean noHang = (options & 1) != 0;
        List<Process> candidates = new ArrayList<>();
        synchronized (CHILDREN) {
            if (pid > 0) {
                Process p = CHILDREN.get(pid);
                if (p != null) {
                    candidates.add(p);
                }
            } else {
                candidates.addAll(CHILDREN.values()); // -1: any child; 0 and -pgid: the children are in our group
            }
        }
        if (candidates.isEmpty()) {
            throw OsErrors.of(10); // ECHILD
        }
        while (true) {
            for (Process p : candidates) {
                if (!p.isAlive()) {
                    return reap(p);
                }
            }
            if (noHang) {
                return PyTuple.of(0L, 0L);
            }
            try {
                if (candidates.size() == 1) {
                    candidates.get(0).waitFor();
                } else {
                    CompletableFuture<?>[] exits = new CompletableFuture<?>[candidates.size()];
                    for (int i = 0; i < exits.length; i++) {
                        exits[i] = candidates.get(i).onExit();
                    }
                    CompletableFuture.anyOf(exits).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OsErrors.of(4); // EINTR
            } catch (ExecutionException e) {
                // onExit does not fail; look again
            }
        }
    }

    private static PyTuple reap(Process p) {
        synchronized (CHILDREN) {
            if (CHILDREN.remove(p.pid()) == null) {
                throw OsErrors.of(10); // another thread reaped it
            }
        }
        return PyTuple.of(p.pid(), (long) status(p));
    }
}
