package org.jyston.modules.thread.impl;

import java.util.concurrent.atomic.AtomicInteger;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _thread} module: Python threads are JVM threads running in parallel (no global lock),
 * locks are JVM synchronisers. {@code threading} is built on it.
 */
@Component(service = ModuleProvider.class)
public class ThreadModule implements ModuleProvider {
    /** CPython's value on 64-bit Linux (the largest timeout a lock wait accepts, in seconds). */
    static final double TIMEOUT_MAX = 9223372036.0;
    /** As the main thread's: deep recursion in a thread must reach the recursion limit, not the JVM's stack end. */
    private static final long STACK_SIZE = 256L << 20;
    private static final AtomicInteger RUNNING = new AtomicInteger();

    @Override
    public String name() {
        return "_thread";
    }

    static PyException error(String msg) {
        return Errors.raise(Errors.RuntimeError, msg);
    }

    static long ident(Thread t) {
        return t.getId();
    }

    static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides primitive operations to write multi-threaded programs.\n"
                + "The 'threading' module provides a more convenient interface.");
        PyType lockType = TypeRef.of("lock").get();
        d.put("LockType", lockType);
        d.put("lock", lockType);
        d.put("RLock", TypeRef.of("RLock").get());
        d.put("error", Errors.RuntimeError.get());
        d.put("TIMEOUT_MAX", TIMEOUT_MAX);
        PyBuiltinFunction.Body allocate = (a, kw) -> {
            none("allocate_lock", a);
            return new Lock.Plain();
        };
        fn(d, "allocate_lock", allocate);
        fn(d, "allocate", allocate);
        fn(d, "get_ident", (a, kw) -> {
            none("get_ident", a);
            return ident(Thread.currentThread());
        });
        fn(d, "get_native_id", (a, kw) -> {
            none("get_native_id", a);
            return ident(Thread.currentThread());
        });
        fn(d, "_count", (a, kw) -> (long) RUNNING.get());
        fn(d, "daemon_threads_allowed", (a, kw) -> true);
        long[] stackSize = {0};
        fn(d, "stack_size", (a, kw) -> {
            long old = stackSize[0];
            if (a.length > 0) {
                long v = Op.indexAsLong(a[0], "size");
                if (v != 0 && v < 32768) {
                    throw Errors.valueError("size not valid: " + v + " bytes");
                }
                stackSize[0] = v;
            }
            return old;
        });
        fn(d, "_set_sentinel", (a, kw) -> {
            // unlocked, as CPython's: threading acquires it itself, and the thread's end releases it
            Lock.Plain sentinel = new Lock.Plain();
            SENTINELS.get().add(sentinel);
            return sentinel;
        });
        PyBuiltinFunction.Body exit = (a, kw) -> {
            throw Errors.raise(Errors.SystemExit);
        };
        fn(d, "exit", exit);
        fn(d, "exit_thread", exit);
        fn(d, "interrupt_main", (a, kw) -> PyNone.None);
        PyBuiltinFunction.Body start = ThreadModule::startNewThread;
        fn(d, "start_new_thread", start);
        fn(d, "start_new", start);
    }

    /** Locks released when the thread that made them ends ({@code threading}'s join waits on them). */
    private static final ThreadLocal<java.util.List<Lock.Plain>> SENTINELS = ThreadLocal.withInitial(
            java.util.ArrayList::new);

    private static Object startNewThread(Object[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("start_new_thread() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 3) {
            throw Errors.typeError("start_new_thread expected " + (a.length < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + a.length);
        }
        Object fn = a[0];
        if (PyType.of(fn).lookup("__call__") == null && !(fn instanceof org.jyston.api.object.PyCallable)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        PyDict kwargs = null;
        if (a.length == 3 && a[2] != PyNone.None) {
            if (!(a[2] instanceof PyDict k)) {
                throw Errors.typeError("optional 3rd arg must be a dictionary");
            }
            kwargs = k;
        }
        Object sys = importSys();
        PyDict kws = kwargs;
        Thread t = new Thread(null, () -> run(sys, fn, args, kws), "python-thread", STACK_SIZE);
        t.setDaemon(true);
        RUNNING.incrementAndGet();
        t.start();
        return ident(t);
    }

    private static void run(Object sys, Object fn, PyTuple args, PyDict kwargs) {
        try {
            if (kwargs == null || kwargs.size() == 0) {
                Op.call(fn, args.toArray(), null);
            } else {
                Object[] keys = kwargs.keys();
                Object[] all = new Object[args.size() + keys.length];
                String[] names = new String[keys.length];
                System.arraycopy(args.toArray(), 0, all, 0, args.size());
                for (int i = 0; i < keys.length; i++) {
                    names[i] = (String) keys[i];
                    all[args.size() + i] = kwargs.get(keys[i]);
                }
                Op.call(fn, all, names);
            }
        } catch (PyException e) {
            PyBaseException exc = e.value();
            if (!exc.getType().isSubtypeOf(Errors.SystemExit.get())) {
                unraisable(sys, "Exception ignored in thread started by", fn, exc);
            }
        } catch (StackOverflowError e) {
            System.err.println("Fatal Python error: stack overflow in thread");
        } finally {
            for (Lock.Plain s : SENTINELS.get()) {
                if (s.locked()) {
                    s.release();
                }
            }
            SENTINELS.remove();
            PyThreadState.current().handling = null;
            RUNNING.decrementAndGet();
        }
    }

    /** Reports through {@code sys.unraisablehook}, as CPython reports errors nobody can catch. */
    static void unraisable(Object sys, String msg, Object obj, PyBaseException exc) {
        try {
            Object ns = Op.call(PyType.of(Op.getattr(sys, "implementation")), new Object[] {exc.getType(), exc,
                exc.getTraceback() == null ? PyNone.None : exc.getTraceback(), msg, obj},
                    new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
            Op.call(Op.getattr(sys, "unraisablehook"), ns);
        } catch (PyException e) {
            System.err.println(msg + ": " + Op.repr(obj));
            System.err.println(Op.typeName(exc) + ": " + Op.str(exc));
        }
    }

    /** The calling interpreter's {@code sys}, through the builtins of the running frame. */
    private static Object importSys() {
        FrameView f = PyThreadState.current().frame;
        if (f == null) {
            throw Errors.systemError("start_new_thread() called outside Python code");
        }
        return Op.call(f.builtins().get("__import__"), "sys");
    }

    private static void none(String name, Object[] a) {
        if (a.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
