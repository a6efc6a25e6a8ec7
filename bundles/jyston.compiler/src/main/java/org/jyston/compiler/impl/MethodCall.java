package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyException;

/**
 * A call of an attribute, {@code obj.name(a, b, k=v)}. When the site's {@link AttrCache} knows that
 * {@code obj.name} is a function of the class (or a builtin type's method) bound to {@code obj}, the
 * function is called with {@code obj} as first argument and no bound method is made; otherwise the
 * attribute is loaded generically and called, as {@link Call} does. As in CPython, the attribute is
 * looked up before the arguments are evaluated.
 */
final class MethodCall extends ExprNode {
    final ExprNode receiver;
    final AttrCache cache;
    private final Pos attrPos;
    private final ExprNode[] args;
    private final String[] kwnames;
    final Pos pos;
    private final int line;

    MethodCall(ExprNode receiver, String name, Pos attrPos, ExprNode[] args, String[] kwnames, Pos pos) {
        this.receiver = receiver;
        this.cache = new AttrCache(name);
        this.attrPos = attrPos;
        this.args = args;
        this.kwnames = kwnames;
        this.pos = pos;
        this.line = pos == null ? 0 : pos.lineno();
    }

    @Override
    Object eval(Frame f) {
        Object obj = receiver.eval(f);
        PyFunction fn = cache.method(obj);
        if (takesDirect(fn)) {
            // The callee's body runs here (see Call#eval)
            Frame g = enter(f, obj, fn);
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
        return rest(f, obj, fn);
    }

    /** Whether {@code fn}, the method found for the receiver (or null), is called directly. */
    boolean takesDirect(PyFunction fn) {
        return fn != null && kwnames == null && fn.code.directCall && fn.code.argcount > args.length;
    }

    /** As {@link Call#enter}: receiver and arguments straight into the method's locals. */
    Frame enter(Frame f, Object obj, PyFunction fn) {
        Object[] locals = new Object[fn.code.nlocals];
        locals[0] = obj;
        for (int i = 0; i < args.length; i++) {
            locals[i + 1] = args[i].eval(f);
        }
        f.line = line;
        try {
            return fn.enterDirect(f.thread, locals, args.length + 1);
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }

    /** Every method call but the direct one; {@code fn} is the method found for {@code obj} or null. */
    Object rest(Frame f, Object obj, PyFunction fn) {
        if (fn != null) {
            Object[] all = argsAfter(f, obj);
            f.line = line;
            try {
                return fn.call(f.thread, all, kwnames);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
        PyBuiltinFunction bf = cache.builtinMethod(obj);
        if (bf != null) {
            Object[] all = argsAfter(f, obj);
            f.line = line;
            try {
                return bf.call(all, kwnames);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
        Object callee;
        try {
            callee = cache.loadForCall(obj);
        } catch (PyException e) {
            throw f.at(e, attrPos);
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(f);
        }
        f.line = line;
        try {
            if (callee instanceof PyFunction pf) {
                return pf.call(f.thread, values, kwnames);
            }
            if (callee instanceof PyCallable c) {
                return c.call(values, kwnames);
            }
            return Op.call(callee, values, kwnames);
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }

    /** The receiver followed by the evaluated arguments. */
    private Object[] argsAfter(Frame f, Object self) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i].eval(f);
        }
        return all;
    }
}
