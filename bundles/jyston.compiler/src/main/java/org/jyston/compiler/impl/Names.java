package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyException;

/** Reading, writing and deleting names, one node per way a scope reaches a name. */
final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return Errors.raise(Errors.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundFree(String name) {
        return Errors.raise(Errors.NameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    /** A cell or free variable: the slot holds the cell. */
    static final class LoadDeref extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;
        private final Pos pos;

        LoadDeref(int slot, String name, boolean free, Pos pos) {
            this.slot = slot;
            this.name = name;
            this.free = free;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = ((Cell) f.locals[slot]).value;
            if (v == null) {
                throw f.at(free ? unboundFree(name) : unboundLocal(name), pos);
            }
            return v;
        }
    }

    /** A name in a class body (or code run with a separate namespace): namespace, globals, builtins. */
    static final class LoadName extends ExprNode {
        private final String name;
        private final Pos pos;

        LoadName(String name, Pos pos) {
            this.name = name;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = f.namespace.get(name);
            if (v == null) {
                v = f.namespace == f.globals ? null : f.globals.get(name);
                if (v == null) {
                    v = f.builtins.get(name);
                    if (v == null) {
                        throw f.at(Errors.nameError(name), pos);
                    }
                }
            }
            return v;
        }
    }

    /** A class body reading a variable of an enclosing function: the class namespace first, then the cell. */
    static final class LoadClassDeref extends ExprNode {
        private final int slot;
        private final String name;
        private final Pos pos;

        LoadClassDeref(int slot, String name, Pos pos) {
            this.slot = slot;
            this.name = name;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = f.namespace.get(name);
            if (v == null) {
                v = ((Cell) f.locals[slot]).value;
                if (v == null) {
                    throw f.at(unboundFree(name), pos);
                }
            }
            return v;
        }
    }

    static final class StoreDeref extends Target {
        private final int slot;

        StoreDeref(int slot) {
            this.slot = slot;
        }

        @Override
        void store(Frame f, Object value) {
            ((Cell) f.locals[slot]).value = value;
        }

        @Override
        void delete(Frame f) {
            ((Cell) f.locals[slot]).value = null;
        }
    }

    static final class StoreName extends Target {
        private final String name;

        StoreName(String name) {
            this.name = name;
        }

        @Override
        void store(Frame f, Object value) {
            f.namespace.put(name, value);
        }

        @Override
        void delete(Frame f) {
            if (f.namespace.remove(name) == null) {
                throw Errors.nameError(name);
            }
        }
    }
}
