package org.jyston.runtime.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code atexit} module: functions registered per interpreter, run last-registered first when
 * the interpreter finishes ({@link PyInterpreter}'s finalisation calls {@code _run_exitfuncs}).
 */
@Component(service = ModuleProvider.class)
public class AtexitModule implements ModuleProvider {
    private record Callback(Object fn, Object[] args, String[] kw) {}

    @Override
    public String name() {
        return "atexit";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        List<Callback> callbacks = new ArrayList<>();
        // the importing code's builtins: the interpreter's sys is found through them when exit functions fail
        var frame = PyThreadState.current().frame;
        PyDict builtins = frame == null ? null : frame.builtins();
        fn(d, "register", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 1) {
                throw Errors.typeError("register() takes at least 1 argument (0 given)");
            }
            Object f = a[0];
            if (PyType.of(f).lookup("__call__") == null && !(f instanceof org.jyston.api.object.PyCallable)) {
                throw Errors.typeError("the first argument must be callable");
            }
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            synchronized (callbacks) {
                callbacks.add(new Callback(f, rest, kw));
            }
            return f;
        });
        fn(d, "unregister", (a, kw) -> {
            Object f = Builtins.one("unregister", a, kw);
            synchronized (callbacks) {
                // CPython empties the entry but keeps counting it in _ncallbacks()
                for (int i = 0; i < callbacks.size(); i++) {
                    Callback c = callbacks.get(i);
                    if (c != null && Op.eq(c.fn(), f)) {
                        callbacks.set(i, null);
                    }
                }
            }
            return PyNone.None;
        });
        fn(d, "_clear", (a, kw) -> {
            synchronized (callbacks) {
                callbacks.clear();
            }
            return PyNone.None;
        });
        fn(d, "_ncallbacks", (a, kw) -> {
            synchronized (callbacks) {
                return (long) callbacks.size();
            }
        });
        fn(d, "_run_exitfuncs", (a, kw) -> {
            while (true) {
                Callback c;
                synchronized (callbacks) {
                    if (callbacks.isEmpty()) {
                        break;
                    }
                    c = callbacks.remove(callbacks.size() - 1);
                }
                if (c == null) {
                    continue;
                }
                try {
                    Op.call(c.fn(), c.args(), c.kw());
                } catch (PyException e) {
                    unraisable(builtins, c.fn(), e.value());
                }
            }
            return PyNone.None;
        });
    }

    private static void unraisable(PyDict builtins, Object fn, PyBaseException exc) {
        if (builtins == null) {
            System.err.println("Exception ignored in atexit callback: " + Op.repr(fn));
            System.err.println(Op.typeName(exc) + ": " + Op.str(exc));
            return;
        }
        Object sys = Op.call(builtins.get("__import__"), "sys");
        Object ns = Op.call(PyType.of(Op.getattr(sys, "implementation")), new Object[] {exc.getType(), exc,
            exc.getTraceback() == null ? PyNone.None : exc.getTraceback(), "Exception ignored in atexit callback", fn},
                new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
        Op.call(Op.getattr(sys, "unraisablehook"), ns);
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
