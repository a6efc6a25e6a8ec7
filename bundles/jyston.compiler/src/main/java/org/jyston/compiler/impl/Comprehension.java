package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PySet;

/**
 * List, set and dict comprehensions. As in CPython 3.11 each runs as a function of its own
 * ({@code <listcomp>} in tracebacks) called with the iterator of the outermost iterable, which is
 * evaluated in the enclosing scope.
 */
final class Comprehension {
    private Comprehension() {}

    enum Kind { LIST, SET, DICT }

    /** One {@code for target in iter if cond ...} clause. */
    static final class Clause {
        final Target target;
        final ExprNode iter;
        final ExprNode[] ifs;
        final Pos iterPos;

        Clause(Target target, ExprNode iter, ExprNode[] ifs, Pos iterPos) {
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
            this.iterPos = iterPos;
        }
    }

    /** The comprehension function's body: the nested loops, filling the result. */
    static final class Body extends StmtNode {
        private final Kind kind;
        private final Clause[] clauses;
        private final ExprNode elt;
        private final ExprNode value;
        private final Pos pos;

        Body(Kind kind, Clause[] clauses, ExprNode elt, ExprNode value, Pos pos) {
            this.kind = kind;
            this.clauses = clauses;
            this.elt = elt;
            this.value = value;
            this.pos = pos;
        }

        @Override
        int exec(Frame f) {
            Object acc = kind == Kind.LIST ? new PyList() : kind == Kind.SET ? new PySet() : new PyDict();
            loop(0, f.locals[0], f, acc);
            f.returnValue = acc;
            return RETURN;
        }

        private void loop(int i, Object it, Frame f, Object acc) {
            Clause c = clauses[i];
            for (;;) {
                Object x;
                try {
                    x = Op.next(it);
                } catch (PyException e) {
                    throw f.at(e, c.iterPos);
                }
                if (x == null) {
                    return;
                }
                c.target.store(f, x);
                boolean ok = true;
                for (ExprNode cond : c.ifs) {
                    if (!Truth.test(cond, f)) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                if (i + 1 < clauses.length) {
                    Object inner = clauses[i + 1].iter.eval(f);
                    Object innerIt;
                    try {
                        innerIt = Op.iter(inner);
                    } catch (PyException e) {
                        throw f.at(e, clauses[i + 1].iterPos);
                    }
                    loop(i + 1, innerIt, f, acc);
                } else {
                    add(f, acc);
                }
            }
        }

        private void add(Frame f, Object acc) {
            switch (kind) {
                case LIST:
                    ((PyList) acc).append(elt.eval(f));
                    return;
                case SET: {
                    Object v = elt.eval(f);
                    try {
                        ((PySet) acc).add(v);
                    } catch (PyException e) {
                        throw f.at(e, pos);
                    }
                    return;
                }
                default: {
                    Object k = elt.eval(f);
                    Object v = value.eval(f);
                    try {
                        ((PyDict) acc).put(k, v);
                    } catch (PyException e) {
                        throw f.at(e, pos);
                    }
                }
            }
        }
    }

    /** A new empty result of an asynchronous comprehension. */
    static final class NewResult extends ExprNode {
        private final Kind kind;

        NewResult(Kind kind) {
            this.kind = kind;
        }

        @Override
        Object eval(Frame f) {
            return kind == Kind.LIST ? new PyList() : kind == Kind.SET ? new PySet() : new PyDict();
        }
    }

    /** Evaluates the outermost iterable here, then calls the comprehension function with its iterator. */
    static final class Run extends ExprNode {
        private final MakeFunction make;
        private final ExprNode outerIter;
        private final Pos iterPos;
        private final Pos pos;

        /** The outermost clause is {@code async for}: the function gets its {@code __aiter__()}. */
        private final boolean async;

        Run(MakeFunction make, ExprNode outerIter, Pos iterPos, Pos pos, boolean async) {
            this.async = async;
            this.make = make;
            this.outerIter = outerIter;
            this.iterPos = iterPos;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object iterable = outerIter.eval(f);
            Object it;
            try {
                it = async ? AsyncStmts.For.aiter(iterable) : Op.iter(iterable);
            } catch (PyException e) {
                throw f.at(e, iterPos);
            }
            PyFunction fn = (PyFunction) make.eval(f);
            try {
                return fn.call(new Object[] {it}, null);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }
}
