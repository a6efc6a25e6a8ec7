package org.jyston.compiler.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyMethod;

/**
 * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): {@code mod.f()} for a
 * Python function, {@code len()} for a builtin, the function's name for a bound method.
 */
final class Callables {
    private Callables() {}

    static String describe(Object callee) {
        if (callee instanceof PyMethod m) {
            return describe(m.function());
        }
        if (callee instanceof PyFunction fn) {
            Object mod = fn.getModule();
            String prefix = mod instanceof String s && !s.equals("builtins") ? s + "." : "";
            return prefix + fn.code.qualname + "()";
        }
        if (callee instanceof PyBuiltinFunction b) {
            return b.getName() + "()";
        }
        return Op.typeName(callee) + " object";
    }
}
