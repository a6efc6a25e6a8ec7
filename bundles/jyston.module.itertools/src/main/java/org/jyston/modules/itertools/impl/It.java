package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * The base of every itertools iterator: its type (a Python subclass included, whose instances get
 * a dictionary) and {@link #next()}, which returns null at the end so that Java callers need no
 * exception; the {@code __next__} slot turns that into StopIteration.
 */
abstract class It implements PyObject, HasDict {
    private final PyType type;
    private PyDict dict;

    It(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType getType() {
        return type;
    }

    /** The next value, or null when exhausted. */
    abstract Object next();

    @Override
    public boolean allowsDict() {
        return type.isHeapType();
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    /** Makes an instance for {@code __new__}: {@code (type, args, kwnames)}. */
    @FunctionalInterface
    interface Maker {
        Object make(PyType type, Object[] args, String[] kw);
    }

    private static final Slot.Unary NEXT = self -> {
        Object x = ((It) self).next();
        if (x == null) {
            throw Errors.raise(Errors.StopIteration);
        }
        return x;
    };

    /**
     * The spec of an itertools type: {@code itertools.NAME}, subclassable (unless {@code base} is
     * false), hidden from builtins, its own iterator.
     */
    static TypeSpec spec(String name, boolean base, Maker maker) {
        TypeSpec s = new TypeSpec("itertools." + name).flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.NEW, (type, args, kw) -> maker.make((PyType) type, args, kw))
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, NEXT);
        if (base) {
            s.flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW);
        }
        return s;
    }

    /** A method of an itertools type (self at {@code args[0]}). */
    static void method(TypeSpec s, String name, Class<?> cls, ClinicArgs.Body body) {
        String shortName = s.name().substring(s.name().indexOf('.') + 1);
        s.attribute(name, ClinicArgs.method(shortName, s.name(), cls, name, body));
    }
}
