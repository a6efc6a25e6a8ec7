package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyException;

/**
 * The compiled body of a function or module: its statements, how many local slots it needs, and
 * the parameter names in slot order.
 */
final class FunctionCode {
    final CodeInfo info;
    final String qualname;
    final String[] paramNames;
    final int nlocals;
    StmtNode[] body;
    private final ExceptionManager exceptions;

    FunctionCode(CodeInfo info, String qualname, String[] paramNames, int nlocals, ExceptionManager exceptions) {
        this.info = info;
        this.qualname = qualname;
        this.paramNames = paramNames;
        this.nlocals = nlocals;
        this.exceptions = exceptions;
    }

    /**
     * Runs the body in {@code f}. An exception leaving it gets this frame's traceback entry; a JVM
     * error becomes the Python exception it stands for.
     */
    Object run(Frame f) {
        try {
            if (StmtNode.block(body, f) == StmtNode.RETURN) {
                return f.returnValue;
            }
            return org.jyston.api.object.PyNone.None;
        } catch (PyException e) {
            exceptions.recordFrame(e, f, info, f.errorPos);
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            PyException p = exceptions.translate(e);
            exceptions.recordFrame(p, f, info, f.errorPos);
            throw p;
        }
    }
}
