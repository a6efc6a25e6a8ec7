package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: a position and a count
 * left, and the deque's {@code state} when iteration began; a structural change of the deque makes
 * the next step raise "deque mutated during iteration", as CPython's does.
 */
final class DequeIterator implements PyObject {
    static final String FORWARD = "_collections._deque_iterator";
    static final String REVERSE = "_collections._deque_reverse_iterator";
    private static final TypeRef FORWARD_TYPE = TypeRef.of(FORWARD);
    private static final TypeRef REVERSE_TYPE = TypeRef.of(REVERSE);

    private final PyDeque deque;
    private final boolean reverse;
    private final long state;
    /** The logical index of the next item. */
    private int pos;
    private int counter;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        synchronized (deque) {
            this.state = deque.state;
            this.counter = deque.size();
            this.pos = reverse ? counter - 1 : 0;
        }
    }

    @Override
    public PyType getType() {
        return reverse ? REVERSE_TYPE.get() : FORWARD_TYPE.get();
    }

    /** The next item, or null at the end. */
    Object next() {
        PyDeque d = deque;
        synchronized (d) {
            if (d.state != state) {
                counter = 0;
                throw Errors.raise(Errors.RuntimeError, "deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            Object x = d.get(pos);
            pos += reverse ? -1 : 1;
            counter--;
            return x;
        }
    }

    static TypeSpec spec(boolean reverse) {
        String name = reverse ? REVERSE : FORWARD;
        String shortName = name.substring(name.indexOf('.') + 1);
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.NEW, (type, args, kw) -> make(reverse, args, kw))
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> {
                    Object x = ((DequeIterator) self).next();
                    if (x == null) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return x;
                })
                .attribute("__length_hint__", ClinicArgs.method(shortName, name, DequeIterator.class, "__length_hint__",
                        (a, k) -> {
                            ClinicArgs.none(shortName + ".__length_hint__", a, k);
                            DequeIterator it = (DequeIterator) a[0];
                            synchronized (it.deque) {
                                return (long) it.counter;
                            }
                        }))
                .attribute("__reduce__", ClinicArgs.method(shortName, name, DequeIterator.class, "__reduce__", (a, k) -> {
                    ClinicArgs.none(shortName + ".__reduce__", a, k);
                    DequeIterator it = (DequeIterator) a[0];
                    long done;
                    synchronized (it.deque) {
                        done = it.deque.size() - it.counter;
                    }
                    return PyTuple.of(it.getType(), PyTuple.of(it.deque, done));
                }));
    }

    /** {@code _deque_iterator(deque, index=0)}: an iterator advanced {@code index} steps. */
    private static Object make(boolean reverse, Object[] args, String[] kw) {
        if (ClinicArgs.nkw(kw) > 0) {
            throw Errors.typeError((reverse ? "_deque_reverse_iterator" : "_deque_iterator")
                    + "() takes no keyword arguments");
        }
        if (args.length < 1 || args.length > 2) {
            throw Errors.typeError("function takes at " + (args.length < 1 ? "least 1" : "most 2") + " argument"
                    + (args.length < 1 ? "" : "s") + " (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyDeque d)) {
            throw Errors.typeError("argument 1 must be " + DequeType.NAME + ", not " + org.jyston.api.object.Op.typeName(args[0]));
        }
        long index = args.length > 1 ? ClinicArgs.ssize(args[1]) : 0;
        DequeIterator it = new DequeIterator(d, reverse);
        for (long i = 0; i < index; i++) {
            if (it.next() == null) {
                break;
            }
        }
        return it;
    }
}
