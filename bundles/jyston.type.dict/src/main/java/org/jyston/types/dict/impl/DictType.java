package org.jyston.types.dict.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code dict}, represented by {@link PyDict}. */
final class DictType {
    private static final Object NI = PyNotImplemented.NotImplemented;
    private static final Object NONE = PyNone.None;
    private static final TypeRef DICT = TypeRef.of("dict");

    private DictType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("dict").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).representation(PyDict.class).flag(TypeSpec.Flag.BASETYPE)
                .doc("dict() -> new empty dictionary\n"
                        + "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
                        + "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n"
                        + "    for k, v in iterable:\n        d[k] = v\n"
                        + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                        + "    in the keyword argument list.  For example:  dict(one=1, two=2)")
                .call(Slot.NEW, (type, args, kw) -> new PyDict())
                .call(Slot.INIT, DictType::init)
                .unary(Slot.REPR, DictType::repr)
                .unary(Slot.LEN, self -> (long) ((PyDict) self).size())
                .unary(Slot.BOOL, self -> ((PyDict) self).size() != 0).internal(Slot.BOOL)
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                })
                .unary(Slot.ITER, self -> new DictViews.Iter((PyDict) self, DictViews.KEYS, false))
                .binary(Slot.GETITEM, DictType::getitem)
                .binary(Slot.CONTAINS, (self, k) -> ((PyDict) self).containsKey(k))
                .binary(Slot.EQ, (a, b) -> b instanceof PyDict d ? (Object) equal((PyDict) a, d) : NI)
                .binary(Slot.NE, (a, b) -> b instanceof PyDict d ? (Object) !equal((PyDict) a, d) : NI)
                .binary(Slot.OR, (a, b) -> {
                    if (!(b instanceof PyDict d)) {
                        return NI;
                    }
                    PyDict r = ((PyDict) a).copy();
                    update(r, d);
                    return r;
                })
                .binary(Slot.ROR, (a, b) -> {
                    if (!(b instanceof PyDict d)) {
                        return NI;
                    }
                    PyDict r = d.copy();
                    update(r, a);
                    return r;
                });
        m(s, "keys", (d, a, k) -> {
            BuiltinMethods.none("dict.keys", a, k);
            return new DictViews.View(d, DictViews.KEYS);
        });
        m(s, "values", (d, a, k) -> {
            BuiltinMethods.none("dict.values", a, k);
            return new DictViews.View(d, DictViews.VALUES);
        });
        m(s, "items", (d, a, k) -> {
            BuiltinMethods.none("dict.items", a, k);
            return new DictViews.View(d, DictViews.ITEMS);
        });
        m(s, "get", (d, a, k) -> {
            BuiltinMethods.range("get", "dict.get", 1, 2, a, k);
            Object v = d.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : NONE;
        });
        m(s, "setdefault", (d, a, k) -> {
            BuiltinMethods.range("setdefault", "dict.setdefault", 1, 2, a, k);
            return d.setDefault(a[0], a.length > 1 ? a[1] : NONE);
        });
        m(s, "pop", (d, a, k) -> {
            BuiltinMethods.range("pop", "dict.pop", 1, 2, a, k);
            Object v = d.remove(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Errors.raise(Errors.KeyError, a[0]);
        });
        m(s, "popitem", (d, a, k) -> {
            BuiltinMethods.none("dict.popitem", a, k);
            synchronized (d) {
                if (d.size() == 0) {
                    throw Errors.raise(Errors.KeyError, "popitem(): dictionary is empty");
                }
                Object[] keys = d.keys();
                Object key = keys[keys.length - 1];
                return PyTuple.of(key, d.remove(key));
            }
        });
        m(s, "update", (d, a, k) -> {
            int nkw = BuiltinMethods.nkw(k);
            int npos = a.length - nkw;
            if (npos > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                update(d, a[0]);
            }
            for (int i = 0; i < nkw; i++) {
                d.put(k[i], a[npos + i]);
            }
            return NONE;
        });
        m(s, "clear", (d, a, k) -> {
            BuiltinMethods.none("dict.clear", a, k);
            d.clear();
            return NONE;
        });
        m(s, "copy", (d, a, k) -> {
            BuiltinMethods.none("dict.copy", a, k);
            if (d.getClass() != PyDict.class) {
                PyDict r = new PyDict(); // a subclass's copy is a dict merged from it (keys() if __iter__ is overridden)
                update(r, d);
                return r;
            }
            return d.copy();
        });
        m(s, "__reversed__", (d, a, k) -> {
            BuiltinMethods.none("dict.__reversed__", a, k);
            return new DictViews.ReverseIter(d, DictViews.KEYS);
        });
        m(s, "__setitem__", (d, a, k) -> {
            BuiltinMethods.wrapper("__setitem__", 2, a, k);
            d.put(a[0], a[1]);
            return NONE;
        });
        m(s, "__delitem__", (d, a, k) -> {
            BuiltinMethods.wrapper("__delitem__", 1, a, k);
            if (d.remove(a[0]) == null) {
                throw Errors.raise(Errors.KeyError, a[0]);
            }
            return NONE;
        });
        m(s, "__ior__", (d, a, k) -> {
            BuiltinMethods.wrapper("__ior__", 1, a, k);
            update(d, a[0]);
            return d;
        });
        // A class method in CPython; without classmethod support in the kernel the first argument is the
        // class (dict.fromkeys(...) with the type passed explicitly) or an instance (d.fromkeys(...)).
        s.attribute("fromkeys", org.jyston.api.object.PyBuiltinFunction.classMethod("fromkeys", DictType::fromkeys));
        return s;
    }

    @FunctionalInterface
    private interface DictMethod {
        Object call(PyDict self, Object[] args, String[] kwnames);
    }

    private static void m(TypeSpec s, String name, DictMethod body) {
        s.attribute(name, BuiltinMethods.method("dict", PyDict.class, name, (self, a, k) -> body.call((PyDict) self, a, k)));
    }

    private static Object fromkeys(Object[] args, String[] kw) {
        Object cls = args.length > 0 && !(args[0] instanceof PyType) ? PyType.of(args[0]) : args.length > 0 ? args[0]
                : null;
        if (cls == null || !((PyType) cls).isSubtypeOf(DICT.get())) {
            throw Errors.typeError("descriptor 'fromkeys' for type 'dict' needs a subtype of 'dict'");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        BuiltinMethods.range("fromkeys", "dict.fromkeys", 1, 2, rest, kw);
        Object value = rest.length > 1 ? rest[1] : NONE;
        Object made = Op.call(cls);
        Object[] keys = Util.toArray(rest[0]);
        // only an exact dict is filled directly; a subclass's __setitem__ is called
        if (made instanceof PyDict d && made.getClass() == PyDict.class) {
            for (Object key : keys) {
                d.put(key, value);
            }
            return d;
        }
        Object setitem = PyType.of(made).lookup("__setitem__");
        for (Object key : keys) {
            Op.call(setitem, made, key, value);
        }
        return made;
    }

    private static Object init(Object self, Object[] args, String[] kw) {
        int nkw = BuiltinMethods.nkw(kw);
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + npos);
        }
        PyDict d = (PyDict) self;
        if (npos == 1) {
            update(d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.put(kw[i], args[npos + i]);
        }
        return NONE;
    }

    /** {@code dict.update(other)}: a dict, a mapping (anything with {@code keys}), or an iterable of pairs. */
    static void update(PyDict d, Object other) {
        if (other instanceof PyDict o && PyDict.mergesByStorage(o)) {
            int n = o.size();
            for (Object[] e : Util.entries(o)) {
                d.put(e[0], e[1]);
                // a key's __eq__ or __hash__ may change the source under us, as CPython notices
                if (o.size() != n) {
                    throw Errors.raise(Errors.RuntimeError, "dict mutated during update");
                }
            }
            return;
        }
        Object keysFn = PyType.of(other).lookup("keys");
        if (keysFn != null) {
            Object keys = Op.call(keysFn, other);
            for (Object key : Util.toArray(keys)) {
                d.put(key, Op.getitem(other, key));
            }
            return;
        }
        Object it = Op.iter(other);
        long n = 0;
        for (Object item; (item = Op.next(it)) != null; n++) {
            if (PyType.of(item).slot(Slot.ITER) == null) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            Object[] pair = Util.toArray(item);
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                        + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }

    private static boolean equal(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (Object[] e : Util.entries(a)) {
            Object bv = b.get(e[0]);
            if (bv == null || !Op.eq(e[1], bv)) {
                return false;
            }
        }
        return true;
    }

    private static Object getitem(Object self, Object key) {
        PyDict d = (PyDict) self;
        Object v = d.get(key);
        if (v != null) {
            return v;
        }
        PyType t = PyType.of(self);
        if (t != DICT.get()) {
            Object missing = t.lookup("__missing__");
            if (missing != null) {
                return Op.call(missing, self, key);
            }
        }
        throw Errors.raise(Errors.KeyError, key);
    }

    private static Object repr(Object self) {
        PyDict d = (PyDict) self;
        if (d.size() == 0) {
            return "{}";
        }
        if (!Util.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object[] e : Util.entries(d)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Op.repr(e[0])).append(": ").append(Op.repr(e[1]));
            }
            return sb.append('}').toString();
        } finally {
            Util.reprLeave(d);
        }
    }
}
