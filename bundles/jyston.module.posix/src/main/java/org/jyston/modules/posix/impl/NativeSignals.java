package org.jyston.modules.posix.impl;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The JVM's own signal handlers ({@code sun.misc.Signal} of the {@code jdk.unsupported} module),
 * reached through the system class loader because OSGi does not export {@code sun.misc} to
 * bundles; used only when Python changes a disposition (not per operation). A signal the JVM
 * reserves for itself (SIGQUIT, SIGUSR2 on HotSpot, ...) cannot be handled and keeps the JVM's action.
 */
final class NativeSignals {
    private NativeSignals() {}

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
        "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    private static Class<?> signalClass;
    private static Class<?> handlerClass;
    private static Object[] dflIgn;
    /** The JVM's handler of each signal before Python first changed it (what SIG_DFL restores). */
    private static final Map<Integer, Object> ORIGINAL = new HashMap<>();
    private static boolean unavailable;

    private static synchronized boolean load() {
        if (signalClass != null || unavailable) {
            return !unavailable;
        }
        try {
            ClassLoader system = ClassLoader.getSystemClassLoader();
            signalClass = Class.forName("sun.misc.Signal", true, system);
            handlerClass = Class.forName("sun.misc.SignalHandler", true, system);
            dflIgn = new Object[] {handlerClass.getField("SIG_DFL").get(null), handlerClass.getField("SIG_IGN").get(null)};
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            unavailable = true;
            return false;
        }
    }

    /** Runs {@code action} on the JVM's signal thread when {@code sig} arrives; false if it cannot be handled. */
    static boolean handle(int sig, IntConsumer action) {
        if (!load()) {
            return false;
        }
        InvocationHandler ih = (Object proxy, Method m, Object[] args) -> {
            if (m.getName().equals("handle")) {
                action.accept(sig);
                return null;
            }
            return switch (m.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "jyston signal handler";
            };
        };
        Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass}, ih);
        return install(sig, handler);
    }

    /** Makes the JVM ignore {@code sig}. */
    static boolean ignore(int sig) {
        return load() && install(sig, dflIgn[1]);
    }

    /** Gives {@code sig} back to the JVM's own handling. */
    static boolean restore(int sig) {
        if (!load()) {
            return false;
        }
        Object original;
        synchronized (ORIGINAL) {
            original = ORIGINAL.get(sig);
        }
        return original == null || install(sig, original);
    }

    private static boolean install(int sig, Object handler) {
        if (sig <= 0 || sig >= NAMES.length || NAMES[sig] == null) {
            return false;
        }
        try {
            Object signal = signalClass.getConstructor(String.class).newInstance(NAMES[sig]);
            Object old = signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
            synchronized (ORIGINAL) {
                ORIGINAL.putIfAbsent(sig, old);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // reserved by the JVM ("Signal already used by VM or OS")
        }
    }
}
