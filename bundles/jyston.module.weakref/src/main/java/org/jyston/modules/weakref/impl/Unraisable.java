package org.jyston.modules.weakref.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;

/** Errors raised where no caller can receive them (weak reference callbacks), reported as CPython's unraisable hook does. */
final class Unraisable {
    private Unraisable() {}

    static void report(String what, PyException e) {
        System.err.println(what + ":");
        System.err.println(Op.typeName(e.value()) + ": " + Op.str(e.value()));
        System.err.flush();
    }
}
