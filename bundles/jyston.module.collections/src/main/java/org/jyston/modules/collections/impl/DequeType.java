package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code collections.deque}, represented by {@link PyDeque}, with CPython 3.11's behaviour and messages. */
final class DequeType {
    static final String NAME = "collections.deque";
    static final TypeRef TYPE = TypeRef.of(NAME);
    private static final Object NI = PyNotImplemented.NotImplemented;
    private static final Object NONE = PyNone.None;

    private DequeType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN)
                .doc("deque([iterable[, maxlen]]) --> deque object\n\n"
                        + "A list-like sequence optimized for data accesses near its endpoints.")
                .attribute("__class_getitem__", PyGenericAlias.classGetItem())
                .attribute("__hash__", NONE)
                .attribute("maxlen", new GetSetDescriptor("maxlen", NAME,
                        self -> ((PyDeque) self).maxlen < 0 ? NONE : (Object) (long) ((PyDeque) self).maxlen, null,
                        "maximum size of a deque or None if unbounded"))
                .call(Slot.NEW, (type, args, kw) -> PyDeque.of((PyType) type))
                .call(Slot.INIT, DequeType::init)
                .unary(Slot.REPR, DequeType::repr)
                .unary(Slot.LEN, self -> (long) ((PyDeque) self).size())
                .unary(Slot.BOOL, self -> ((PyDeque) self).size() != 0).internal(Slot.BOOL)
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                })
                .unary(Slot.ITER, self -> new DequeIterator((PyDeque) self, false))
                .binary(Slot.GETITEM, DequeType::getitem)
                .ternary(Slot.SETITEM, (self, k, v) -> {
                    PyDeque d = (PyDeque) self;
                    long i = seqIndex(k);
                    synchronized (d) {
                        int p = position(i, d.size());
                        d.set(p, v);
                    }
                    return NONE;
                })
                .binary(Slot.DELITEM, (self, k) -> {
                    PyDeque d = (PyDeque) self;
                    long i = seqIndex(k);
                    synchronized (d) {
                        d.removeAt(position(i, d.size()));
                    }
                    return NONE;
                })
                .binary(Slot.CONTAINS, (self, x) -> {
                    PyDeque d = (PyDeque) self;
                    long start = stateOf(d);
                    for (int i = 0;; i++) {
                        Object item;
                        synchronized (d) {
                            if (i >= d.size()) {
                                return false;
                            }
                            item = d.get(i);
                        }
                        boolean eq = Op.eq(item, x);
                        checkState(d, start, Errors.RuntimeError);
                        if (eq) {
                            return true;
                        }
                    }
                })
                .binary(Slot.ADD, DequeType::concat)
                .binary(Slot.MUL, DequeType::repeat)
                .binary(Slot.RMUL, DequeType::repeat)
                .binary(Slot.IADD, (self, other) -> {
                    extend((PyDeque) self, other);
                    return self;
                })
                .binary(Slot.IMUL, (self, n) -> {
                    Long c = repeatCount(n);
                    if (c == null) {
                        throw cantMultiply(n);
                    }
                    inplaceRepeat((PyDeque) self, c);
                    return self;
                });
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> compare(a, b, op));
        }
        m(s, "append", (a, k) -> {
            ((PyDeque) a[0]).append(ClinicArgs.one("deque.append", a, k));
            return NONE;
        });
        m(s, "appendleft", (a, k) -> {
            ((PyDeque) a[0]).appendLeft(ClinicArgs.one("deque.appendleft", a, k));
            return NONE;
        });
        m(s, "pop", (a, k) -> {
            ClinicArgs.none("deque.pop", a, k);
            Object x = ((PyDeque) a[0]).pop();
            if (x == null) {
                throw Errors.raise(Errors.IndexError, "pop from an empty deque");
            }
            return x;
        });
        m(s, "popleft", (a, k) -> {
            ClinicArgs.none("deque.popleft", a, k);
            Object x = ((PyDeque) a[0]).popLeft();
            if (x == null) {
                throw Errors.raise(Errors.IndexError, "pop from an empty deque");
            }
            return x;
        });
        m(s, "extend", (a, k) -> {
            extend((PyDeque) a[0], ClinicArgs.one("deque.extend", a, k));
            return NONE;
        });
        m(s, "extendleft", (a, k) -> {
            extendLeft((PyDeque) a[0], ClinicArgs.one("deque.extendleft", a, k));
            return NONE;
        });
        m(s, "rotate", (a, k) -> {
            ClinicArgs.noKw("deque.rotate", k);
            ClinicArgs.positional("deque.rotate", a.length - 1, 0, 1);
            ((PyDeque) a[0]).rotate(a.length > 1 ? ClinicArgs.ssize(a[1]) : 1);
            return NONE;
        });
        m(s, "reverse", (a, k) -> {
            ClinicArgs.none("deque.reverse", a, k);
            ((PyDeque) a[0]).reverse();
            return NONE;
        });
        m(s, "clear", (a, k) -> {
            ClinicArgs.none("deque.clear", a, k);
            ((PyDeque) a[0]).clear();
            return NONE;
        });
        m(s, "count", (a, k) -> {
            PyDeque d = (PyDeque) a[0];
            Object x = ClinicArgs.one("deque.count", a, k);
            long start = stateOf(d);
            long n = 0;
            for (int i = 0;; i++) {
                Object item;
                synchronized (d) {
                    if (i >= d.size()) {
                        return n;
                    }
                    item = d.get(i);
                }
                boolean eq = Op.eq(item, x);
                checkState(d, start, Errors.RuntimeError);
                if (eq) {
                    n++;
                }
            }
        });
        m(s, "index", DequeType::index);
        m(s, "insert", (a, k) -> {
            ClinicArgs.noKw("insert", k);
            if (a.length != 3) {
                throw Errors.typeError("insert() takes exactly 2 arguments (" + (a.length - 1) + " given)");
            }
            PyDeque d = (PyDeque) a[0];
            long i = ClinicArgs.ssize(a[1]);
            synchronized (d) {
                int n = d.size();
                if (d.maxlen == n) {
                    throw Errors.raise(Errors.IndexError, "deque already at its maximum size");
                }
                long p = i >= n ? n : i <= -n ? 0 : i < 0 ? i + n : i;
                d.insertAt((int) p, a[2]);
            }
            return NONE;
        });
        m(s, "remove", (a, k) -> {
            PyDeque d = (PyDeque) a[0];
            Object x = ClinicArgs.one("deque.remove", a, k);
            long start = stateOf(d);
            for (int i = 0;; i++) {
                Object item;
                synchronized (d) {
                    if (i >= d.size()) {
                        throw Errors.valueError(Op.repr(x) + " is not in deque");
                    }
                    item = d.get(i);
                }
                boolean eq = Op.eq(item, x);
                checkState(d, start, Errors.IndexError);
                if (eq) {
                    synchronized (d) {
                        if (d.state == start && i < d.size()) {
                            d.removeAt(i);
                        }
                    }
                    return NONE;
                }
            }
        });
        m(s, "copy", (a, k) -> {
            ClinicArgs.none("deque.copy", a, k);
            return copy((PyDeque) a[0]);
        });
        m(s, "__copy__", (a, k) -> {
            ClinicArgs.none("deque.__copy__", a, k);
            return copy((PyDeque) a[0]);
        });
        m(s, "__reversed__", (a, k) -> {
            ClinicArgs.none("deque.__reversed__", a, k);
            return new DequeIterator((PyDeque) a[0], true);
        });
        m(s, "__reduce__", (a, k) -> {
            ClinicArgs.none("deque.__reduce__", a, k);
            PyDeque d = (PyDeque) a[0];
            Object state = NONE;
            if (d instanceof HasDict h) {
                PyDict dict = h.getDictIfPresent();
                state = dict == null || dict.size() == 0 ? NONE : dict;
            }
            Object ctorArgs = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, (long) d.maxlen);
            return PyTuple.of(d.getType(), ctorArgs, state, new DequeIterator(d, false));
        });
        m(s, "__sizeof__", (a, k) -> {
            ClinicArgs.none("deque.__sizeof__", a, k);
            PyDeque d = (PyDeque) a[0];
            // CPython's layout: the object header and blocks of 64 slots
            long blocks = (d.size() + 64) / 64;
            return 624L + (blocks - 1) * 528L;
        });
        return s;
    }

    private static void m(TypeSpec s, String name, ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method("deque", NAME, PyDeque.class, name, body));
    }

    private static long stateOf(PyDeque d) {
        synchronized (d) {
            return d.state;
        }
    }

    private static void checkState(PyDeque d, long start, TypeRef error) {
        synchronized (d) {
            if (d.state != start) {
                throw Errors.raise(error, "deque mutated during iteration");
            }
        }
    }

    // ---- construction

    private static Object init(Object self, Object[] args, String[] kw) {
        PyDeque d = (PyDeque) self;
        int nkw = ClinicArgs.nkw(kw);
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("deque() takes at most 2 arguments (" + args.length + " given)");
        }
        Object iterable = null;
        Object maxlenObj = null;
        if (npos > 0) {
            iterable = args[0];
        }
        if (npos > 1) {
            maxlenObj = args[1];
        }
        for (int i = 0; i < nkw; i++) {
            String n = kw[i];
            if (n.equals("iterable")) {
                if (iterable != null) {
                    throw Errors.typeError("argument for deque() given by name ('iterable') and position (1)");
                }
                iterable = args[npos + i];
            } else if (n.equals("maxlen")) {
                if (maxlenObj != null) {
                    throw Errors.typeError("argument for deque() given by name ('maxlen') and position (2)");
                }
                maxlenObj = args[npos + i];
            } else {
                throw Errors.typeError("'" + n + "' is an invalid keyword argument for deque()");
            }
        }
        int maxlen = -1;
        if (maxlenObj != null && maxlenObj != NONE) {
            long m = ClinicArgs.exactSsize(maxlenObj);
            if (m < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        synchronized (d) {
            d.maxlen = maxlen;
            if (d.size() > 0) {
                d.clear();
            }
        }
        if (iterable != null) {
            extend(d, iterable);
        }
        return NONE;
    }

    static void extend(PyDeque d, Object iterable) {
        if (iterable == d) {
            iterable = new PyList(d.toArray());
        }
        Object it = Op.iter(iterable);
        if (d.maxlen == 0) {
            while (Op.next(it) != null) {
                // consumed, as CPython's consume_iterator
            }
            return;
        }
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            d.append(x);
        }
    }

    private static void extendLeft(PyDeque d, Object iterable) {
        if (iterable == d) {
            iterable = new PyList(d.toArray());
        }
        Object it = Op.iter(iterable);
        if (d.maxlen == 0) {
            while (Op.next(it) != null) {
                // consumed
            }
            return;
        }
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            d.appendLeft(x);
        }
    }

    /** {@code copy()}: exact deques copy directly; a subclass is called as {@code type(d)(d[, maxlen])}. */
    static Object copy(PyDeque d) {
        PyType t = d.getType();
        if (t == TYPE.get()) {
            PyDeque c = PyDeque.of(t);
            c.maxlen = d.maxlen;
            Object[] a = d.toArray();
            if (c.maxlen >= 0 && a.length > c.maxlen) {
                a = java.util.Arrays.copyOfRange(a, a.length - c.maxlen, a.length);
            }
            c.setAll(a);
            return c;
        }
        Object r = d.maxlen < 0 ? Op.call(t, d) : Op.call(t, d, (long) d.maxlen);
        if (!(r instanceof PyDeque)) {
            throw Errors.typeError(t.getName() + "() must return a deque, not " + Op.typeName(r));
        }
        return r;
    }

    // ---- text

    private static final ThreadLocal<java.util.IdentityHashMap<Object, Object>> IN_REPR =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    static boolean reprEnter(Object o) {
        return IN_REPR.get().put(o, o) == null;
    }

    static void reprLeave(Object o) {
        IN_REPR.get().remove(o);
    }

    private static Object repr(Object self) {
        PyDeque d = (PyDeque) self;
        if (!reprEnter(d)) {
            return "[...]";
        }
        try {
            String list = Op.repr(new PyList(d.toArray()));
            String name = d.getType().getSimpleName();
            return d.maxlen >= 0 ? name + "(" + list + ", maxlen=" + d.maxlen + ")" : name + "(" + list + ")";
        } finally {
            reprLeave(d);
        }
    }

    // ---- indexing

    /** A sequence index as CPython's {@code PySequence_GetItem} path takes it. */
    private static long seqIndex(Object key) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof BigInteger)
                && PyType.of(key).unary(Slot.INDEX) == null
                && !(org.jyston.api.object.Derived.unwrap(key) instanceof Long)
                && !(org.jyston.api.object.Derived.unwrap(key) instanceof BigInteger)) {
            throw Errors.typeError("sequence index must be integer, not '" + Op.typeName(key) + "'");
        }
        Object v = Op.index(key);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.raise(Errors.IndexError, "cannot fit 'int' into an index-sized integer");
    }

    /** The array position of index {@code i} in a deque of {@code n} items, or IndexError. */
    private static int position(long i, int n) {
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.raise(Errors.IndexError, "deque index out of range");
        }
        return (int) i;
    }

    private static Object getitem(Object self, Object key) {
        PyDeque d = (PyDeque) self;
        long i = seqIndex(key);
        synchronized (d) {
            return d.get(position(i, d.size()));
        }
    }

    private static Object index(Object[] a, String[] k) {
        ClinicArgs.noKw("index", k);
        if (a.length < 2) {
            throw Errors.typeError("index() takes at least 1 argument (" + (a.length - 1) + " given)");
        }
        if (a.length > 4) {
            throw Errors.typeError("index() takes at most 3 arguments (" + (a.length - 1) + " given)");
        }
        PyDeque d = (PyDeque) a[0];
        Object x = a[1];
        long start = a.length > 2 ? ClinicArgs.sliceIndex(a[2]) : 0;
        long stop = a.length > 3 ? ClinicArgs.sliceIndex(a[3]) : Long.MAX_VALUE;
        int n = d.size();
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        stop = Math.min(stop, n);
        start = Math.min(start, stop);
        long st = stateOf(d);
        for (long i = start; i < stop; i++) {
            Object item;
            synchronized (d) {
                if (i >= d.size()) {
                    break;
                }
                item = d.get((int) i);
            }
            boolean eq = Op.eq(item, x);
            checkState(d, st, Errors.RuntimeError);
            if (eq) {
                return i;
            }
        }
        throw Errors.valueError(Op.repr(x) + " is not in deque");
    }

    // ---- operators

    private static Object concat(Object a, Object b) {
        if (!(b instanceof PyDeque)) {
            PyType rt = PyType.of(b);
            Slot.Binary rf = rt.binary(Slot.RADD);
            if (rf != null && rt != PyType.of(a) && !isSequence(b)) {
                Object r = rf.apply(b, a);
                if (r != NI) {
                    return r;
                }
            }
            throw Errors.typeError("can only concatenate deque (not \"" + Op.typeName(b) + "\") to deque");
        }
        Object c = copy((PyDeque) a);
        extend((PyDeque) c, b);
        return c;
    }

    /** Whether the right operand's arithmetic slots are sequence operations (no number protocol to try). */
    private static boolean isSequence(Object b) {
        return b instanceof PyList || b instanceof PyTuple || b instanceof String || b instanceof PyDeque;
    }

    private static Object repeat(Object a, Object n) {
        Long c = repeatCount(n);
        if (c == null) {
            if (n instanceof PyDeque) {
                return NI;
            }
            throw cantMultiply(n);
        }
        PyDeque r = (PyDeque) copy((PyDeque) a);
        inplaceRepeat(r, c);
        return r;
    }

    private static RuntimeException cantMultiply(Object n) {
        return Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
    }

    /** The repeat count of {@code * n}: null when {@code n} is no integer; OverflowError past 64 bits. */
    private static Long repeatCount(Object n) {
        if (!(n instanceof Long || n instanceof Boolean || n instanceof BigInteger)
                && PyType.of(n).unary(Slot.INDEX) == null
                && !(org.jyston.api.object.Derived.unwrap(n) instanceof Long)
                && !(org.jyston.api.object.Derived.unwrap(n) instanceof BigInteger)) {
            return null;
        }
        Object v = Op.index(n);
        if (v instanceof Long l) {
            return l;
        }
        if (((BigInteger) v).signum() < 0) {
            return 0L;
        }
        throw Errors.overflow("cannot fit 'int' into an index-sized integer");
    }

    /** {@code d *= n}: the repeated items, keeping only the last {@code maxlen} of them. */
    private static void inplaceRepeat(PyDeque d, long n) {
        synchronized (d) {
            if (n <= 0) {
                d.clear();
                return;
            }
            Object[] a = d.toArray();
            int size = a.length;
            if (size == 0 || n == 1) {
                if (n != 1) {
                    d.state++;
                }
                return;
            }
            long total = size * n;
            if (n > (Integer.MAX_VALUE - 8) / size && (d.maxlen < 0 || total / n != size)) {
                throw Errors.raise(Errors.MemoryError);
            }
            long keep = d.maxlen >= 0 ? Math.min(total, d.maxlen) : total;
            if (keep > Integer.MAX_VALUE - 8) {
                throw Errors.raise(Errors.MemoryError);
            }
            Object[] out = new Object[(int) keep];
            long from = total - keep;
            for (int i = 0; i < out.length; i++) {
                out[i] = a[(int) ((from + i) % size)];
            }
            d.setAll(out);
        }
    }

    private static Object compare(Object v, Object w, Slot op) {
        if (!(v instanceof PyDeque a) || !(w instanceof PyDeque b)) {
            return NI;
        }
        int vs = a.size();
        int ws = b.size();
        if (op == Slot.EQ) {
            if (a == b) {
                return true;
            }
            if (vs != ws) {
                return false;
            }
        }
        if (op == Slot.NE) {
            if (a == b) {
                return false;
            }
            if (vs != ws) {
                return true;
            }
        }
        DequeIterator it1 = new DequeIterator(a, false);
        DequeIterator it2 = new DequeIterator(b, false);
        Object x;
        Object y;
        for (;;) {
            x = it1.next();
            y = it2.next();
            if (x == null || y == null) {
                break;
            }
            if (!Op.eq(x, y)) {
                return Op.compare(op, x, y);
            }
        }
        switch (op) {
            case LT: return y != null;
            case LE: return x == null;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x != null;
            default: return y == null;
        }
    }
}
