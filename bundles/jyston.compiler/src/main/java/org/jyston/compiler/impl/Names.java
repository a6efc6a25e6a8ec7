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

    /**
     * A name in a namespace that may be a dict subclass (a metaclass's {@code __prepare__}, as
     * {@code enum}'s): its {@code __getitem__} is asked, a KeyError meaning "not there".
     */
    static Object nsGet(org.jyston.api.object.PyDict ns, String name) {
        if (ns.getClass() == org.jyston.api.object.PyDict.class) {
            return ns.get(name);
        }
        try {
            return org.jyston.api.object.Op.getitem(ns, name);
        } catch (PyException e) {
            if (e.value().getType().isSubtypeOf(Errors.KeyError.get())) {
                return null;
            }
            throw e;
        }
    }

    /** Stores through the namespace's own {@code __setitem__} when it is a dict subclass. */
    static void nsPut(org.jyston.api.object.PyDict ns, String name, Object value) {
        if (ns.getClass() == org.jyston.api.object.PyDict.class) {
            ns.put(name, value);
        } else {
            org.jyston.api.object.Op.setitem(ns, name, value);
        }
    }

    /** Deletes through the namespace's own {@code __delitem__}; false when the name was not there. */
    static boolean nsDelete(org.jyston.api.object.PyDict ns, String name) {
        if (ns.getClass() == org.jyston.api.object.PyDict.class) {
            return ns.remove(name) != null;
        }
        try {
            org.jyston.api.object.Op.delitem(ns, name);
            return true;
        } catch (PyException e) {
            if (e.value().getType().isSubtypeOf(Errors.KeyError.get())) {
                return false;
            }
            throw e;
        }
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
            Object v = nsGet(f.namespace, name);
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
            Object v = nsGet(f.namespace, name);
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
            nsPut(f.namespace, name, value);
        }

        @Override
        void delete(Frame f) {
            if (!nsDelete(f.namespace, name)) {
                throw Errors.nameError(name);
            }
        }
    }
}
