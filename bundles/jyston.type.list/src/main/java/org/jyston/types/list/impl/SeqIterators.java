package org.jyston.types.list.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code list_iterator}, {@code list_reverseiterator} and {@code tuple_iterator}. */
final class SeqIterators {
    private SeqIterators() {}

    /** The spec of an iterator type whose instances are {@link Iter}s. */
    static TypeSpec spec(String name, Class<? extends Iter> cls) {
        TypeSpec s = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Iter) self).next())
                .attribute("__length_hint__", BuiltinMethods.method(name, Iter.class, "__length_hint__", (self, a, k) -> {
                    BuiltinMethods.none(name + ".__length_hint__", a, k);
                    return ((Iter) self).lengthHint();
                }));
        return IterPickling.methods(s, name, cls, self -> ((Iter) self).reduce(),
                (self, state) -> ((Iter) self).setState(IterPickling.index(state)));
    }

    abstract static class Iter implements PyObject {
        abstract Object next();

        abstract long lengthHint();

        /** {@code __reduce__}: how pickle and copy remake this iterator at its position. */
        abstract Object reduce();

        /** {@code __setstate__}: moves to a position, clamped to the sequence as CPython clamps it. */
        abstract void setState(long index);

        static RuntimeException stop() {
            return Errors.raise(Errors.StopIteration);
        }
    }

    static final class ListIterator extends Iter {
        private static final TypeRef TYPE = TypeRef.of("list_iterator");
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        Object next() {
            PyList l = list;
            if (l != null) {
                synchronized (l) {
                    if (index < l.size()) {
                        return l.get(index++);
                    }
                }
                list = null;
            }
            throw stop();
        }

        @Override
        long lengthHint() {
            return list == null ? 0 : Math.max(0, list.size() - index);
        }

        @Override
        Object reduce() {
            PyList l = list;
            return l == null ? IterPickling.reduceEmpty(new PyList()) : IterPickling.reduce(l, (long) index);
        }

        @Override
        void setState(long i) {
            PyList l = list;
            if (l != null) {
                synchronized (l) {
                    index = (int) Math.max(0, Math.min(i, l.size()));
                }
            }
        }
    }

    static final class ListReverseIterator extends Iter {
        private static final TypeRef TYPE = TypeRef.of("list_reverseiterator");
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        Object next() {
            PyList l = list;
            if (l != null) {
                synchronized (l) {
                    if (index >= 0 && index < l.size()) {
                        return l.get(index--);
                    }
                }
                index = -1;
                list = null;
            }
            throw stop();
        }

        @Override
        long lengthHint() {
            return list == null || index >= list.size() ? 0 : index + 1;
        }

        @Override
        Object reduce() {
            PyList l = list;
            return l == null ? IterPickling.reduceEmpty(new PyList())
                    : PyTuple.of(IterPickling.builtin("reversed"), PyTuple.of(l), (long) index);
        }

        @Override
        void setState(long i) {
            PyList l = list;
            if (l != null) {
                synchronized (l) {
                    index = (int) Math.max(-1, Math.min(i, l.size() - 1));
                }
            }
        }
    }

    static final class TupleIterator extends Iter {
        private static final TypeRef TYPE = TypeRef.of("tuple_iterator");
        private PyTuple tuple;
        private int index;

        TupleIterator(PyTuple tuple) {
            this.tuple = tuple;
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        @Override
        Object next() {
            PyTuple t = tuple;
            if (t != null) {
                if (index < t.size()) {
                    return t.get(index++);
                }
                tuple = null;
            }
            throw stop();
        }

        @Override
        long lengthHint() {
            return tuple == null ? 0 : tuple.size() - index;
        }

        @Override
        Object reduce() {
            PyTuple t = tuple;
            return t == null ? IterPickling.reduceEmpty(PyTuple.EMPTY) : IterPickling.reduce(t, (long) index);
        }

        @Override
        void setState(long i) {
            PyTuple t = tuple;
            if (t != null) {
                index = (int) Math.max(0, Math.min(i, t.size()));
            }
        }
    }
}
