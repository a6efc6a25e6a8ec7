package org.jyston.modules.posix.impl;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySet;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _signal} module ({@code signal.py} wraps it): dispositions kept in {@link SignalState},
 * handlers run for signals raised from Python, {@code alarm} on a timer thread. See SignalState for
 * what reaches the process from outside.
 */
@Component(service = ModuleProvider.class)
public class SignalModule implements ModuleProvider {
    private static final String[] NAMES = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGIOT", "SIGABRT",
        "SIGFPE", "SIGKILL", "SIGBUS", "SIGSEGV", "SIGSYS", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGUSR1", "SIGUSR2",
        "SIGCLD", "SIGCHLD", "SIGPWR", "SIGIO", "SIGURG", "SIGWINCH", "SIGPOLL", "SIGSTOP", "SIGTSTP", "SIGCONT",
        "SIGTTIN", "SIGTTOU", "SIGVTALRM", "SIGPROF", "SIGXCPU", "SIGXFSZ", "SIGRTMIN", "SIGRTMAX", "SIGSTKFLT"};
    private static final long[] VALUES = {1, 2, 3, 4, 5, 6, 6, 8, 9, 7, 11, 31, 13, 14, 15, 10, 12, 17, 17, 30, 29, 23,
        28, 29, 19, 20, 18, 21, 22, 26, 27, 24, 25, 34, 64, 16};
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};
    private static final int SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGALRM = 14, SIGSTOP = 19, SIGXFSZ = 25;

    /** The alarm() timer thread, started by the first alarm. */
    private static ScheduledExecutorService timer;
    private static ScheduledFuture<?> alarm;
    private static long alarmDeadline;
    private static int wakeupFd = -1;
    private static final java.util.Set<Long> BLOCKED = new java.util.TreeSet<>();
    /** This interpreter's default_int_handler, for recognising it when it is reinstalled. */
    private final Object[] intHandlerRef = new Object[1];

    @Override
    public String name() {
        return "_signal";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides mechanisms to use signal handlers in Python.\n\n"
                + "Functions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\n"
                + "setitimer() -- cause a signal (described below) after a specified\n"
                + "               float time and the timer may restart then [Unix only]\n"
                + "getitimer() -- get current value of timer [Unix only]\n"
                + "signal() -- set the action for a given signal\n"
                + "getsignal() -- get the signal action for a given signal\n"
                + "pause() -- wait until a signal arrives [Unix only]\n"
                + "default_int_handler() -- default SIGINT handler\n\n"
                + "signal constants:\n"
                + "SIG_DFL -- used to refer to the system default handler\n"
                + "SIG_IGN -- used to ignore the signal\n"
                + "NSIG -- number of defined signals\n"
                + "SIGINT, SIGTERM, etc. -- signal numbers\n\n"
                + "itimer constants:\n"
                + "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n"
                + "               expiration\n"
                + "ITIMER_VIRTUAL -- decrements only when the process is executing,\n"
                + "               and delivers SIGVTALRM upon expiration\n"
                + "ITIMER_PROF -- decrements both when the process is executing and\n"
                + "               when the system is executing on behalf of the process.\n"
                + "               Coupled with ITIMER_VIRTUAL, this timer is usually\n"
                + "               used to profile the code running in the process.\n\n"
                + "*** IMPORTANT NOTICE ***\n"
                + "A signal handler function is called with two arguments:\n"
                + "the first is the signal number, the second is the interrupted stack frame.");
        PyBuiltinFunction intHandler = Args.fn(d, "default_int_handler", (a, kw) -> {
            Args.exact("default_int_handler", a, kw, 2);
            throw Errors.raise(Errors.KeyboardInterrupt);
        });
        intHandlerRef[0] = intHandler;
        synchronized (SignalState.LOCK) {
            if (SignalState.HANDLERS[SIGINT] == null) {
                for (int i = 1; i < SignalState.NSIG; i++) {
                    SignalState.HANDLERS[i] = SignalState.SIG_DFL;
                }
                SignalState.HANDLERS[SIGINT] = intHandler;
                SignalState.HANDLERS[SIGPIPE] = SignalState.SIG_IGN; // CPython ignores these at start-up
                SignalState.HANDLERS[SIGXFSZ] = SignalState.SIG_IGN;
            }
        }
        Args.fn(d, "alarm", (a, kw) -> {
            Args.exact("alarm", a, kw, 1);
            return alarm(Args.cint(a[0]));
        });
        Args.fn(d, "signal", (a, kw) -> {
            Args.exact("signal", a, kw, 2);
            int sig = signum(a[0]);
            Object handler = a[1];
            Object h = org.jyston.api.object.Derived.unwrap(handler);
            boolean special = h instanceof Long l && (l == 0 || l == 1);
            if (!special && !callable(handler)) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (sig == SIGKILL || sig == SIGSTOP || sig == 32 || sig == 33) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            Object old;
            synchronized (SignalState.LOCK) {
                old = SignalState.HANDLERS[sig];
                SignalState.HANDLERS[sig] = special ? h : handler;
            }
            // The process's real disposition follows, where the JVM lets it.
            if (special && (Long) h == 1) {
                NativeSignals.ignore(sig);
            } else if (special || handler == intHandlerRef[0]) {
                NativeSignals.restore(sig); // SIGINT's default handler: the JVM ends the process as an unhandled KeyboardInterrupt would
            } else {
                NativeSignals.handle(sig, SignalState::fromOutside);
            }
            return old;
        });
        Args.fn(d, "getsignal", (a, kw) -> {
            Args.exact("getsignal", a, kw, 1);
            int sig = signum(a[0]);
            synchronized (SignalState.LOCK) {
                Object h = SignalState.HANDLERS[sig];
                return h == null ? PyNone.None : h;
            }
        });
        Args.fn(d, "raise_signal", (a, kw) -> {
            Args.exact("raise_signal", a, kw, 1);
            int sig = Args.cint(a[0]);
            if (sig <= 0 || sig >= SignalState.NSIG || sig == 32 || sig == 33) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            SignalState.raise(sig);
            return PyNone.None;
        });
        Args.fn(d, "strsignal", (a, kw) -> {
            Args.exact("strsignal", a, kw, 1);
            int sig = signum(a[0]);
            if (sig < DESCRIPTIONS.length) {
                return DESCRIPTIONS[sig];
            }
            return sig >= 34 ? "Real-time signal " + (sig - 34) : PyNone.None;
        });
        Args.fn(d, "valid_signals", (a, kw) -> {
            Args.none("valid_signals", a, kw);
            PySet s = new PySet();
            for (long i = 1; i < SignalState.NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add(i);
                }
            }
            return s;
        });
        Args.fn(d, "set_wakeup_fd", (a, kw) -> {
            Object[] v = Args.parse("set_wakeup_fd", a, kw, new String[] {"fd", "warn_on_full_buffer"}, 1, 1, 1);
            int fd = Args.cint(v[0]);
            if (fd != -1) {
                FdTable.get(fd);
            }
            synchronized (SignalModule.class) {
                int old = wakeupFd;
                wakeupFd = fd;
                return (long) old;
            }
        });
        Args.fn(d, "siginterrupt", (a, kw) -> {
            Args.exact("siginterrupt", a, kw, 2);
            signum(a[0]);
            Op.isTrue(a[1]);
            return PyNone.None;
        });
        Args.fn(d, "pause", (a, kw) -> {
            Args.none("pause", a, kw);
            synchronized (SignalState.LOCK) {
                try {
                    SignalState.LOCK.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return PyNone.None;
        });
        Args.fn(d, "pthread_sigmask", (a, kw) -> {
            Args.exact("pthread_sigmask", a, kw, 2);
            int how = Args.cint(a[0]);
            java.util.List<Long> sigs = new java.util.ArrayList<>();
            Object it = Op.iter(a[1]);
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                long s = Args.clong(x);
                if (s < 1 || s >= SignalState.NSIG) {
                    throw Errors.valueError("signal number " + s + " out of range [1; " + (SignalState.NSIG - 1) + "]");
                }
                sigs.add(s);
            }
            synchronized (BLOCKED) {
                PySet old = new PySet();
                for (Long s : BLOCKED) {
                    old.add(s);
                }
                switch (how) {
                    case 0 -> BLOCKED.addAll(sigs);
                    case 1 -> BLOCKED.removeAll(sigs);
                    case 2 -> {
                        BLOCKED.clear();
                        BLOCKED.addAll(sigs);
                    }
                    default -> throw OsErrors.of(OsErrors.EINVAL);
                }
                BLOCKED.remove(9L);
                BLOCKED.remove(19L);
                return old;
            }
        });
        d.put("NSIG", (long) SignalState.NSIG);
        d.put("SIG_BLOCK", 0L);
        d.put("SIG_UNBLOCK", 1L);
        d.put("SIG_SETMASK", 2L);
        for (int i = 0; i < NAMES.length; i++) {
            d.put(NAMES[i], VALUES[i]);
        }
        d.put("ITIMER_REAL", 0L);
        d.put("ITIMER_VIRTUAL", 1L);
        d.put("ITIMER_PROF", 2L);
        d.put("SIG_DFL", SignalState.SIG_DFL);
        d.put("SIG_IGN", SignalState.SIG_IGN);
    }

    private static boolean callable(Object o) {
        return o instanceof PyCallable || PyType.of(o).call(Slot.CALL) != null;
    }

    /** A signal number argument, checked as CPython does. */
    private static int signum(Object o) {
        int sig = Args.cint(o);
        if (sig < 1 || sig >= SignalState.NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return sig;
    }

    private static synchronized long alarm(int seconds) {
        long left = 0;
        if (alarm != null) {
            long ms = alarmDeadline - System.currentTimeMillis();
            left = alarm.isDone() ? 0 : Math.max(1, (ms + 999) / 1000);
            alarm.cancel(false);
            alarm = null;
        }
        if (seconds > 0) {
            alarmDeadline = System.currentTimeMillis() + seconds * 1000L;
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "jyston-alarm");
                    t.setDaemon(true);
                    return t;
                });
            }
            alarm = timer.schedule(() -> SignalState.raise(SIGALRM), seconds, TimeUnit.SECONDS);
        }
        return left;
    }
}
