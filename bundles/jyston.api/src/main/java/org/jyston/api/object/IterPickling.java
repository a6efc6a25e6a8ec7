package org.jyston.api.object;

/**
 * What the builtin iterators share to be pickled and copied: {@code __reduce__} answers
 * {@code (iter, (seq,), index)} (or {@code (iter, (empty,))} once exhausted) and
 * {@code __setstate__(index)} moves the iterator, as CPython's C iterators do.
 */
public final class IterPickling {
    private IterPickling() {}

    /** Reduces an iterator. */
    @FunctionalInterface
    public interface Reduce {
        Object reduce(Object self);
    }

    /** Applies a pickled state to an iterator. */
    @FunctionalInterface
    public interface SetState {
        void set(Object self, Object state);
    }

    /**
     * A builtin of the running code's {@code builtins} (CPython's {@code _PyEval_GetBuiltin}): the
     * reduce value names {@code iter} as the builtin function, so that pickle stores it by name.
     */
    public static Object builtin(String name) {
        FrameView f = PyThreadState.current().frame;
        Object v = f == null ? null : f.builtins().get(name);
        if (v == null) {
            throw Errors.raise(Errors.AttributeError, name);
        }
        return v;
    }

    /** {@code (iter, (seq,), index)}. */
    public static PyTuple reduce(Object seq, Object index) {
        return PyTuple.of(builtin("iter"), PyTuple.of(seq), index);
    }

    /** {@code (iter, (empty,))}: an exhausted iterator pickles as an iterator over an empty sequence. */
    public static PyTuple reduceEmpty(Object empty) {
        return PyTuple.of(builtin("iter"), PyTuple.of(empty));
    }

    /**
     * {@link #reduceRest} of what {@code next} still yields until it raises StopIteration: the
     * iterators that keep no index reduce by draining a copy of themselves, as CPython does (so a
     * container changed meanwhile raises here too).
     */
    public static PyTuple reduceDraining(java.util.function.Supplier<Object> next) {
        java.util.List<Object> rest = new java.util.ArrayList<>();
        try {
            while (true) {
                rest.add(next.get());
            }
        } catch (PyException e) {
            if (!e.matches(Errors.StopIteration.get())) {
                throw e;
            }
        }
        return reduceRest(rest.toArray());
    }

    /** {@code (iter, (list,))} of a list of the items an iterator has left, as dict and set iterators pickle. */
    public static PyTuple reduceRest(Object[] rest) {
        return PyTuple.of(builtin("iter"), PyTuple.of(new PyList(rest)));
    }

    /**
     * Adds CPython's {@code __reduce__} (METH_NOARGS) and, when {@code setState} is not null,
     * {@code __setstate__} (METH_O) to an iterator type's spec.
     */
    public static TypeSpec methods(TypeSpec spec, String typeName, Class<?> cls, Reduce reduce, SetState setState) {
        PyBuiltinFunction r = BuiltinMethods.method(typeName, cls, "__reduce__", (self, a, k) -> {
            BuiltinMethods.none(typeName + ".__reduce__", a, k);
            return reduce.reduce(self);
        });
        r.describe("Return state information for pickling.", null);
        spec.attribute("__reduce__", r);
        if (setState != null) {
            PyBuiltinFunction s = BuiltinMethods.method(typeName, cls, "__setstate__", (self, a, k) -> {
                setState.set(self, BuiltinMethods.one(typeName + ".__setstate__", a, k));
                return PyNone.None;
            });
            s.describe("Set state information for unpickling.", null);
            spec.attribute("__setstate__", s);
        }
        return spec;
    }

    /** A state index as {@code PyLong_AsSsize_t}: an int, else "an integer is required". */
    public static long index(Object state) {
        return ClinicArgs.exactSsize(state);
    }
}
