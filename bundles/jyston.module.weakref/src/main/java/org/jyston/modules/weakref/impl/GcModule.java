package org.jyston.modules.weakref.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Finalizers;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code gc} module. The JVM's collector does the work; {@code collect()} asks it to run and
 * then delivers the weak-reference callbacks of what it cleared. The generation counts, thresholds
 * and enable switch are kept so that code saving and restoring them works.
 */
@Component(service = ModuleProvider.class)
public class GcModule implements ModuleProvider {
    @Override
    public String name() {
        return "gc";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides access to the garbage collector for reference cycles.");
        boolean[] enabled = {true};
        long[] threshold = {700, 10, 10};
        long[] debug = {0};
        d.put("garbage", new PyList());
        d.put("callbacks", new PyList());
        d.put("DEBUG_STATS", 1L);
        d.put("DEBUG_COLLECTABLE", 2L);
        d.put("DEBUG_UNCOLLECTABLE", 4L);
        d.put("DEBUG_SAVEALL", 32L);
        d.put("DEBUG_LEAK", 38L);
        fn(d, "collect", (a, kw) -> {
            if (a.length > 1) {
                throw Errors.typeError("collect() takes at most 1 argument (" + a.length + " given)");
            }
            collect();
            return 0L;
        });
        fn(d, "enable", (a, kw) -> {
            enabled[0] = true;
            return PyNone.None;
        });
        fn(d, "disable", (a, kw) -> {
            enabled[0] = false;
            return PyNone.None;
        });
        fn(d, "isenabled", (a, kw) -> enabled[0]);
        fn(d, "get_threshold", (a, kw) -> PyTuple.of(threshold[0], threshold[1], threshold[2]));
        fn(d, "set_threshold", (a, kw) -> {
            if (a.length < 1 || a.length > 3) {
                throw Errors.typeError("set_threshold() takes at least 1 argument (" + a.length + " given)");
            }
            for (int i = 0; i < a.length; i++) {
                threshold[i] = Op.indexAsLong(a[i], "threshold");
            }
            return PyNone.None;
        });
        fn(d, "get_count", (a, kw) -> PyTuple.of(0L, 0L, 0L));
        fn(d, "get_debug", (a, kw) -> debug[0]);
        fn(d, "set_debug", (a, kw) -> {
            debug[0] = Op.indexAsLong(WeakRefModule.one("set_debug", a, kw), "flags");
            return PyNone.None;
        });
        fn(d, "get_objects", (a, kw) -> new PyList());
        fn(d, "get_stats", (a, kw) -> new PyList());
        fn(d, "get_referrers", (a, kw) -> new PyList());
        fn(d, "get_referents", (a, kw) -> new PyList());
        fn(d, "is_tracked", (a, kw) -> {
            Object o = WeakRefModule.one("is_tracked", a, kw);
            return !(o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean
                    || o == PyNone.None);
        });
        fn(d, "is_finalized", (a, kw) -> {
            WeakRefModule.one("is_finalized", a, kw);
            return false;
        });
        fn(d, "freeze", (a, kw) -> PyNone.None);
        fn(d, "unfreeze", (a, kw) -> PyNone.None);
        fn(d, "get_freeze_count", (a, kw) -> 0L);
    }

    /**
     * Runs the JVM's collector, then the {@code __del__} methods of the instances it found
     * unreachable ({@link Finalizers}), then the callbacks of the weak references it cleared.
     */
    static void collect() {
        Finalizers.collect(); // the tokens' finalize() queues their instances
        Finalizers.runPending();
        WeakRefs.drainAll();
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
