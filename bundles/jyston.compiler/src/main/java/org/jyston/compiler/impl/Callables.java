package org.jyston.compiler.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;

/** How CPython names a callable in call errors: {@code f()}, or {@code print()} for builtins. */
final class Callables {
    private Callables() {}

    static String describe(Object callee) {
        if (callee instanceof PyFunction fn) {
            return fn.code.qualname + "()";
        }
        if (callee instanceof PyBuiltinFunction b) {
            return b.getName() + "()";
        }
        return Op.typeName(callee) + " object";
    }
}
