package org.jyston.compiler.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;

/**
 * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): its current
 * {@code __qualname__} followed by {@code ()}, prefixed by its {@code __module__} unless that is
 * {@code builtins} or missing ({@code __main__.f()}, {@code dict()}, {@code __main__.C.m()}); the
 * object's {@code str} when it has no qualified name. Only used to word an error.
 */
final class Callables {
    private Callables() {}

    static String describe(Object callee) {
        Object qualname;
        try {
            qualname = Op.getattr(callee, "__qualname__");
        } catch (PyException e) {
            return Op.str(callee);
        }
        if (!(qualname instanceof String q)) {
            return Op.str(callee);
        }
        Object module;
        try {
            module = Op.getattr(callee, "__module__");
        } catch (PyException e) {
            module = null;
        }
        return (module instanceof String m && !m.equals("builtins") ? m + "." : "") + q + "()";
    }
}
