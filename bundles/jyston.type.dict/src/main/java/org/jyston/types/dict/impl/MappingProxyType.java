package org.jyston.types.dict.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyMappingProxy;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping, what
 * {@code cls.__dict__} returns. Reads go to the mapping; it has no item assignment or deletion,
 * so those fail with the object protocol's own "does not support item assignment" errors.
 */
final class MappingProxyType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    private MappingProxyType() {}

    private static Object m(Object self) {
        return ((PyMappingProxy) self).mapping();
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("mappingproxy").attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem()).flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.NEW, MappingProxyType::newProxy)
                .unary(Slot.REPR, self -> "mappingproxy(" + Op.repr(m(self)) + ")")
                .unary(Slot.STR, self -> Op.str(m(self)))
                .unary(Slot.LEN, self -> Op.len(m(self)))
                .unary(Slot.ITER, self -> Op.iter(m(self)))
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: 'mappingproxy'");
                })
                .binary(Slot.GETITEM, (self, key) -> Op.getitem(m(self), key))
                .binary(Slot.CONTAINS, (self, key) -> {
                    Object inner = m(self);
                    if (inner instanceof PyDict d) {
                        return d.containsKey(key);
                    }
                    return Op.isTrue(Op.call(Op.getattr(inner, "__contains__"), key));
                })
                .binary(Slot.EQ, (a, b) -> Op.compare(Slot.EQ, m(a), b))
                .binary(Slot.NE, (a, b) -> Op.compare(Slot.NE, m(a), b))
                .binary(Slot.LT, (a, b) -> Op.compare(Slot.LT, m(a), b))
                .binary(Slot.LE, (a, b) -> Op.compare(Slot.LE, m(a), b))
                .binary(Slot.GT, (a, b) -> Op.compare(Slot.GT, m(a), b))
                .binary(Slot.GE, (a, b) -> Op.compare(Slot.GE, m(a), b))
                .binary(Slot.OR, (a, b) -> Op.binary(Slot.OR, unproxy(a), unproxy(b)))
                .binary(Slot.ROR, (a, b) -> Op.binary(Slot.OR, unproxy(b), unproxy(a)))
                .binary(Slot.IOR, (a, b) -> {
                    throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
                });
        method(s, "get", (self, a, k) -> {
            BuiltinMethods.range("get", "mappingproxy.get", 1, 2, a, k);
            Object dflt = a.length > 1 ? a[1] : PyNone.None;
            Object inner = m(self);
            if (inner instanceof PyDict d) {
                Object v = d.get(a[0]);
                return v != null ? v : dflt;
            }
            return Op.call(Op.getattr(inner, "get"), a[0], dflt);
        });
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            method(s, name, (self, a, k) -> {
                BuiltinMethods.none("mappingproxy." + name, a, k);
                return Op.call(Op.getattr(m(self), name));
            });
        }
        method(s, "__reversed__", (self, a, k) -> {
            BuiltinMethods.none("mappingproxy.__reversed__", a, k);
            return Op.call(Op.getattr(m(self), "__reversed__"));
        });
        return s;
    }

    private static void method(TypeSpec s, String name, BuiltinMethods.Method body) {
        s.attribute(name, BuiltinMethods.method("mappingproxy", PyMappingProxy.class, name, body));
    }

    private static Object unproxy(Object o) {
        return o instanceof PyMappingProxy p ? p.mapping() : o;
    }

    /** {@code mappingproxy(mapping)}: anything with {@code __getitem__} that is not a list or tuple. */
    private static Object newProxy(Object type, Object[] args, String[] kw) {
        int nkw = BuiltinMethods.nkw(kw);
        if (nkw == 1 && kw[0].equals("mapping") && args.length == 1) {
            return checked(args[0]);
        }
        if (nkw > 0) {
            throw Errors.typeError("mappingproxy() got an unexpected keyword argument '" + kw[0] + "'");
        }
        if (args.length != 1) {
            throw Errors.typeError(args.length == 0 ? "mappingproxy() missing required argument 'mapping' (pos 1)"
                    : "mappingproxy() takes at most 1 argument (" + args.length + " given)");
        }
        return checked(args[0]);
    }

    private static Object checked(Object mapping) {
        if (mapping instanceof PyList || mapping instanceof PyTuple
                || PyType.of(mapping).slot(Slot.GETITEM) == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + Op.typeName(mapping));
        }
        return new PyMappingProxy(mapping);
    }
}
