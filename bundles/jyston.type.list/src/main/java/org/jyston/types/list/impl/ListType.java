package org.jyston.types.list.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code list}, represented by {@link PyList}. */
final class ListType {
    private static final Object NI = PyNotImplemented.NotImplemented;
    private static final Object NONE = PyNone.None;

    private ListType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("list").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).representation(PyList.class).flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS)
                .doc("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                        + "The argument must be an iterable if specified.")
                .call(Slot.NEW, (type, args, kw) -> new PyList())
                .call(Slot.INIT, ListType::init)
                .unary(Slot.REPR, ListType::repr)
                .unary(Slot.LEN, self -> (long) ((PyList) self).size())
                .unary(Slot.BOOL, self -> ((PyList) self).size() != 0).internal(Slot.BOOL)
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                })
                .unary(Slot.ITER, self -> new SeqIterators.ListIterator((PyList) self))
                .binary(Slot.GETITEM, ListType::getitem)
                .binary(Slot.CONTAINS, ListType::listContains)
                .binary(Slot.ADD, ListType::add)
                .binary(Slot.MUL, ListType::mul)
                .binary(Slot.RMUL, ListType::rmul);
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> b instanceof PyList l ? compare((PyList) a, l, op) : NI);
        }
        m(s, "append", (self, a, k) -> {
            self.append(BuiltinMethods.one("list.append", a, k));
            return NONE;
        });
        m(s, "extend", (self, a, k) -> {
            Object[] items = Seq.toArray(BuiltinMethods.one("list.extend", a, k));
            extend(self, items);
            return NONE;
        });
        m(s, "insert", (self, a, k) -> {
            BuiltinMethods.range("insert", "list.insert", 2, 2, a, k);
            long i = Seq.sizeArg(a[0]);
            synchronized (self) {
                int n = self.size();
                if (i < 0) {
                    i = Math.max(0, i + n);
                }
                self.insert((int) Math.min(i, n), a[1]);
            }
            return NONE;
        });
        m(s, "pop", (self, a, k) -> {
            BuiltinMethods.range("pop", "list.pop", 0, 1, a, k);
            long i = a.length > 0 ? Seq.sizeArg(a[0]) : -1;
            synchronized (self) {
                int n = self.size();
                if (n == 0) {
                    throw Errors.raise(Errors.IndexError, "pop from empty list");
                }
                int p = Seq.position(i, n);
                if (p < 0) {
                    throw Errors.raise(Errors.IndexError, "pop index out of range");
                }
                return self.removeAt(p);
            }
        });
        m(s, "remove", (self, a, k) -> {
            Object x = BuiltinMethods.one("list.remove", a, k);
            for (int i = 0; i < self.size(); i++) {
                Object item = self.get(i);
                if (Op.eq(item, x)) {
                    removeItem(self, i, item);
                    return NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        m(s, "index", (self, a, k) -> {
            BuiltinMethods.range("index", "list.index", 1, 3, a, k);
            long i = Seq.indexOf(self.toArray(), a[0], a);
            if (i < 0) {
                throw Errors.valueError(Op.repr(a[0]) + " is not in list");
            }
            return i;
        });
        m(s, "count", (self, a, k) -> Seq.count(self.toArray(), BuiltinMethods.one("list.count", a, k)));
        m(s, "clear", (self, a, k) -> {
            BuiltinMethods.none("list.clear", a, k);
            self.clear();
            return NONE;
        });
        m(s, "copy", (self, a, k) -> {
            BuiltinMethods.none("list.copy", a, k);
            return new PyList(self.toArray());
        });
        m(s, "reverse", (self, a, k) -> {
            BuiltinMethods.none("list.reverse", a, k);
            synchronized (self) {
                Object[] items = self.toArray();
                for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                    Object t = items[i];
                    items[i] = items[j];
                    items[j] = t;
                }
                self.setAll(items);
            }
            return NONE;
        });
        m(s, "sort", ListType::sort);
        m(s, "__reversed__", (self, a, k) -> {
            BuiltinMethods.none("list.__reversed__", a, k);
            return new SeqIterators.ListReverseIterator(self);
        });
        m(s, "__setitem__", (self, a, k) -> {
            BuiltinMethods.wrapper("__setitem__", 2, a, k);
            setitem(self, a[0], a[1]);
            return NONE;
        });
        m(s, "__delitem__", (self, a, k) -> {
            BuiltinMethods.wrapper("__delitem__", 1, a, k);
            delitem(self, a[0]);
            return NONE;
        });
        m(s, "__iadd__", (self, a, k) -> {
            BuiltinMethods.wrapper("__iadd__", 1, a, k);
            extend(self, Seq.toArray(a[0]));
            return self;
        });
        m(s, "__imul__", (self, a, k) -> {
            BuiltinMethods.wrapper("__imul__", 1, a, k);
            Object n = a[0];
            Long c = Seq.repeatCount(n);
            if (c == null) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
            }
            synchronized (self) {
                self.setAll(Seq.repeat(self.toArray(), c));
            }
            return self;
        });
        return s;
    }

    @FunctionalInterface
    private interface ListMethod {
        Object call(PyList self, Object[] args, String[] kwnames);
    }

    private static void m(TypeSpec s, String name, ListMethod body) {
        s.attribute(name, BuiltinMethods.method("list", PyList.class, name, (self, a, k) -> body.call((PyList) self, a, k)));
    }

    private static void extend(PyList self, Object[] items) {
        synchronized (self) {
            for (Object x : items) {
                self.append(x);
            }
        }
    }

    /** Removes the item at i if it is still {@code item} there (a comparison may have changed the list). */
    private static void removeItem(PyList self, int i, Object item) {
        synchronized (self) {
            if (i < self.size() && self.get(i) == item) {
                self.removeAt(i);
                return;
            }
            Object[] now = self.toArray();
            for (int j = 0; j < now.length; j++) {
                if (now[j] == item) {
                    self.removeAt(j);
                    return;
                }
            }
        }
    }

    /** {@code x in list}, reading the live list (no copy), as comparisons may change it. */
    private static Object listContains(Object self, Object x) {
        PyList l = (PyList) self;
        for (int i = 0;; i++) {
            Object item;
            synchronized (l) {
                if (i >= l.size()) {
                    return false;
                }
                item = l.get(i);
            }
            if (Op.eq(item, x)) {
                return true;
            }
        }
    }

    static Object contains(Object[] items, Object x) {
        for (Object o : items) {
            if (Op.eq(o, x)) {
                return true;
            }
        }
        return false;
    }

    private static final org.jyston.api.object.TypeRef LIST = org.jyston.api.object.TypeRef.of("list");

    private static Object init(Object self, Object[] argv, String[] kw) {
        BuiltinMethods.noKwUnlessOverridden("list", LIST.get(), PyType.of(self), "__new__", kw);
        // keywords a subclass's own __new__ takes are not list's
        Object[] args = BuiltinMethods.nkw(kw) == 0 ? argv : java.util.Arrays.copyOf(argv, argv.length - kw.length);
        if (args.length > 1) {
            throw Errors.typeError("list expected at most 1 argument, got " + args.length);
        }
        PyList l = (PyList) self;
        l.clear();
        if (args.length == 1) {
            Object[] items = Seq.toArray(args[0]);
            extend(l, items);
        }
        return NONE;
    }

    /**
     * Lexicographic comparison over the live lists, as CPython's {@code list_richcompare}: an item's
     * {@code __eq__} may shrink either list, so the lengths are read again at each step and decide
     * once either list has no item left at the position reached.
     */
    private static Object compare(PyList a, PyList b, Slot op) {
        if ((op == Slot.EQ || op == Slot.NE) && a.size() != b.size()) {
            return op == Slot.NE;
        }
        int i = 0;
        while (true) {
            Object x = itemOrNull(a, i);
            Object y = itemOrNull(b, i);
            if (x == null || y == null || !Op.eq(x, y)) {
                break;
            }
            i++;
        }
        Object x = itemOrNull(a, i);
        Object y = itemOrNull(b, i);
        if (x == null || y == null) {
            int c = Integer.compare(a.size(), b.size());
            switch (op) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
        if (op == Slot.EQ) {
            return false;
        }
        if (op == Slot.NE) {
            return true;
        }
        return Op.compare(op, x, y);
    }

    private static Object itemOrNull(PyList l, int i) {
        synchronized (l) {
            return i < l.size() ? l.get(i) : null;
        }
    }

    private static Object repr(Object self) {
        PyList l = (PyList) self;
        if (l.size() == 0) {
            return "[]";
        }
        if (!Seq.reprEnter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                Object item;
                synchronized (l) {
                    if (i >= l.size()) {
                        break;
                    }
                    item = l.get(i);
                }
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Op.repr(item));
            }
            return sb.append(']').toString();
        } finally {
            Seq.reprLeave(l);
        }
    }

    private static Object getitem(Object self, Object key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            // bounds first (they may run __index__), then copy only the slice's items: O(len(slice))
            long[] sl = Seq.slice(s, l.size());
            return new PyList(l.slice(sl[0], sl[2], (int) sl[3]));
        }
        if (!Seq.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + Op.typeName(key));
        }
        long i = Seq.index(key);
        synchronized (l) {
            int p = Seq.position(i, l.size());
            if (p < 0) {
                throw Errors.raise(Errors.IndexError, "list index out of range");
            }
            return l.get(p);
        }
    }

    static void setitem(PyList l, Object key, Object value) {
        if (key instanceof PySlice s) {
            if (PyType.of(value).slot(Slot.ITER) == null && PyType.of(value).slot(Slot.GETITEM) == null) {
                throw Errors.typeError("can only assign an iterable");
            }
            Object[] v = Seq.toArray(value);
            synchronized (l) {
                Object[] items = l.toArray();
                long[] sl = Seq.slice(s, items.length);
                int start = (int) sl[0];
                long step = sl[2];
                int n = (int) sl[3];
                if (step == 1) {
                    int stop = Math.max(start, (int) sl[1]);
                    Object[] out = new Object[items.length - (stop - start) + v.length];
                    System.arraycopy(items, 0, out, 0, start);
                    System.arraycopy(v, 0, out, start, v.length);
                    System.arraycopy(items, stop, out, start + v.length, items.length - stop);
                    l.setAll(out);
                    return;
                }
                if (v.length != n) {
                    throw Errors.valueError("attempt to assign sequence of size " + v.length
                            + " to extended slice of size " + n);
                }
                long p = start;
                for (int i = 0; i < n; i++, p += step) {
                    items[(int) p] = v[i];
                }
                l.setAll(items);
            }
            return;
        }
        if (!Seq.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + Op.typeName(key));
        }
        long i = Seq.index(key);
        synchronized (l) {
            int p = Seq.position(i, l.size());
            if (p < 0) {
                throw Errors.raise(Errors.IndexError, "list assignment index out of range");
            }
            l.set(p, value);
        }
    }

    static void delitem(PyList l, Object key) {
        if (key instanceof PySlice s) {
            synchronized (l) {
                Object[] items = l.toArray();
                long[] sl = Seq.slice(s, items.length);
                int n = (int) sl[3];
                if (n == 0) {
                    return;
                }
                boolean[] gone = new boolean[items.length];
                long p = sl[0];
                for (int i = 0; i < n; i++, p += sl[2]) {
                    gone[(int) p] = true;
                }
                Object[] out = new Object[items.length - n];
                for (int i = 0, j = 0; i < items.length; i++) {
                    if (!gone[i]) {
                        out[j++] = items[i];
                    }
                }
                l.setAll(out);
            }
            return;
        }
        if (!Seq.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not " + Op.typeName(key));
        }
        long i = Seq.index(key);
        synchronized (l) {
            int p = Seq.position(i, l.size());
            if (p < 0) {
                throw Errors.raise(Errors.IndexError, "list assignment index out of range");
            }
            l.removeAt(p);
        }
    }

    private static Object sort(PyList self, Object[] args, String[] kw) {
        int nkw = BuiltinMethods.nkw(kw);
        if (args.length > nkw) {
            throw Errors.typeError("sort() takes no positional arguments");
        }
        Object key = NONE;
        boolean reverse = false;
        for (int i = 0; i < nkw; i++) {
            Object v = args[i];
            switch (kw[i]) {
                case "key":
                    key = v;
                    break;
                case "reverse":
                    reverse = truth(v);
                    break;
                default:
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
            }
        }
        ListSort.sort(self, key, reverse);
        return NONE;
    }

    /** An argument converted as Argument Clinic's {@code bool(accept={int})}. */
    static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        Object i = Op.index(v);
        return !(i instanceof Long l && l == 0);
    }

    private static Object add(Object a, Object b) {
        if (b instanceof PyList l) {
            return new PyList(Seq.concat(((PyList) a).toArray(), l.toArray()));
        }
        Object r = reflected(b, a, Slot.RADD);
        if (r != NI) {
            return r;
        }
        throw Errors.typeError("can only concatenate list (not \"" + Op.typeName(b) + "\") to list");
    }

    private static Object mul(Object a, Object b) {
        Long c = Seq.repeatCount(b);
        if (c == null) {
            Object r = reflected(b, a, Slot.RMUL);
            if (r != NI) {
                return r;
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(b) + "'");
        }
        return new PyList(Seq.repeat(((PyList) a).toArray(), c));
    }

    private static Object rmul(Object a, Object b) {
        Long c = Seq.repeatCount(b);
        if (c == null) {
            throw Seq.cantMultiply(a, b);
        }
        return new PyList(Seq.repeat(((PyList) a).toArray(), c));
    }

    /**
     * The right operand's reflected method, unless its type is the left operand's: the sequence
     * operations (concatenation, repetition) come after the number protocol in CPython.
     */
    static Object reflected(Object b, Object a, Slot slot) {
        if (Seq.isSequence(b)) {
            return NI; // its MUL/RMUL are sequence repetition, not the number protocol
        }
        PyType rt = PyType.of(b);
        Slot.Binary rf = rt.binary(slot);
        if (rf == null || rt == PyType.of(a)) {
            return NI;
        }
        return rf.apply(b, a);
    }
}
