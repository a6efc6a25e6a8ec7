package org.jyston.types.list.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
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
    static TypeSpec spec(String name) {
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Iter) self).next())
                .attribute("__length_hint__", BuiltinMethods.method(name, Iter.class, "__length_hint__", (self, a, k) -> {
                    BuiltinMethods.none(name + ".__length_hint__", a, k);
                    return ((Iter) self).lengthHint();
                }));
    }

    abstract static class Iter implements PyObject {
        abstract Object next();

        abstract long lengthHint();

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
    }
}
