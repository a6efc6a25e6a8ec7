package org.jyston.types.dict.impl;

import org.jyston.api.object.BuiltinMethods;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.PyException;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySet;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items} and the dict iterators. */
final class DictViews {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    private static final String[] VIEW_NAMES = {"dict_keys", "dict_values", "dict_items"};
    private static final String[] ITER_NAMES = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
    private static final String[] REVERSE_NAMES = {"dict_reversekeyiterator", "dict_reversevalueiterator",
        "dict_reverseitemiterator"};
    private static final TypeRef[] VIEW_TYPES = refs(VIEW_NAMES);
    private static final TypeRef[] ITER_TYPES = refs(ITER_NAMES);
    private static final TypeRef[] REVERSE_TYPES = refs(REVERSE_NAMES);
    private static final Object NI = PyNotImplemented.NotImplemented;

    private DictViews() {}

    private static TypeRef[] refs(String[] names) {
        TypeRef[] r = new TypeRef[names.length];
        for (int i = 0; i < names.length; i++) {
            r[i] = TypeRef.of(names[i]);
        }
        return r;
    }

    /** A view of a dict's keys, values or items. */
    static final class View implements PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType getType() {
            return VIEW_TYPES[kind].get();
        }
    }

    static Object item(Object[] entry, int kind) {
        return kind == KEYS ? entry[0] : kind == VALUES ? entry[1] : PyTuple.of(entry[0], entry[1]);
    }

    /** The forward iterators: they walk the entries by position and notice changes of size, as CPython's. */
    static final class Iter implements PyObject {
        private final int kind;
        private PyDict dict;
        private int size;
        private int pos;
        private int remaining;
        private final int[] next = new int[1];

        Iter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.remaining = size;
        }

        Iter(PyDict dict, int kind, boolean unused) {
            this(dict, kind);
        }

        @Override
        public PyType getType() {
            return ITER_TYPES[kind].get();
        }

        Object next() {
            PyDict d = dict;
            if (d == null) {
                throw Errors.raise(Errors.StopIteration);
            }
            Object[] e;
            synchronized (d) {
                if (d.size() != size) {
                    size = -1; // sticky, as in CPython
                    throw Errors.raise(Errors.RuntimeError, "dictionary changed size during iteration");
                }
                e = d.entryAt(pos, next);
                if (e != null) {
                    if (remaining == 0) {
                        dict = null;
                        throw Errors.raise(Errors.RuntimeError, "dictionary keys changed during iteration");
                    }
                    pos = next[0];
                    remaining--;
                }
            }
            if (e == null) {
                dict = null;
                throw Errors.raise(Errors.StopIteration);
            }
            return item(e, kind);
        }

        long lengthHint() {
            return dict != null && dict.size() == size ? remaining : 0;
        }

        /**
         * {@code __reduce__}: {@code (iter, (list,))} of what a copy of this iterator would still
         * yield (CPython drains a copy, so a dictionary changed meanwhile raises here too).
         */
        Object reduce() {
            return IterPickling.reduceDraining(new Iter(this)::next);
        }

        private Iter(Iter other) {
            this.kind = other.kind;
            PyDict d = other.dict;
            if (d != null) {
                synchronized (d) {
                    this.dict = d;
                    this.size = other.size;
                    this.pos = other.pos;
                    this.remaining = other.remaining;
                }
            }
        }
    }

    /** The reverse iterators: a snapshot of the keys, walked backwards, checking the size each step. */
    static final class ReverseIter implements PyObject {
        private final int kind;
        private PyDict dict;
        private final Object[] keys;
        private final int size;
        private int pos;

        ReverseIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.keys = dict.keys();
            this.size = keys.length;
            this.pos = keys.length - 1;
        }

        @Override
        public PyType getType() {
            return REVERSE_TYPES[kind].get();
        }

        Object next() {
            PyDict d = dict;
            if (d == null || pos < 0) {
                dict = null;
                throw Errors.raise(Errors.StopIteration);
            }
            if (d.size() != size) {
                dict = null;
                throw Errors.raise(Errors.RuntimeError, "dictionary changed size during iteration");
            }
            Object key = keys[pos--];
            if (kind == KEYS) {
                return key;
            }
            Object v = d.get(key);
            if (v == null) {
                dict = null;
                throw Errors.raise(Errors.RuntimeError, "dictionary keys changed during iteration");
            }
            return kind == VALUES ? v : PyTuple.of(key, v);
        }

        long lengthHint() {
            return dict == null ? 0 : pos + 1;
        }

        /** {@code __reduce__}: {@code (iter, (list,))} of what is left, as the forward iterators. */
        Object reduce() {
            return IterPickling.reduceDraining(new ReverseIter(this)::next);
        }

        private ReverseIter(ReverseIter other) {
            this.kind = other.kind;
            this.dict = other.dict;
            this.keys = other.keys;
            this.size = other.size;
            this.pos = other.pos;
        }
    }

    static List<TypeSpec> specs() {
        List<TypeSpec> out = new ArrayList<>();
        for (int kind = KEYS; kind <= ITEMS; kind++) {
            out.add(viewSpec(kind));
        }
        for (int kind = KEYS; kind <= ITEMS; kind++) {
            String name = ITER_NAMES[kind];
            out.add(new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                    .unary(Slot.ITER, self -> self)
                    .unary(Slot.NEXT, self -> ((Iter) self).next())
                    .attribute("__length_hint__", BuiltinMethods.method(name, Iter.class, "__length_hint__", (self, a, k) -> {
                        BuiltinMethods.none(name + ".__length_hint__", a, k);
                        return ((Iter) self).lengthHint();
                    })));
            IterPickling.methods(out.get(out.size() - 1), name, Iter.class, self -> ((Iter) self).reduce(), null);
        }
        for (int kind = KEYS; kind <= ITEMS; kind++) {
            String name = REVERSE_NAMES[kind];
            out.add(new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                    .unary(Slot.ITER, self -> self)
                    .unary(Slot.NEXT, self -> ((ReverseIter) self).next())
                    .attribute("__length_hint__", BuiltinMethods.method(name, ReverseIter.class, "__length_hint__",
                            (self, a, k) -> {
                                BuiltinMethods.none(name + ".__length_hint__", a, k);
                                return ((ReverseIter) self).lengthHint();
                            })));
            IterPickling.methods(out.get(out.size() - 1), name, ReverseIter.class, self -> ((ReverseIter) self).reduce(),
                    null);
        }
        return out;
    }

    private static TypeSpec viewSpec(int kind) {
        String name = VIEW_NAMES[kind];
        TypeSpec s = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.LEN, self -> (long) ((View) self).dict.size())
                .unary(Slot.ITER, self -> new Iter(((View) self).dict, kind))
                .unary(Slot.REPR, DictViews::repr)
                .binary(Slot.CONTAINS, (self, x) -> contains((View) self, x))
                // view.mapping: a read-only proxy of the dict the view looks at
                .binary(Slot.GETATTRIBUTE, (self, attr) -> "mapping".equals(attr)
                        ? new org.jyston.api.object.PyMappingProxy(((View) self).dict)
                        : org.jyston.api.object.Attributes.genericGet(self, (String) attr));
        s.attribute("__reversed__", BuiltinMethods.method(name, View.class, "__reversed__", (self, a, k) -> {
            BuiltinMethods.none(name + ".__reversed__", a, k);
            return new ReverseIter(((View) self).dict, kind);
        }));
        if (kind == VALUES) {
            return s;
        }
        s.binary(Slot.SUB, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(a));
            SetType.differenceUpdate(r, b);
            return r;
        });
        s.binary(Slot.RSUB, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(b));
            SetType.differenceUpdate(r, a);
            return r;
        });
        s.binary(Slot.AND, DictViews::intersect).binary(Slot.RAND, DictViews::intersect);
        s.binary(Slot.OR, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(a));
            SetType.addAll(r, Util.toArray(b));
            return r;
        });
        s.binary(Slot.ROR, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(b));
            SetType.addAll(r, Util.toArray(a));
            return r;
        });
        s.binary(Slot.XOR, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(a));
            SetType.symmetricDifferenceUpdate(r, b);
            return r;
        });
        s.binary(Slot.RXOR, (a, b) -> {
            PySet r = SetType.newSet(Util.toArray(b));
            SetType.symmetricDifferenceUpdate(r, a);
            return r;
        });
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> compare(a, b, op));
        }
        s.attribute("isdisjoint", BuiltinMethods.method(name, View.class, "isdisjoint", (self, a, k) -> {
            Object other = BuiltinMethods.one(name + ".isdisjoint", a, k);
            for (Object x : Util.toArray(other)) {
                if (contains((View) self, x)) {
                    return false;
                }
            }
            return true;
        }));
        return s;
    }

    /** {@code view & other} (either order): the items of the other iterable that the view holds. */
    private static Object intersect(Object a, Object b) {
        View v = (View) a;
        PySet r = SetType.newSet(new Object[0]);
        for (Object x : Util.toArray(b)) {
            if (contains(v, x)) {
                r.add(x);
            }
        }
        return r;
    }

    static boolean contains(View v, Object x) {
        switch (v.kind) {
            case KEYS:
                return v.dict.containsKey(x);
            case ITEMS: {
                if (!(x instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                Object value = v.dict.get(t.get(0));
                return value != null && Op.eq(value, t.get(1));
            }
            default:
                for (Object value : v.dict.values()) {
                    if (Op.eq(value, x)) {
                        return true;
                    }
                }
                return false;
        }
    }

    private static boolean setLike(Object o) {
        return o instanceof PySet || o instanceof View v && v.kind != VALUES;
    }

    /** Comparisons of key and item views with sets and other such views: subset and superset, by size. */
    private static Object compare(Object a, Object b, Slot op) {
        if (!setLike(b)) {
            return NI;
        }
        long la = Op.len(a);
        long lb = Op.len(b);
        switch (op) {
            case EQ:
                return la == lb && containedIn(a, b);
            case NE:
                return !(la == lb && containedIn(a, b));
            case LT:
                return la < lb && containedIn(a, b);
            case LE:
                return la <= lb && containedIn(a, b);
            case GT:
                return la > lb && containedIn(b, a);
            default:
                return la >= lb && containedIn(b, a);
        }
    }

    private static boolean containedIn(Object a, Object b) {
        Slot.Binary in = PyType.of(b).binary(Slot.CONTAINS);
        for (Object x : Util.toArray(a)) {
            if (!Op.isTrue(in.apply(b, x))) {
                return false;
            }
        }
        return true;
    }

    private static Object repr(Object self) {
        View v = (View) self;
        String name = VIEW_NAMES[v.kind];
        if (!Util.reprEnter(v)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(name).append("([");
            boolean first = true;
            for (Object[] e : Util.entries(v.dict)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Op.repr(item(e, v.kind)));
            }
            return sb.append("])").toString();
        } finally {
            Util.reprLeave(v);
        }
    }
}
