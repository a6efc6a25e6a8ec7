package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code collections.defaultdict}: a {@code dict} subclass whose {@code __missing__} calls a factory. */
final class DefaultDictType {
    static final String NAME = "collections.defaultdict";
    private static final TypeRef TYPE = TypeRef.of(NAME);
    private static final TypeRef DICT = TypeRef.of("dict");
    private static final Object NONE = PyNone.None;

    private DefaultDictType() {}

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).base("dict").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN)
                .doc("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
                        + "The default factory is called without arguments to produce\n"
                        + "a new value when a key is not present, in __getitem__ only.\n"
                        + "A defaultdict compares equal to a dict with the same items.\n"
                        + "All remaining arguments are treated the same as if they were\n"
                        + "passed to the dict constructor, including keyword arguments.\n")
                .attribute("default_factory", new GetSetDescriptor("default_factory", NAME,
                        self -> ((DefaultDict) self).factory,
                        (self, v) -> ((DefaultDict) self).factory = v == null ? NONE : v,
                        "Factory for default value called by __missing__()."))
                .call(Slot.NEW, (type, args, kw) -> DefaultDict.of((PyType) type))
                .call(Slot.INIT, DefaultDictType::init)
                .unary(Slot.REPR, DefaultDictType::repr)
                .binary(Slot.OR, DefaultDictType::or)
                .binary(Slot.ROR, (self, other) -> or(other, self));
        m(s, "__missing__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            Object key = ClinicArgs.one("defaultdict.__missing__", a, k);
            Object factory = d.factory;
            if (factory == NONE) {
                throw Errors.raise(Errors.KeyError, key);
            }
            Object value = Op.call(factory);
            Op.setitem(d, key, value);
            return value;
        });
        m(s, "copy", (a, k) -> {
            ClinicArgs.none("defaultdict.copy", a, k);
            return copy((DefaultDict) a[0], a[0]);
        });
        m(s, "__copy__", (a, k) -> {
            ClinicArgs.none("defaultdict.__copy__", a, k);
            return copy((DefaultDict) a[0], a[0]);
        });
        m(s, "__reduce__", (a, k) -> {
            ClinicArgs.none("defaultdict.__reduce__", a, k);
            DefaultDict d = (DefaultDict) a[0];
            Object args = d.factory == NONE ? PyTuple.EMPTY : PyTuple.of(d.factory);
            Object items = Op.iter(Op.call(Op.getattr(d, "items")));
            return PyTuple.of(d.getType(), args, NONE, NONE, items);
        });
        return s;
    }

    private static void m(TypeSpec s, String name, ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method("defaultdict", NAME, DefaultDict.class, name, body));
    }

    static boolean callable(Object o) {
        return o instanceof PyCallable || PyType.of(o).call(Slot.CALL) != null;
    }

    private static Object init(Object self, Object[] args, String[] kw) {
        DefaultDict d = (DefaultDict) self;
        int npos = args.length - ClinicArgs.nkw(kw);
        Object[] rest = args;
        if (npos > 0) {
            Object f = args[0];
            if (f != NONE && !callable(f)) {
                throw Errors.typeError("first argument must be callable or None");
            }
            d.factory = f;
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        return DICT.get().call(Slot.INIT).apply(d, rest, kw);
    }

    /** {@code type(d)(d.default_factory, source)}: copies call the class, as CPython's do. */
    private static Object copy(DefaultDict d, Object source) {
        return Op.call(d.getType(), d.factory, source);
    }

    private static Object or(Object left, Object right) {
        PyType dd = TYPE.get();
        DefaultDict self;
        Object other;
        if (left instanceof DefaultDict l && PyType.of(l).isSubtypeOf(dd)) {
            self = l;
            other = right;
        } else {
            self = (DefaultDict) right;
            other = left;
        }
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NotImplemented;
        }
        Object made = copy(self, left);
        Op.call(Op.getattr(made, "update"), right);
        return made;
    }

    private static Object repr(Object self) {
        DefaultDict d = (DefaultDict) self;
        String base = (String) DICT.get().unary(Slot.REPR).apply(d);
        Object f = d.factory;
        String frepr;
        if (!DequeType.reprEnter(f)) {
            frepr = "...";
        } else {
            try {
                frepr = Op.repr(f);
            } finally {
                DequeType.reprLeave(f);
            }
        }
        return d.getType().getSimpleName() + "(" + frepr + ", " + base + ")";
    }
}
