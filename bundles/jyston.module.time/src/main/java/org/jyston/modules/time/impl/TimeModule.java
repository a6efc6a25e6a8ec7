package org.jyston.modules.time.impl;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.Instant;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code time} module: clocks, {@code sleep}, {@code get_clock_info}, {@code clock_gettime};
 * the calendar functions are in {@link Calendar}.
 */
@Component(service = ModuleProvider.class)
public class TimeModule implements ModuleProvider {
    /** Nanoseconds of the monotonic clock at class load: keeps perf_counter() values small, as CPython's are. */
    private static final long ORIGIN = System.nanoTime();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides various functions to manipulate time values.");
        fn(d, "time", () -> epochNanos() / 1e9);
        fn(d, "time_ns", () -> epochNanos());
        fn(d, "perf_counter", () -> (System.nanoTime() - ORIGIN) / 1e9);
        fn(d, "perf_counter_ns", () -> System.nanoTime() - ORIGIN);
        fn(d, "monotonic", () -> (System.nanoTime() - ORIGIN) / 1e9);
        fn(d, "monotonic_ns", () -> System.nanoTime() - ORIGIN);
        fn(d, "process_time", () -> processNanos() / 1e9);
        fn(d, "process_time_ns", () -> processNanos());
        fn(d, "thread_time", () -> threadNanos() / 1e9);
        fn(d, "thread_time_ns", () -> threadNanos());
        d.put("sleep", new PyBuiltinFunction("sleep", (args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("sleep() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Errors.typeError("time.sleep() takes exactly one argument (" + args.length + " given)");
            }
            sleep(seconds(args[0]));
            return PyNone.None;
        }));
        Calendar.install(d);
        d.put("get_clock_info", new PyBuiltinFunction("get_clock_info", (args, kw) -> {
            Calendar.noKw("get_clock_info", kw);
            if (args.length != 1) {
                throw Errors.typeError("get_clock_info expected 1 argument, got " + args.length);
            }
            if (!(args[0] instanceof String name)) {
                throw Errors.typeError("get_clock_info() argument 1 must be str, not " + Op.typeName(args[0]));
            }
            String impl;
            boolean monotonic = true;
            boolean adjustable = false;
            switch (name) {
                case "time" -> {
                    impl = "clock_gettime(CLOCK_REALTIME)";
                    monotonic = false;
                    adjustable = true;
                }
                case "monotonic", "perf_counter" -> impl = "clock_gettime(CLOCK_MONOTONIC)";
                case "process_time" -> impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                case "thread_time" -> impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                default -> throw Errors.valueError("unknown clock");
            }
            // A types.SimpleNamespace, the type of sys.implementation.
            Object namespace = org.jyston.api.object.PyType.of(Op.getattr(Calendar.importModule("sys"), "implementation"));
            return Op.call(namespace, new Object[] {impl, monotonic, adjustable, 1e-9},
                    new String[] {"implementation", "monotonic", "adjustable", "resolution"});
        }));
        d.put("clock_gettime", new PyBuiltinFunction("clock_gettime", (args, kw) -> clock("clock_gettime", args, kw, false)));
        d.put("clock_gettime_ns", new PyBuiltinFunction("clock_gettime_ns",
                (args, kw) -> clock("clock_gettime_ns", args, kw, true)));
        d.put("clock_getres", new PyBuiltinFunction("clock_getres", (args, kw) -> {
            clockId("clock_getres", args, kw);
            return 1e-9;
        }));
    }

    private static int clockId(String name, Object[] args, String[] kw) {
        Calendar.noKw(name, kw);
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly 1 argument (" + args.length + " given)");
        }
        long id = ((Number) Op.index(args[0])).longValue();
        if (id != 0 && id != 1 && id != 2 && id != 3 && id != 4 && id != 7 && id != 11) {
            throw new org.jyston.api.object.PyException((org.jyston.api.object.PyBaseException) Op.call(
                    org.jyston.api.object.TypeRegistry.byName("OSError"), 22L, "Invalid argument"));
        }
        return (int) id;
    }

    private static Object clock(String name, Object[] args, String[] kw, boolean ns) {
        long nanos = switch (clockId(name, args, kw)) {
            case 0, 11 -> epochNanos();
            case 2 -> processNanos();
            case 3 -> threadNanos();
            default -> System.nanoTime() - ORIGIN;
        };
        return ns ? (Object) nanos : (Object) (nanos / 1e9);
    }

    private interface Clock {
        Object read();
    }

    private static void fn(PyDict d, String name, Clock clock) {
        d.put(name, new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length != 0) {
                throw Errors.typeError("time." + name + "() takes no arguments (" + args.length + " given)");
            }
            return clock.read();
        }));
    }

    static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static long threadNanos() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0L;
    }

    /** A duration in seconds as CPython's time functions accept it: a float, or an integer. */
    static double seconds(Object v) {
        double s;
        if (v instanceof Double x) {
            if (Double.isNaN(x)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            s = x;
        } else {
            Object i = Op.index(v); // "'str' object cannot be interpreted as an integer"
            if (i instanceof BigInteger b && b.bitLength() > 63) {
                throw Errors.overflow("timestamp too large to convert to C _PyTime_t");
            }
            s = ((Number) i).doubleValue();
        }
        if (s < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        return s;
    }

    private static void sleep(double seconds) {
        long nanos = (long) Math.min(seconds * 1e9, (double) Long.MAX_VALUE);
        long deadline = System.nanoTime() + nanos;
        try {
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
