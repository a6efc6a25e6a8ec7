package org.jyston.api.object;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;

/**
 * A Python {@code code} object: what {@code function.__code__}, {@code frame.f_code} and
 * {@code compile()} give. The compiler makes one per compiled block when Python code first asks for
 * it; nothing on the execution path reads it.
 *
 * <p>There is no bytecode, so offsets are invented consistently: each distinct source position the
 * code reports (its statements, then any position a traceback entry points at) gets an index
 * {@code i}, the "instruction" at offset {@code 2*i} (a function's index 0 is its entry at the
 * {@code def} line, as CPython's {@code RESUME}). {@code co_positions()} and {@code co_lines()}
 * list them in that order and {@code tb_lasti}/{@code f_lasti} give {@code 2*i}, so code that maps
 * an offset to a position (the {@code traceback} module) finds the right one.
 */
public class PyCode implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("code");

    /** CPython's {@code co_flags} bits. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final PyTuple varnames;
    public final PyTuple cellvars;
    public final PyTuple freevars;
    public final PyTuple names;
    public final PyTuple consts;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    /** The positions the code reports, in offset order (see the class comment); grows under its own lock. */
    private final List<Pos> positions;

    public PyCode(String name, String qualname, String filename, int firstlineno, PyTuple varnames,
            PyTuple cellvars, PyTuple freevars, PyTuple names, PyTuple consts, int argcount,
            int posonlyargcount, int kwonlyargcount, int flags, int stacksize, List<Pos> positions) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.stacksize = stacksize;
        this.positions = new ArrayList<>(positions);
    }

    /** A code object with nothing but a name and a file (module code compiled by {@code compile()}). */
    public PyCode(String name, String filename) {
        this(name, name, filename, 1, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY,
                PyTuple.of(PyNone.None), 0, 0, 0, 0, 1, List.of());
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** {@code co_nlocals}. */
    public int nlocals() {
        return varnames.size();
    }

    /** The invented offset of {@code pos} ({@code tb_lasti}): 2 × its index, added to the table if new. */
    public int offsetOf(Pos pos) {
        if (pos == null) {
            return -1;
        }
        synchronized (positions) {
            int i = positions.indexOf(pos);
            if (i < 0) {
                i = positions.size();
                positions.add(pos);
            }
            return 2 * i;
        }
    }

    /** The invented offset of the first position on {@code line} ({@code f_lasti}), or 0. */
    public int offsetOfLine(int line) {
        synchronized (positions) {
            for (int i = 0; i < positions.size(); i++) {
                if (positions.get(i).lineno() == line) {
                    return 2 * i;
                }
            }
        }
        return 0;
    }

    /** {@code co_positions()}: (lineno, end_lineno, col_offset, end_col_offset) per invented instruction. */
    public List<Object> positionTuples() {
        List<Object> out = new ArrayList<>();
        synchronized (positions) {
            for (Pos p : positions) {
                out.add(PyTuple.of((long) p.lineno(), (long) p.end_lineno(), (long) p.col_offset(),
                        (long) p.end_col_offset()));
            }
        }
        return out;
    }

    /** {@code co_lines()}: (start, end, lineno) ranges of invented offsets, consecutive equal lines merged. */
    public List<Object> lineTuples() {
        List<Object> out = new ArrayList<>();
        synchronized (positions) {
            int start = 0;
            for (int i = 0; i < positions.size(); i++) {
                int line = positions.get(i).lineno();
                if (i + 1 == positions.size() || positions.get(i + 1).lineno() != line) {
                    out.add(PyTuple.of((long) start, (long) (2 * i + 2), (long) line));
                    start = 2 * i + 2;
                }
            }
        }
        return out;
    }

    /** {@code code.replace(...)}: a copy with some fields changed (null keeps a field). */
    public PyCode replace(String name, String qualname, String filename, Integer firstlineno) {
        synchronized (positions) {
            return new PyCode(name == null ? this.name : name, qualname == null ? this.qualname : qualname,
                    filename == null ? this.filename : filename, firstlineno == null ? this.firstlineno : firstlineno,
                    varnames, cellvars, freevars, names, consts, argcount, posonlyargcount, kwonlyargcount, flags,
                    stacksize, positions);
        }
    }
}
