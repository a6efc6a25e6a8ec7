package org.jyston.api.object;

/**
 * The iterator {@code iter()} makes for an object with {@code __getitem__} but no {@code __iter__}:
 * items 0, 1, 2, ... until IndexError or StopIteration (CPython's {@code iterator} type).
 */
public final class SeqIterator implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("iterator");

    private Object seq;
    private long index;

    SeqIterator(Object seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** The next item, or a StopIteration. */
    public Object next() {
        if (seq == null) {
            throw Errors.raise(Errors.StopIteration);
        }
        try {
            return Op.getitem(seq, index++);
        } catch (PyException e) {
            if (e.matches(Errors.IndexError.get()) || e.matches(Errors.StopIteration.get())) {
                seq = null;
                throw Errors.raise(Errors.StopIteration);
            }
            throw e;
        }
    }

    /** {@code (iter, (seq,), index)}, or {@code (iter, ((),))} once exhausted, as CPython's {@code iterator}. */
    public Object reduce() {
        Object s = seq;
        return s == null ? IterPickling.reduceEmpty(PyTuple.EMPTY) : IterPickling.reduce(s, index);
    }

    /** Moves to an index (a negative one counts as 0; CPython sets no upper bound). */
    public void setState(Object state) {
        long i = IterPickling.index(state);
        if (seq != null) {
            index = Math.max(0, i);
        }
    }
}
