package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyType;

/** A call {@code f(a, b, k=v)}: positional values, then keyword values named by {@code kwnames}. */
final class Call extends ExprNode {
    final ExprNode func;
    final ExprNode[] args;
    final String[] kwnames;
    final Pos pos;
    final int line;

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
        PyFunction fn = direct(callee);
        if (fn != null) {
            // The callee's body runs here, not in FunctionCode.execute, so that the JVM frame of
            // this method is also the callee's: an exception raised in the callee crosses one JVM
            // frame (one handler lookup) per Python frame, whatever the JIT chooses to inline. The
            // loop is repeated in CallStmt, MethodCall and MethodCallStmt, not shared through a
            // method: HotSpot does not inline such a method (it throws, and its callers are big),
            // and the extra frame made a 10-frame raise 1.7 times slower.
            Frame g = enter(f, fn);
            FunctionCode code = g.function;
            int r = StmtNode.NORMAL;
            try {
                for (StmtNode s : code.body) {
                    g.line = s.line;
                    if ((r = s.exec(g)) != StmtNode.NORMAL) {
                        break;
                    }
                }
            } catch (Throwable t) {
                throw f.at(code.leaveRaising(g, t), pos);
            }
            FunctionCode.leave(g);
            return r == StmtNode.RETURN ? g.returnValue : org.jyston.api.object.PyNone.None;
        }
        return slow(f, callee);
    }

    /** The callee as a function this call passes its arguments to directly, or null. */
    PyFunction direct(Object callee) {
        return kwnames == null && callee instanceof PyFunction fn && fn.code.directCall
                && fn.code.argcount >= args.length ? fn : null;
    }

    /**
     * The common call's frame, started: the arguments are evaluated straight into the new frame's
     * slots (the caller checked that {@code fn} takes them directly).
     */
    Frame enter(Frame f, PyFunction fn) {
        Object[] locals = new Object[fn.code.nlocals];
        for (int i = 0; i < args.length; i++) {
            locals[i] = args[i].eval(f);
        }
        f.line = line; // the caller's f_lineno while the callee runs
        try {
            return fn.enterDirect(f.thread, locals, args.length);
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }

    /** Every call but the direct one: arguments in an array, then the callee's protocol. */
    Object slow(Frame f, Object callee) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(f);
        }
        f.line = line; // the caller's f_lineno while the callee runs (a call may span lines)
        try {
            if (callee instanceof PyFunction fn) {
                return fn.call(f.thread, values, kwnames);
            }
            if (callee instanceof PyType) {
                return Op.call(callee, values, kwnames); // a class test first: PyType is no PyCallable
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
