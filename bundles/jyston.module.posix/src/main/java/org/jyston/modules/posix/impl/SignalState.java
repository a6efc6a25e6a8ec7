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

    /**
     * A signal sent from outside to a signal with a Python handler: the JVM calls this on its signal
     * thread; the handler runs on a thread of its own (CPython runs it on the main thread between
     * bytecodes, which the interpreter loop does not offer yet). SystemExit or KeyboardInterrupt from
     * the handler ends the process with the status the main thread would have given.
     */
    static void fromOutside(int sig) {
        Thread t = new Thread(null, () -> {
            try {
                raise(sig);
            } catch (org.jyston.api.object.PyException e) {
                String type = e.value().getType().getName();
                flushStdio(sig);
                if (type.equals("SystemExit")) {
                    Object code = e.value().getArgs().size() == 0 ? PyNone.None : e.value().getArgs().get(0);
                    if (code instanceof Long l) {
                        Runtime.getRuntime().halt((int) (long) l);
                    }
                    if (code != PyNone.None) {
                        System.err.println(Op.str(code));
                        System.err.flush();
                        Runtime.getRuntime().halt(1);
                    }
                    Runtime.getRuntime().halt(0);
                }
                if (type.equals("KeyboardInterrupt")) {
                    Runtime.getRuntime().halt(130);
                }
                System.err.println("Exception ignored in signal handler: " + type + ": " + Op.str(e.value()));
                System.err.flush();
            }
        }, "jyston-signal-" + sig, 64L << 20);
        t.setDaemon(true);
        t.start();
    }

    /** Flushes sys.stdout and sys.stderr before the process ends, found through the handler's globals. */
    private static void flushStdio(int sig) {
        try {
            Object h;
            synchronized (LOCK) {
                h = HANDLERS[sig];
            }
            Object globals = Op.getattr(h, "__globals__");
            Object builtins = Op.getitem(globals, "__builtins__");
            Object imp = builtins instanceof org.jyston.api.object.PyModule m ? m.getDict().get("__import__")
                    : Op.getitem(builtins, "__import__");
            Object sys = Op.call(imp, "sys");
            for (String stream : new String[] {"stdout", "stderr"}) {
                Op.call(Op.getattr(Op.getattr(sys, stream), "flush"));
            }
        } catch (RuntimeException e) {
            // not a Python function, or no sys: nothing more to flush than the JVM's streams
        }
        System.out.flush();
        System.err.flush();
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
