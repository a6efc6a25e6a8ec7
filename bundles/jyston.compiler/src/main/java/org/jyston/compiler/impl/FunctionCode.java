package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyCode;
import org.jyston.api.object.PyTuple;
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
    /** {@code co_firstlineno}: the first decorator's line, the {@code def}/{@code class} line, 1 for a module. */
    int firstLine = 1;
    /** Statement positions in source order, seeding the code object's position table. */
    private List<Pos> positions = List.of();
    /** What the code object shows of the scope, worked out at compile time (the scope is not kept). */
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final String[] globalNames;
    private final int flags;
    private volatile PyCode codeObject;

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
        List<String> vars = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int fl = 0;
        if (scope != null && scope.isFunction()) {
            for (String n : scope.slots.keySet()) {
                if (scope.params.contains(n) || scope.isLocal(n) && !scope.cells.contains(n)
                        && !scope.frees.contains(n)) {
                    vars.add(n);
                }
            }
            for (String p : scope.params) {
                if (scope.cells.contains(p)) {
                    cells.add(p);
                }
            }
            TreeSet<String> otherCells = new TreeSet<>(scope.cells);
            otherCells.removeAll(cells);
            cells.addAll(otherCells);
            fl = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
            if (varargs) {
                fl |= PyCode.CO_VARARGS;
            }
            if (varkw) {
                fl |= PyCode.CO_VARKEYWORDS;
            }
            if (nested(scope)) {
                fl |= PyCode.CO_NESTED;
            }
            fl |= scope.isGenerator && scope.isCoroutine ? PyCode.CO_ASYNC_GENERATOR
                    : scope.isGenerator ? PyCode.CO_GENERATOR : scope.isCoroutine ? PyCode.CO_COROUTINE : 0;
        } else if (scope != null) {
            cells.addAll(new TreeSet<>(scope.cells));
        }
        if (scope != null) {
            // co_names approximated: the global (or namespace) names the code reads or binds;
            // CPython also lists attribute names, which the scope does not record.
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(scope.used);
            all.addAll(scope.bound);
            for (String n : all) {
                Scope.Access a = scope.access(n);
                if ((a == Scope.Access.GLOBAL || a == Scope.Access.NAME) && !n.startsWith(".")) {
                    names.add(n);
                }
            }
        }
        this.varnames = vars.toArray(new String[0]);
        this.cellvars = cells.toArray(new String[0]);
        this.freevars = scope == null ? new String[0] : new TreeSet<>(scope.frees).toArray(new String[0]);
        this.globalNames = names.toArray(new String[0]);
        this.flags = fl;
    }

    /** CPython's {@code ste_nested}: inside a function, directly or through other nested scopes. */
    private static boolean nested(Scope s) {
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.isFunction()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A function-like body's positions: CPython's first instruction (RESUME) sits at
     * {@code (co_firstlineno, co_firstlineno, 0, 0)}, so offset 0 ({@code tb_lasti == 0}, a frame
     * interrupted before its first line) reports the {@code def}/decorator line, then the body's.
     */
    void setPositions(int firstLine, List<Pos> positions) {
        List<Pos> all = new java.util.ArrayList<>(positions.size() + 1);
        all.add(new Pos(firstLine, 0, firstLine, 0));
        all.addAll(positions);
        this.firstLine = firstLine;
        this.positions = all;
    }

    /** Module code's positions: its statements' only (no entry instruction of its own). */
    void setModulePositions(List<Pos> positions) {
        this.firstLine = 1;
        this.positions = positions;
    }

    /** {@code __code__} / {@code f_code}: made when Python code first asks for it. */
    PyCode codeObject() {
        PyCode c = codeObject;
        if (c == null) {
            synchronized (this) {
                c = codeObject;
                if (c == null) {
                    codeObject = c = new PyCode(info.name(), qualname, info.filename(), firstLine,
                            PyTuple.of((Object[]) varnames), PyTuple.of((Object[]) cellvars),
                            PyTuple.of((Object[]) freevars), PyTuple.of((Object[]) globalNames),
                            PyTuple.of(doc), argcount, posonlyCount, kwonlyCount, flags,
                            Math.max(1, nlocals), positions);
                }
            }
        }
        return c;
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
    /**
     * A call's run: as {@link #run}, with the thread's depth counted (RecursionError past the
     * limit) and released in the same handler, so an exception leaving the call crosses one
     * handler, not two.
     */
    Object runCall(Frame f) {
        f.thread.enter();
        return execute(f, true);
    }

    Object run(Frame f) {
        return execute(f, false);
    }

    private Object execute(Frame f, boolean counted) {
        PyThreadState ts = f.thread;
        f.back = ts.frame;
        ts.frame = f;
        int r;
        // One handler and no finally: javac copies a finally into a catch-all handler that catches
        // the rethrown exception once more, and each JVM catch/rethrow costs a handler lookup on
        // the unwinding path (one per Python frame a raise crosses).
        try {
            r = StmtNode.block(body, f);
        } catch (PyException e) {
            exceptions.recordFrame(e, f, info, f.errorPos);
            leave(ts, f, counted);
            throw e;
        } catch (StackOverflowError | RuntimeException e) {
            PyException p = exceptions.translate(e);
            exceptions.recordFrame(p, f, info, f.errorPos);
            leave(ts, f, counted);
            throw p;
        } catch (Throwable e) { // other JVM errors pass through unchanged
            leave(ts, f, counted);
            throw e;
        }
        leave(ts, f, counted);
        return r == StmtNode.RETURN ? f.returnValue : org.jyston.api.object.PyNone.None;
    }

    /**
     * Starts a counted call's frame whose body the caller runs itself (see {@link Call#eval}):
     * the thread's depth (RecursionError past the limit, before anything is pushed) and the
     * current frame. The caller then runs {@link #body} and ends with {@link #leave(Frame)} or,
     * if the body raised, {@link #leaveRaising}.
     */
    static void enter(Frame f) {
        PyThreadState ts = f.thread;
        ts.enter();
        f.back = ts.frame;
        ts.frame = f;
    }

    /** Ends a frame started by {@link #enter(Frame)} normally. */
    static void leave(Frame f) {
        PyThreadState ts = f.thread;
        ts.frame = f.back;
        ts.exit();
    }

    /**
     * Ends a frame started by {@link #enter(Frame)} with {@code t} leaving its body: the frame's
     * traceback entry, a JVM error translated, and the Python exception to throw on. Other JVM
     * errors are thrown from here unchanged.
     */
    PyException leaveRaising(Frame f, Throwable t) {
        PyException p;
        if (t instanceof PyException e) {
            p = e;
        } else if (t instanceof StackOverflowError || t instanceof RuntimeException) {
            p = exceptions.translate(t);
        } else {
            leave(f);
            throw sneaky(t);
        }
        exceptions.recordFrame(p, f, info, f.errorPos);
        leave(f);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private static void leave(PyThreadState ts, Frame f, boolean counted) {
        ts.frame = f.back;
        if (counted) {
            ts.exit();
        }
    }
}
