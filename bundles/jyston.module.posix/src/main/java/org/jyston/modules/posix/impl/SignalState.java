package org.jyston.modules.posix.impl;

import java.io.IOException;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;

/**
 * The process's signal dispositions as {@code _signal} sees them. The JVM owns the real handlers
 * (and Java code cannot install its own portably), so a Python handler runs when the signal is
 * raised from Python ({@code raise_signal}, {@code kill(getpid(), n)}, {@code alarm}); a signal that
 * arrives from outside gets the JVM's action (SIGINT and SIGTERM end the process with status
 * 128+n, which is what an unhandled KeyboardInterrupt reports too).
 */
final class SignalState {
    private SignalState() {}

    static final int NSIG = 65;
    static final Long SIG_DFL = 0L;
    static final Long SIG_IGN = 1L;

    /** The handler of each signal: SIG_DFL, SIG_IGN or a callable. Filled by the _signal module. */
    static final Object[] HANDLERS = new Object[NSIG];
    /** Signals whose default action is to be ignored. */
    private static final int SIGCHLD = 17, SIGCONT = 18, SIGURG = 23, SIGWINCH = 28;
    static final Object LOCK = new Object();

    /** Delivers a signal to this process as if the kernel had: the handler, or the default action. */
    static void raise(int sig) {
        Object h;
        synchronized (LOCK) {
            h = HANDLERS[sig];
        }
        if (h == null || SIG_DFL.equals(h)) {
            defaultAction(sig);
            return;
        }
        if (SIG_IGN.equals(h)) {
            return;
        }
        synchronized (LOCK) {
            LOCK.notifyAll(); // wakes pause()
        }
        Op.call(h, (long) sig, PyNone.None);
    }

    private static void defaultAction(int sig) {
        if (sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH || sig == 0) {
            return;
        }
        System.out.flush();
        System.err.flush();
        try {
            // The kernel's own action (a core dump, a stop, the status a shell reports).
            new ProcessBuilder("kill", "-" + sig, Long.toString(ProcessHandle.current().pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
            if (sig == 19 || sig == 20 || sig == 21 || sig == 22) {
                return; // stopped, and now continued
            }
            Thread.sleep(1000);
        } catch (IOException e) {
            // fall through to the exit a killed process reports
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(128 + sig);
    }
}
