package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code itertools._tee}: iterators sharing one source through a chain of {@link Data} links of
 * 57 values each (CPython's {@code LINKCELLS}); a link is dropped when no tee points at it any
 * more. All tees of a family lock their {@link Source}.
 */
final class Tee extends It {
    static final String NAME = "itertools._tee";
    static final String DATA_NAME = "itertools._tee_dataobject";
    private static final TypeRef TYPE = TypeRef.of(NAME);
    private static final TypeRef DATA_TYPE = TypeRef.of(DATA_NAME);
    static final int LINKCELLS = 57;

    /** The shared source iterator and the re-entrance flag. */
    static final class Source {
        final Object it;
        boolean running;

        Source(Object it) {
            this.it = it;
        }
    }

    /** {@code itertools._tee_dataobject}: one link of buffered values. */
    static final class Data implements PyObject {
        final Source source;
        final Object[] values = new Object[LINKCELLS];
        int count;
        Data next;

        Data(Source source) {
            this.source = source;
        }

        @Override
        public PyType getType() {
            return DATA_TYPE.get();
        }

        /** The value at {@code i}, reading the source when {@code i} is the next unread one; null at the end. */
        Object get(int i) {
            if (i < count) {
                return values[i];
            }
            if (source.running) {
                throw Errors.raise(Errors.RuntimeError, "cannot re-enter the tee iterator");
            }
            source.running = true;
            Object v;
            try {
                v = Op.next(source.it);
            } finally {
                source.running = false;
            }
            if (v == null) {
                return null;
            }
            values[count++] = v;
            return v;
        }

        Data nextLink() {
            if (next == null) {
                next = new Data(source);
            }
            return next;
        }
    }

    private Data data;
    private int index;

    private Tee(Data data, int index) {
        super(TYPE.get());
        this.data = data;
        this.index = index;
    }

    @Override
    Object next() {
        synchronized (data.source) {
            if (index >= LINKCELLS) {
                data = data.nextLink();
                index = 0;
            }
            Object v = data.get(index);
            if (v != null) {
                index++;
            }
            return v;
        }
    }

    Tee copy() {
        synchronized (data.source) {
            return new Tee(data, index);
        }
    }

    /** {@code _tee(iterable)}: a copy of a tee, else a new family over {@code iter(iterable)}. */
    static Tee fromIterable(Object iterable) {
        Object it = Op.iter(iterable);
        if (it instanceof Tee t) {
            return t.copy();
        }
        return new Tee(new Data(new Source(it)), 0);
    }

    static TypeSpec spec() {
        TypeSpec s = It.spec("_tee", false, (type, args, kw) -> {
            ClinicArgs.noKw("_tee", kw);
            ClinicArgs.positional("_tee", args.length, 1, 1);
            return fromIterable(args[0]);
        }).doc("Iterator wrapped to make it copyable.");
        It.method(s, "__copy__", Tee.class, (a, k) -> {
            ClinicArgs.none("_tee.__copy__", a, k);
            return ((Tee) a[0]).copy();
        });
        return s;
    }

    static TypeSpec dataSpec() {
        return new TypeSpec(DATA_NAME).flag(TypeSpec.Flag.HIDDEN).doc("teedataobject(iterable, values, next, /)\n--\n\n"
                + "Data container common to multiple tee objects.")
                .call(Slot.NEW, (type, args, kw) -> {
                    ClinicArgs.noKw("teedataobject", kw);
                    ClinicArgs.positional("teedataobject", args.length, 3, 3);
                    throw Errors.typeError("teedataobject() cannot be made directly in Jyston");
                });
    }

    /** {@code tee(iterable, n=2, /)}. */
    static PyBuiltinFunction function() {
        return new PyBuiltinFunction("tee", (args, kw) -> {
            ClinicArgs.noKw("itertools.tee", kw);
            ClinicArgs.positional("tee", args.length, 1, 2);
            long n = args.length > 1 ? ClinicArgs.ssize(args[1]) : 2;
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw Errors.raise(Errors.MemoryError);
            }
            Object[] out = new Object[(int) n];
            Object it = Op.iter(args[0]);
            Object first;
            Object copier = null;
            if (it instanceof Tee t) {
                first = t;
            } else {
                copier = copyMethod(it);
                first = copier != null ? it : fromIterable(it);
            }
            out[0] = first;
            for (int i = 1; i < out.length; i++) {
                out[i] = copier != null ? Op.call(copier) : ((Tee) first).copy();
            }
            return PyTuple.of(out);
        });
    }

    /** The iterator's {@code __copy__}, bound, or null if it has none. */
    private static Object copyMethod(Object it) {
        if (PyType.of(it).lookup("__copy__") == null) {
            return null;
        }
        try {
            return Op.getattr(it, "__copy__");
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return null;
            }
            throw e;
        }
    }
}
