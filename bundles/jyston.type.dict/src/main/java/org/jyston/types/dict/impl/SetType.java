package org.jyston.types.dict.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyFrozenSet;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySet;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code set} ({@link PySet}) and {@code frozenset} ({@link PyFrozenSet}), and {@code set_iterator}. */
final class SetType {
    private static final Object NI = PyNotImplemented.NotImplemented;
    private static final Object NONE = PyNone.None;

    private static final TypeRef SET = TypeRef.of("set");
    private static final TypeRef FROZENSET = TypeRef.of("frozenset");

    private SetType() {}

    static TypeSpec setSpec() {
        TypeSpec s = common(new TypeSpec("set").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).representation(PySet.class), "set")
                .doc("set() -> new empty set object\nset(iterable) -> new set object\n\n"
                        + "Build an unordered collection of unique elements.")
                .flag(TypeSpec.Flag.NEW_SEES_SUBCLASS)
                .call(Slot.NEW, (type, args, kw) -> {
                    BuiltinMethods.noKwUnlessOverridden("set", SET.get(), type, "__init__", kw);
                    return new PySet();
                })
                .call(Slot.INIT, (self, args, kw) -> {
                    BuiltinMethods.noKw("set", kw);
                    if (args.length > 1) {
                        throw Errors.typeError("set expected at most 1 argument, got " + args.length);
                    }
                    PySet set = (PySet) self;
                    set.clear();
                    if (args.length == 1) {
                        updateFrom(set, args[0]);
                    }
                    return NONE;
                })
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                });
        m(s, "set", "add", (self, a, k) -> {
            self.add(BuiltinMethods.one("set.add", a, k));
            return NONE;
        });
        m(s, "set", "discard", (self, a, k) -> {
            discard(self, BuiltinMethods.one("set.discard", a, k));
            return NONE;
        });
        m(s, "set", "remove", (self, a, k) -> {
            Object x = BuiltinMethods.one("set.remove", a, k);
            if (!discard(self, x)) {
                throw Errors.raise(Errors.KeyError, x);
            }
            return NONE;
        });
        m(s, "set", "pop", (self, a, k) -> {
            BuiltinMethods.none("set.pop", a, k);
            Object x = self.pop();
            if (x == null) {
                throw Errors.raise(Errors.KeyError, "pop from an empty set");
            }
            return x;
        });
        m(s, "set", "clear", (self, a, k) -> {
            BuiltinMethods.none("set.clear", a, k);
            self.clear();
            return NONE;
        });
        m(s, "set", "update", (self, a, k) -> {
            BuiltinMethods.noKw("set.update", k);
            for (Object other : a) {
                updateFrom(self, other);
            }
            return NONE;
        });
        m(s, "set", "intersection_update", (self, a, k) -> {
            BuiltinMethods.noKw("set.intersection_update", k);
            self.swapBodies(intersection(self, a));
            return NONE;
        });
        m(s, "set", "difference_update", (self, a, k) -> {
            BuiltinMethods.noKw("set.difference_update", k);
            for (Object other : a) {
                differenceUpdate(self, other);
            }
            return NONE;
        });
        m(s, "set", "symmetric_difference_update", (self, a, k) -> {
            symmetricDifferenceUpdate(self, BuiltinMethods.one("set.symmetric_difference_update", a, k));
            return NONE;
        });
        inplace(s, "__ior__", SetType::updateFrom);
        inplace(s, "__iand__", (self, o) -> self.swapBodies(intersection(self, o)));
        inplace(s, "__isub__", SetType::differenceUpdate);
        inplace(s, "__ixor__", SetType::symmetricDifferenceUpdate);
        return s;
    }

    static TypeSpec frozensetSpec() {
        return common(new TypeSpec("frozenset").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).representation(PyFrozenSet.class), "frozenset")
                .doc("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                        + "Build an immutable unordered collection of unique elements.")
                .flag(TypeSpec.Flag.NEW_SEES_SUBCLASS)
                .call(Slot.NEW, (type, argv, kw) -> {
                    BuiltinMethods.noKwUnlessOverridden("frozenset", FROZENSET.get(), type, "__init__", kw);
                    // keywords a subclass's own __init__ takes are not frozenset's
                    Object[] args = BuiltinMethods.nkw(kw) == 0 ? argv
                            : java.util.Arrays.copyOf(argv, argv.length - kw.length);
                    if (args.length > 1) {
                        throw Errors.typeError("frozenset expected at most 1 argument, got " + args.length);
                    }
                    if (args.length == 0) {
                        return new PyFrozenSet();
                    }
                    if (args[0] instanceof PyFrozenSet f && f.getClass() == PyFrozenSet.class) {
                        return f;
                    }
                    PyFrozenSet f = new PyFrozenSet();
                    updateFrom(f, args[0]);
                    return f;
                })
                .unary(Slot.HASH, SetType::frozensetHash);
    }

    /** What set and frozenset share. */
    private static TypeSpec common(TypeSpec s, String name) {
        s.flag(TypeSpec.Flag.BASETYPE)
                .unary(Slot.REPR, SetType::repr)
                .unary(Slot.LEN, self -> (long) ((PySet) self).size())
                .unary(Slot.BOOL, self -> ((PySet) self).size() != 0).internal(Slot.BOOL)
                .unary(Slot.ITER, self -> new Iter((PySet) self))
                .binary(Slot.CONTAINS, (self, x) -> contains((PySet) self, x))
                .binary(Slot.OR, (a, b) -> b instanceof PySet o ? union((PySet) a, new Object[] {o}) : NI)
                .binary(Slot.AND, (a, b) -> b instanceof PySet o ? intersection((PySet) a, o) : NI)
                .binary(Slot.SUB, (a, b) -> b instanceof PySet o ? difference((PySet) a, o) : NI)
                .binary(Slot.XOR, (a, b) -> b instanceof PySet o ? symmetricDifference((PySet) a, o) : NI)
                // reflected: CPython's set_or(other, self) and friends, the left operand deciding the result's type
                .binary(Slot.ROR, (a, b) -> b instanceof PySet o ? union(o, new Object[] {a}) : NI)
                .binary(Slot.RAND, (a, b) -> b instanceof PySet o ? intersection(o, (PySet) a) : NI)
                .binary(Slot.RSUB, (a, b) -> b instanceof PySet o ? difference(o, (PySet) a) : NI)
                .binary(Slot.RXOR, (a, b) -> b instanceof PySet o ? symmetricDifference(o, (PySet) a) : NI);
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> b instanceof PySet o ? (Object) compare((PySet) a, o, op) : NI);
        }
        // pickled (and deep-copied) as type(self)(list(self)), with the instance's __getstate__
        m(s, name, "__reduce__", (self, a, k) -> {
            BuiltinMethods.none(name + ".__reduce__", a, k);
            Object state = Op.call(Op.getattr(self, "__getstate__"));
            return PyTuple.of(PyType.of(self), PyTuple.of(new PyList(self.toArray())), state);
        });
        m(s, name, "copy", (self, a, k) -> {
            BuiltinMethods.none(name + ".copy", a, k);
            if (self instanceof PyFrozenSet f && PyType.of(f).getName().equals("frozenset")) {
                return f;
            }
            return copyOf(self, self instanceof PyFrozenSet);
        });
        m(s, name, "union", (self, a, k) -> {
            BuiltinMethods.noKw(name + ".union", k);
            return union(self, a);
        });
        m(s, name, "intersection", (self, a, k) -> {
            BuiltinMethods.noKw(name + ".intersection", k);
            return intersection(self, a);
        });
        m(s, name, "difference", (self, a, k) -> {
            BuiltinMethods.noKw(name + ".difference", k);
            return difference(self, a);
        });
        m(s, name, "symmetric_difference", (self, a, k) -> {
            return symmetricDifference(self, BuiltinMethods.one(name + ".symmetric_difference", a, k));
        });
        m(s, name, "issubset", (self, a, k) -> {
            PySet other = asSet(BuiltinMethods.one(name + ".issubset", a, k));
            return compare(self, other, Slot.LE);
        });
        m(s, name, "issuperset", (self, a, k) -> {
            Object other = BuiltinMethods.one(name + ".issuperset", a, k);
            if (other instanceof PySet o) {
                return compare(self, o, Slot.GE);
            }
            for (Object x : Util.toArray(other)) {
                if (!contains(self, x)) {
                    return false;
                }
            }
            return true;
        });
        m(s, name, "isdisjoint", (self, a, k) -> {
            Object other = BuiltinMethods.one(name + ".isdisjoint", a, k);
            for (Object x : Util.toArray(other)) {
                if (contains(self, x)) {
                    return false;
                }
            }
            return true;
        });
        return s;
    }

    static TypeSpec iteratorSpec() {
        TypeSpec s = new TypeSpec("set_iterator").flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Iter) self).next())
                .attribute("__length_hint__", BuiltinMethods.method("set_iterator", Iter.class, "__length_hint__",
                        (self, a, k) -> {
                            BuiltinMethods.none("set_iterator.__length_hint__", a, k);
                            return ((Iter) self).lengthHint();
                        }));
        return IterPickling.methods(s, "set_iterator", Iter.class, self -> ((Iter) self).reduce(), null);
    }

    @FunctionalInterface
    private interface SetMethod {
        Object call(PySet self, Object[] args, String[] kwnames);
    }

    private static void m(TypeSpec s, String type, String name, SetMethod body) {
        java.util.function.Predicate<Object> isSelf = type.equals("set")
                ? o -> o instanceof PySet && !(o instanceof PyFrozenSet) : o -> o instanceof PyFrozenSet;
        s.attribute(name, BuiltinMethods.method(type, isSelf, name, (self, a, k) -> body.call((PySet) self, a, k)));
    }

    @FunctionalInterface
    private interface InPlace {
        void apply(PySet self, PySet other);
    }

    /** {@code __ior__} and friends: sets only, else NotImplemented; the result is the set itself. */
    private static void inplace(TypeSpec s, String name, InPlace body) {
        s.attribute(name, BuiltinMethods.method("set", o -> o instanceof PySet && !(o instanceof PyFrozenSet), name, (self, a, k) -> {
            BuiltinMethods.wrapper(name, 1, a, k);
            if (!(a[0] instanceof PySet o)) {
                return NI;
            }
            body.apply((PySet) self, o);
            return self;
        }));
    }

    static PySet newSet(Object[] items) {
        PySet s = new PySet();
        addAll(s, items);
        return s;
    }

    static PyFrozenSet frozen(Object[] items) {
        PyFrozenSet f = new PyFrozenSet();
        addAll(f, items);
        return f;
    }

    static void addAll(PySet s, Object[] items) {
        for (Object x : items) {
            s.add(x);
        }
    }

    /**
     * Adds the members of an iterable as CPython's {@code set_update_internal}: a set is merged, an
     * exact dict presizes the table once, anything else is added item by item.
     */
    static void updateFrom(PySet s, Object other) {
        if (other instanceof PySet o) {
            s.update(o);
            return;
        }
        if (other != null && other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            Object[] keys = d.keys();
            s.presize(keys.length);
            addAll(s, keys);
            return;
        }
        addAll(s, Util.toArray(other));
    }

    /** An empty set of the builtin type of {@code like} (frozenset results for frozensets). */
    private static PySet emptyLike(PySet like) {
        return like instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    }

    /** A copy by merging, with the builtin type of {@code s} or a frozenset. */
    private static PySet copyOf(PySet s, boolean frozen) {
        PySet r = frozen ? new PyFrozenSet() : new PySet();
        r.update(s);
        return r;
    }

    /** A set to test membership in: the object itself if it is a set, else a set of its items. */
    private static PySet asSet(Object o) {
        return o instanceof PySet s ? s : newSet(Util.toArray(o));
    }

    /**
     * Membership, where an unhashable {@code set} key is looked up as the frozenset of its items (as
     * CPython does, so that {@code set() in {frozenset()}}).
     */
    static boolean contains(PySet s, Object x) {
        try {
            return s.contains(x);
        } catch (PyException e) {
            if (x instanceof PySet k && !(x instanceof PyFrozenSet) && e.matches(Errors.TypeError.get())) {
                return s.contains(frozen(k.toArray()));
            }
            throw e;
        }
    }

    private static boolean discard(PySet s, Object x) {
        try {
            return s.discard(x);
        } catch (PyException e) {
            if (x instanceof PySet k && !(x instanceof PyFrozenSet) && e.matches(Errors.TypeError.get())) {
                return s.discard(frozen(k.toArray()));
            }
            throw e;
        }
    }

    /** {@code union(*others)}: a copy of self, then each other merged in. */
    static PySet union(PySet self, Object[] others) {
        PySet r = copyOf(self, self instanceof PyFrozenSet);
        for (Object o : others) {
            updateFrom(r, o);
        }
        return r;
    }

    /** {@code intersection(*others)}: self (a copy if none) intersected with each in turn. */
    static PySet intersection(PySet self, Object[] others) {
        if (others.length == 0) {
            return copyOf(self, self instanceof PyFrozenSet);
        }
        PySet r = self;
        for (Object o : others) {
            r = intersection(r, o);
        }
        return r;
    }

    /**
     * {@code self & other}: walks the smaller of two sets (or the iterable) and adds what the other
     * holds, so the result's order is CPython's.
     */
    static PySet intersection(PySet self, Object other) {
        PySet r = emptyLike(self);
        if (other instanceof PySet os) {
            PySet big = self;
            PySet small = os;
            if (os.size() > self.size()) {
                big = os;
                small = self;
            }
            for (Object x : small.toArray()) {
                if (big.contains(x)) {
                    r.add(x);
                }
            }
            return r;
        }
        for (Object x : Util.toArray(other)) {
            if (contains(self, x)) {
                r.add(x);
            }
        }
        return r;
    }

    /** {@code difference(*others)}. */
    static PySet difference(PySet self, Object[] others) {
        if (others.length == 0) {
            return copyOf(self, self instanceof PyFrozenSet);
        }
        PySet r = difference(self, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(r, others[i]);
        }
        return r;
    }

    /**
     * {@code self - other}: members of self not in other, added in self's order; when self is much
     * larger than other (or other is no set), a copy of self with other's members removed.
     */
    static PySet difference(PySet self, Object other) {
        if (!(other instanceof PySet os) || (self.size() >> 2) > os.size()) {
            PySet r = copyOf(self, self instanceof PyFrozenSet);
            differenceUpdate(r, other);
            return r;
        }
        PySet r = emptyLike(self);
        for (Object x : self.toArray()) {
            if (!os.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    /** Removes other's members; a table left more than a quarter dummies is rebuilt. */
    static void differenceUpdate(PySet self, Object other) {
        if (other == self) {
            self.clear();
            return;
        }
        if (other instanceof PySet os) {
            if ((os.size() >> 3) > self.size()) {
                os = intersection(self, os);
            }
            for (Object x : os.toArray()) {
                self.discard(x);
            }
        } else {
            for (Object x : Util.toArray(other)) {
                discard(self, x);
            }
        }
        self.compact();
    }

    /** {@code self ^ other}: a copy of other (as a set of self's kind) updated with self. */
    static PySet symmetricDifference(PySet self, Object other) {
        PySet r = emptyLike(self);
        updateFrom(r, other);
        symmetricDifferenceUpdate(r, self);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet self, Object other) {
        if (other == self) {
            self.clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : newSet(Util.toArray(other));
        for (Object x : o.toArray()) {
            if (!self.discard(x)) {
                self.add(x);
            }
        }
    }

    private static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object x : a.toArray()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    static boolean compare(PySet a, PySet b, Slot op) {
        switch (op) {
            case EQ:
                return a.size() == b.size() && subset(a, b);
            case NE:
                return !(a.size() == b.size() && subset(a, b));
            case LT:
                return a.size() < b.size() && subset(a, b);
            case LE:
                return subset(a, b);
            case GT:
                return a.size() > b.size() && subset(b, a);
            default:
                return subset(b, a);
        }
    }

    private static Object repr(Object self) {
        PySet s = (PySet) self;
        String name = PyType.of(s).getName();
        boolean plainSet = name.equals("set");
        if (s.size() == 0) {
            return name + "()";
        }
        if (!Util.reprEnter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!plainSet) {
                sb.append(name).append('(');
            }
            sb.append('{');
            // a subclass's repr lists what its __iter__ gives, as CPython's (which makes a list of it)
            Object[] items = s.getClass() == PySet.class || s.getClass() == PyFrozenSet.class ? s.toArray()
                    : Util.iterate(s);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Op.repr(items[i]));
            }
            sb.append('}');
            if (!plainSet) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            Util.reprLeave(s);
        }
    }

    /**
     * CPython's frozenset hash, so values agree with CPython's: each member's hash is shuffled
     * ({@code ((h ^ 89869747) ^ (h << 16)) * 3644798167}) and the results are xor-ed, which does
     * not depend on the order; then the size is mixed in and the bits are dispersed.
     */
    private static Object frozensetHash(Object self) {
        PySet s = (PySet) self;
        PyFrozenSet f = s instanceof PyFrozenSet fs ? fs : null;
        if (f != null && f.cachedHash() != -1) {
            return f.cachedHash();
        }
        long h = 0;
        for (Object x : s.toArray()) {
            long e = Op.hash(x);
            h ^= ((e ^ 89869747L) ^ (e << 16)) * 3644798167L;
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        h = h == -1 ? 590923713L : h;
        if (f != null) {
            f.cacheHash(h);
        }
        return h;
    }

    /** {@code set_iterator}: notices a change of size, as CPython's. */
    static final class Iter implements PyObject {
        private static final TypeRef TYPE = TypeRef.of("set_iterator");
        private PySet set;
        private int size;
        private int seen;
        private final int[] next = new int[1];

        Iter(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public PyType getType() {
            return TYPE.get();
        }

        Object next() {
            PySet s = set;
            if (s == null) {
                throw Errors.raise(Errors.StopIteration);
            }
            if (s.size() != size) {
                size = -1;
                throw Errors.raise(Errors.RuntimeError, "Set changed size during iteration");
            }
            Object x = s.next(next);
            if (x == null) {
                set = null;
                throw Errors.raise(Errors.StopIteration);
            }
            seen++;
            return x;
        }

        long lengthHint() {
            return set != null && set.size() == size ? size - seen : 0;
        }

        /**
         * {@code __reduce__}: {@code (iter, (list,))} of what a copy of this iterator would still
         * yield (CPython drains a copy, so a set changed meanwhile raises here too).
         */
        Object reduce() {
            return IterPickling.reduceDraining(new Iter(this)::next);
        }

        private Iter(Iter other) {
            this.set = other.set;
            this.size = other.size;
            this.seen = other.seen;
            this.next[0] = other.next[0];
        }
    }
}
