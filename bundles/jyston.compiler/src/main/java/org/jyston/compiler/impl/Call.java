package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyException;

/** A call {@code f(a, b, k=v)}: positional values, then keyword values named by {@code kwnames}. */
final class Call extends ExprNode {
    private final ExprNode func;
    private final ExprNode[] args;
    private final String[] kwnames;
    private final Pos pos;
    private final int line;

    Call(ExprNode func, ExprNode[] args, String[] kwnames, Pos pos) {
        this.func = func;
        this.args = args;
        this.kwnames = kwnames;
        this.pos = pos;
        this.line = pos == null ? 0 : pos.lineno();
    }

    @Override
    Object eval(Frame f) {
        Object callee = func.eval(f);
        if (kwnames == null && callee instanceof PyFunction fn && fn.code.directCall
                && fn.code.argcount >= args.length) {
            // The common call: arguments evaluated straight into the new frame's slots.
            Object[] locals = new Object[fn.code.nlocals];
            for (int i = 0; i < args.length; i++) {
                locals[i] = args[i].eval(f);
            }
            f.line = line; // the caller's f_lineno while the callee runs
            try {
                return fn.callDirect(f.thread, locals, args.length);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(f);
        }
        f.line = line; // the caller's f_lineno while the callee runs (a call may span lines)
        try {
            if (callee instanceof PyFunction fn) {
                return fn.call(f.thread, values, kwnames);
            }
            if (callee instanceof PyCallable c) {
                return c.call(values, kwnames);
            }
            return Op.call(callee, values, kwnames);
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }
}
