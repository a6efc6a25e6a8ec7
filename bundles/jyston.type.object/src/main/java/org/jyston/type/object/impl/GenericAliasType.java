package org.jyston.type.object.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.PyUnion;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code types.GenericAlias} ({@code list[int]}) and {@code types.UnionType} ({@code int | str}),
 * the objects of type hints that Python code builds at run time.
 */
final class GenericAliasType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    /** Attributes a generic alias answers itself; every other one is its origin's. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__");

    private GenericAliasType() {}

    static TypeSpec genericAliasSpec() {
        return new TypeSpec("GenericAlias").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "types")
                .call(Slot.NEW, (type, args, kw) -> {
                    if (!((PyType) type).isHeapType()) {
                        BuiltinMethods.noKw("GenericAlias", kw);
                    }
                    int npos = args.length - (kw == null ? 0 : kw.length);
                    if (npos != 2) {
                        throw Errors.typeError("GenericAlias expected 2 arguments, got " + npos);
                    }
                    PyType t = (PyType) type;
                    return new PyGenericAlias(t.isHeapType() ? t : null, args[0], args[1]);
                })
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .unary(Slot.REPR, self -> aliasRepr((PyGenericAlias) self))
                .unary(Slot.HASH, self -> {
                    PyGenericAlias g = (PyGenericAlias) self;
                    return Op.hash(g.origin()) ^ Op.hash(g.args());
                })
                .binary(Slot.EQ, (a, b) -> b instanceof PyGenericAlias g ? (Object) aliasEq((PyGenericAlias) a, g) : NI)
                .binary(Slot.NE, (a, b) -> b instanceof PyGenericAlias g ? (Object) !aliasEq((PyGenericAlias) a, g) : NI)
                .binary(Slot.OR, GenericAliasType::or)
                .binary(Slot.ROR, (a, b) -> or(b, a))
                .call(Slot.CALL, GenericAliasType::call)
                .binary(Slot.GETITEM, GenericAliasType::subscript)
                .binary(Slot.GETATTRIBUTE, GenericAliasType::aliasAttribute)
                .attribute("__mro_entries__", BuiltinMethods.method("types.GenericAlias", PyGenericAlias.class,
                        "__mro_entries__", (self, a, kw) -> {
                            BuiltinMethods.one("__mro_entries__", a, kw);
                            return PyTuple.of(((PyGenericAlias) self).origin());
                        }))
                .attribute("__instancecheck__", BuiltinMethods.method("types.GenericAlias", PyGenericAlias.class,
                        "__instancecheck__", (self, a, kw) -> {
                            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                        }))
                .attribute("__subclasscheck__", BuiltinMethods.method("types.GenericAlias", PyGenericAlias.class,
                        "__subclasscheck__", (self, a, kw) -> {
                            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                        }));
    }

    static TypeSpec unionSpec() {
        return new TypeSpec("UnionType").flag(TypeSpec.Flag.HIDDEN).attribute("__module__", "types")
                .unary(Slot.REPR, self -> {
                    StringBuilder sb = new StringBuilder();
                    PyTuple args = ((PyUnion) self).args();
                    for (int i = 0; i < args.size(); i++) {
                        Object a = args.get(i);
                        sb.append(i == 0 ? "" : " | ").append(a == PyType.of(PyNone.None) ? "None" : item(a));
                    }
                    return sb.toString();
                })
                .unary(Slot.HASH, self -> {
                    long h = 0;
                    PyTuple args = ((PyUnion) self).args();
                    for (int i = 0; i < args.size(); i++) {
                        h ^= Op.hash(args.get(i)); // order-independent, as the hash of a frozenset
                    }
                    return h;
                })
                .binary(Slot.EQ, (a, b) -> b instanceof PyUnion u ? (Object) unionEq((PyUnion) a, u) : NI)
                .binary(Slot.NE, (a, b) -> b instanceof PyUnion u ? (Object) !unionEq((PyUnion) a, u) : NI)
                .binary(Slot.OR, GenericAliasType::or)
                .binary(Slot.ROR, (a, b) -> or(b, a))
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyUnion u = (PyUnion) self;
                    switch ((String) name) {
                        case "__args__":
                            return u.args();
                        case "__parameters__":
                            return parameters(u.args());
                        default:
                            return Attributes.genericGet(self, (String) name);
                    }
                });
    }

    /** What may stand on either side of {@code |} in a type union. */
    private static boolean unionable(Object o) {
        return o == PyNone.None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
    }

    /** {@code a | b} of types, aliases and unions: flattened, without duplicates; one member stands alone. */
    static Object or(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return NI;
        }
        List<Object> members = new ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            Object[] items = side instanceof PyUnion u ? u.args().toArray() : new Object[] {side};
            for (Object item : items) {
                Object m = item == PyNone.None ? PyType.of(PyNone.None) : item;
                boolean dup = false;
                for (Object seen : members) {
                    if (seen == m || (seen instanceof PyGenericAlias && m instanceof PyGenericAlias && Op.eq(seen, m))) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    members.add(m);
                }
            }
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PyUnion(PyTuple.of(members.toArray()));
    }

    private static boolean unionEq(PyUnion a, PyUnion b) {
        return contained(a.args(), b.args()) && contained(b.args(), a.args());
    }

    private static boolean contained(PyTuple xs, PyTuple ys) {
        outer:
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                if (Op.eq(xs.get(i), ys.get(j))) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean aliasEq(PyGenericAlias a, PyGenericAlias b) {
        return Op.eq(a.origin(), b.origin()) && Op.eq(a.args(), b.args());
    }

    /** The repr of a member of an alias or union, as CPython writes it. */
    private static String item(Object o) {
        if (o == PyEllipsis.Ellipsis) {
            return "...";
        }
        if (o instanceof PyType t) {
            return "builtins".equals(t.getModule()) ? t.getQualname() : t.getModule() + "." + t.getQualname();
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(item(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return Op.repr(o);
    }

    private static String aliasRepr(PyGenericAlias g) {
        StringBuilder sb = new StringBuilder(item(g.origin())).append('[');
        PyTuple args = g.args();
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(item(args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** The type variables among the arguments: those with {@code __typing_subst__}, or their own parameters. */
    private static PyTuple parameters(PyTuple args) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof PyType) {
                continue;
            }
            if (PyType.of(a).lookup("__typing_subst__") != null) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            } else if (a instanceof PyGenericAlias || a instanceof PyUnion) {
                PyTuple inner = parameters(a instanceof PyGenericAlias g ? g.args() : ((PyUnion) a).args());
                for (int j = 0; j < inner.size(); j++) {
                    if (!out.contains(inner.get(j))) {
                        out.add(inner.get(j));
                    }
                }
            }
        }
        return PyTuple.of(out.toArray());
    }

    private static Object aliasAttribute(Object self, Object nameObj) {
        PyGenericAlias g = (PyGenericAlias) self;
        String name = ObjectType.attrName(nameObj);
        switch (name) {
            case "__origin__":
                return g.origin();
            case "__args__":
                return g.args();
            case "__parameters__":
                return parameters(g.args());
            case "__unpacked__":
                return Boolean.FALSE;
            default:
                if (OWN.contains(name)) {
                    return Attributes.genericGet(self, name);
                }
                return Op.getattr(g.origin(), name);
        }
    }

    /** Calling {@code list[int](...)} makes an instance of the origin, marked with the alias if it can be. */
    private static Object call(Object self, Object[] args, String[] kw) {
        PyGenericAlias g = (PyGenericAlias) self;
        Object made = Op.call(g.origin(), args, kw);
        try {
            Op.setattr(made, "__orig_class__", g);
        } catch (PyException e) {
            if (!e.matches(Errors.AttributeError.get()) && !e.matches(Errors.TypeError.get())) {
                throw e;
            }
        }
        return made;
    }

    /** {@code alias[...]}: substitutes its type variables; an alias without any is not generic. */
    private static Object subscript(Object self, Object key) {
        PyGenericAlias g = (PyGenericAlias) self;
        PyTuple params = parameters(g.args());
        if (params.size() == 0) {
            throw Errors.typeError(aliasRepr(g) + " is not a generic class");
        }
        PyTuple given = key instanceof PyTuple t ? t : PyTuple.of(key);
        if (given.size() != params.size()) {
            throw Errors.typeError("Too " + (given.size() > params.size() ? "many" : "few") + " arguments for "
                    + aliasRepr(g) + "; actual " + given.size() + ", expected " + params.size());
        }
        Object[] out = g.args().toArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = substitute(out[i], params, given);
        }
        return new PyGenericAlias(g.origin(), PyTuple.of(out));
    }

    private static Object substitute(Object arg, PyTuple params, PyTuple given) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) == arg) {
                return given.get(i);
            }
        }
        if (arg instanceof PyGenericAlias inner && parameters(inner.args()).size() > 0) {
            Object[] out = inner.args().toArray();
            for (int i = 0; i < out.length; i++) {
                out[i] = substitute(out[i], params, given);
            }
            return new PyGenericAlias(inner.origin(), PyTuple.of(out));
        }
        return arg;
    }
}
