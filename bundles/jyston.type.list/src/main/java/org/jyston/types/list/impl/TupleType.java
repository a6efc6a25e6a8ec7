package org.jyston.types.list.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code tuple}, represented by {@link PyTuple}. */
final class TupleType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    private TupleType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("tuple").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).representation(PyTuple.class).flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS)
                .doc("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                        + "If iterable is specified the tuple is initialized from iterable's items.\n\n"
                        + "If the argument is a tuple, the return value is the same object.")
                .flag(TypeSpec.Flag.NEW_SEES_SUBCLASS)
                .call(Slot.NEW, TupleType::newTuple)
                .unary(Slot.REPR, TupleType::repr)
                .unary(Slot.LEN, self -> (long) ((PyTuple) self).size())
                .unary(Slot.BOOL, self -> ((PyTuple) self).size() != 0).internal(Slot.BOOL)
                .unary(Slot.HASH, TupleType::hash)
                .unary(Slot.ITER, self -> new SeqIterators.TupleIterator((PyTuple) self))
                .binary(Slot.GETITEM, TupleType::getitem)
                .binary(Slot.CONTAINS, (self, x) -> ListType.contains(((PyTuple) self).toArray(), x))
                .binary(Slot.ADD, TupleType::add)
                .binary(Slot.MUL, TupleType::mul)
                .binary(Slot.RMUL, TupleType::rmul);
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> b instanceof PyTuple t ? Seq.compare(((PyTuple) a).toArray(), t.toArray(), op) : NI);
        }
        s.attribute("index", BuiltinMethods.method("tuple", PyTuple.class, "index", (self, a, k) -> {
            BuiltinMethods.range("index", "tuple.index", 1, 3, a, k);
            long i = Seq.indexOf(((PyTuple) self).toArray(), a[0], a);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return i;
        }));
        s.attribute("count", BuiltinMethods.method("tuple", PyTuple.class, "count",
                (self, a, k) -> Seq.count(((PyTuple) self).toArray(), BuiltinMethods.one("tuple.count", a, k))));
        s.attribute("__getnewargs__", BuiltinMethods.method("tuple", PyTuple.class, "__getnewargs__", (self, a, k) -> {
            BuiltinMethods.none("tuple.__getnewargs__", a, k);
            return PyTuple.of(PyTuple.wrap(((PyTuple) self).toArray()));
        }));
        return s;
    }

    private static final org.jyston.api.object.TypeRef TUPLE = org.jyston.api.object.TypeRef.of("tuple");

    private static Object newTuple(Object type, Object[] argv, String[] kw) {
        BuiltinMethods.noKwUnlessOverridden("tuple", TUPLE.get(), type, "__init__", kw);
        // keywords a subclass's own __init__ takes are not tuple's
        Object[] args = BuiltinMethods.nkw(kw) == 0 ? argv : java.util.Arrays.copyOf(argv, argv.length - kw.length);
        if (args.length > 1) {
            throw Errors.typeError("tuple expected at most 1 argument, got " + args.length);
        }
        if (args.length == 0) {
            return PyTuple.EMPTY;
        }
        // Instances of Python subclasses need a layout (another bundle's concern): a plain tuple here.
        if (args[0] instanceof PyTuple t && t.getClass() == PyTuple.class) {
            return t;
        }
        return PyTuple.wrap(Seq.toArray(args[0]));
    }

    private static Object repr(Object self) {
        PyTuple t = (PyTuple) self;
        if (t.size() == 0) {
            return "()";
        }
        if (!Seq.reprEnter(t)) {
            return "(...)";
        }
        try {
            return Seq.join(t.toArray(), "(", t.size() == 1 ? ",)" : ")");
        } finally {
            Seq.reprLeave(t);
        }
    }

    private static Object getitem(Object self, Object key) {
        PyTuple t = (PyTuple) self;
        if (key instanceof PySlice s) {
            long[] sl = Seq.slice(s, t.size());
            if (sl[2] == 1 && sl[3] == t.size()) {
                return t;
            }
            Object[] out = new Object[(int) sl[3]];
            long p = sl[0];
            for (int i = 0; i < out.length; i++, p += sl[2]) {
                out[i] = t.get((int) p);
            }
            return PyTuple.wrap(out);
        }
        if (!Seq.isIndex(key)) {
            throw Errors.typeError("tuple indices must be integers or slices, not " + Op.typeName(key));
        }
        int p = Seq.position(Seq.index(key), t.size());
        if (p < 0) {
            throw Errors.raise(Errors.IndexError, "tuple index out of range");
        }
        return t.get(p);
    }

    private static Object add(Object a, Object b) {
        if (b instanceof PyTuple t) {
            PyTuple s = (PyTuple) a;
            // only an exact tuple is returned itself (a subclass instance makes a new tuple)
            if (t.size() == 0 && s.getClass() == PyTuple.class) {
                return s;
            }
            if (s.size() == 0 && t.getClass() == PyTuple.class) {
                return t;
            }
            return PyTuple.wrap(Seq.concat(s.toArray(), t.toArray()));
        }
        Object r = ListType.reflected(b, a, Slot.RADD);
        if (r != NI) {
            return r;
        }
        throw Errors.typeError("can only concatenate tuple (not \"" + Op.typeName(b) + "\") to tuple");
    }

    private static Object mul(Object a, Object b) {
        Long c = Seq.repeatCount(b);
        if (c == null) {
            Object r = ListType.reflected(b, a, Slot.RMUL);
            if (r != NI) {
                return r;
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(b) + "'");
        }
        return repeat((PyTuple) a, c);
    }

    private static Object rmul(Object a, Object b) {
        Long c = Seq.repeatCount(b);
        if (c == null) {
            throw Seq.cantMultiply(a, b);
        }
        return repeat((PyTuple) a, c);
    }

    private static Object repeat(PyTuple t, long c) {
        if (c == 1 && t.getClass() == PyTuple.class) {
            return t;
        }
        return PyTuple.wrap(Seq.repeat(t.toArray(), c));
    }

    /**
     * The hash of CPython 3.8+ (xxHash's mixing over the items' hashes), so that tuples hash as in
     * CPython whenever their items do.
     */
    static Object hash(Object self) {
        PyTuple t = (PyTuple) self;
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (int i = 0; i < t.size(); i++) {
            long lane = Op.hash(t.get(i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static PyType type(Object o) {
        return PyType.of(o);
    }
}
