package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyException;

/**
 * The compiled body of a function, lambda, comprehension, class body or module, with its frame
 * layout and signature: what {@code code} objects hold in CPython.
 */
final class FunctionCode {
    final CodeInfo info;
    final String qualname;
    /** Parameter names in slot order: positional, keyword-only, *args, **kwargs. */
    final String[] paramNames;
    /** Positional parameters, positional-only ones included. */
    final int argcount;
    final int posonlyCount;
    final int kwonlyCount;
    final boolean varargs;
    final boolean varkw;
    /** Frame size: the scope's variables, plus the state slots of resumable (generator) nodes. */
    int nlocals;
    /** Slots that get a new cell when the frame starts (a parameter's cell starts with its value). */
    final int[] cellSlots;
    /** Slots that receive the closure's cells, in order. */
    final int[] freeSlots;
    /** Variable names by slot, for {@code locals()}. */
    final String[] slotNames;
    final boolean isGenerator;
    final boolean isCoroutine;
    /** {@code async def} with {@code yield} (or an asynchronous generator expression). */
    final boolean isAsyncGenerator;
    /** Only positional-or-keyword parameters: a call with exactly that many positional arguments just copies them. */
    final boolean simpleSignature;
    StmtNode[] body;
    /**
     * A plain function (simple signature, not a generator): a call with at most {@link #argcount}
     * positional arguments (defaults fill the rest) can fill a fresh locals array and run it.
     */
    final boolean directCall;
    /** Whether {@link #initCells} has anything to do. */
    final boolean hasCells;
    /** The docstring, or None. */
    Object doc = org.jyston.api.object.PyNone.None;
    final ExceptionManager exceptions;

    FunctionCode(CodeInfo info, String qualname, Scope scope, int argcount, int posonlyCount, int kwonlyCount,
            boolean varargs, boolean varkw, ExceptionManager exceptions) {
        this.info = info;
        this.qualname = qualname;
        this.paramNames = scope == null ? new String[0] : scope.params.toArray(new String[0]);
        this.argcount = argcount;
        this.posonlyCount = posonlyCount;
        this.kwonlyCount = kwonlyCount;
        this.varargs = varargs;
        this.varkw = varkw;
        this.nlocals = scope == null ? 0 : scope.slots.size();
        this.cellSlots = scope == null ? new int[0] : scope.cellSlots();
        this.freeSlots = scope == null ? new int[0] : scope.freeSlots();
        this.slotNames = scope == null || !scope.isFunction() ? null : scope.slots.keySet().toArray(new String[0]);
        this.isGenerator = scope != null && (scope.isGenerator || scope.isCoroutine);
        this.isCoroutine = scope != null && scope.isCoroutine;
        this.isAsyncGenerator = scope != null && scope.isCoroutine && scope.isGenerator;
        this.simpleSignature = posonlyCount == 0 && kwonlyCount == 0 && !varargs && !varkw;
        this.directCall = simpleSignature && !isGenerator;
        this.hasCells = cellSlots.length != 0 || freeSlots.length != 0;
        this.exceptions = exceptions;
    }

    /** Puts cells in place: new ones for cell variables, the closure's for free variables. */
    void initCells(Frame f, Cell[] closure) {
        Object[] locals = f.locals;
        for (int s : cellSlots) {
            Cell c = new Cell();
            c.value = locals[s];
            locals[s] = c;
        }
        for (int i = 0; i < freeSlots.length; i++) {
            locals[freeSlots[i]] = closure[i];
        }
    }

    /**
     * Runs the body in {@code f}. An exception leaving it gets this frame's traceback entry; a JVM
     * error becomes the Python exception it stands for.
     */
    Object run(Frame f) {
        PyThreadState ts = f.thread;
        f.back = ts.frame;
        f.slotNames = slotNames;
        ts.frame = f;
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
        } finally {
            ts.frame = f.back;
        }
    }
}
