package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyTuple;

/** Somewhere a value can be stored: a local slot, a global name, or a tuple of targets. */
abstract class Target {
    abstract void store(Frame f, Object value);

    /** Unbinds the target, as the end of {@code except ... as name} does. */
    void delete(Frame f) {
        throw new UnsupportedOperationException();
    }

    static final class Local extends Target {
        private final int slot;

        Local(int slot) {
            this.slot = slot;
        }

        @Override
        void store(Frame f, Object value) {
            f.locals[slot] = value;
        }

        @Override
        void delete(Frame f) {
            f.locals[slot] = null;
        }
    }

    static final class Global extends Target {
        private final String name;

        Global(String name) {
            this.name = name;
        }

        @Override
        void store(Frame f, Object value) {
            f.globals.put(name, value);
        }

        @Override
        void delete(Frame f) {
            f.globals.remove(name);
        }
    }

    static final class Unpack extends Target {
        private final Target[] elts;
        private final Pos pos;

        Unpack(Target[] elts, Pos pos) {
            this.elts = elts;
            this.pos = pos;
        }

        @Override
        void store(Frame f, Object value) {
            PyTuple t = Stmts.unpack(value, elts.length, f, pos);
            for (int i = 0; i < elts.length; i++) {
                elts[i].store(f, t.get(i));
            }
        }
    }
}
