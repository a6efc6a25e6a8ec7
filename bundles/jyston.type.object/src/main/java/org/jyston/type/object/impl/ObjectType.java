package org.jyston.type.object.impl;

import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code object}: the root of every type, with the default repr, equality, hashing and attribute protocol. */
final class ObjectType {
    private ObjectType() {}

    /** An instance of plain {@code object}: no attribute dictionary, as in CPython. */
    static final class Instance implements PyObject {
        private final PyType type;

        Instance(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }
    }

    private static final Slot.Call NEW = ObjectType::newObject;
    private static final Slot.Call INIT = ObjectType::init;

    /** The address CPython would print in a default repr: here the identity hash, in CPython's format. */
    static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    static TypeSpec spec() {
        return new TypeSpec("object").flag(TypeSpec.Flag.BASETYPE)
                .unary(Slot.REPR, ObjectType::repr)
                .unary(Slot.STR, Op::repr)
                .unary(Slot.HASH, self -> (long) System.identityHashCode(self))
                .binary(Slot.EQ, (self, other) -> self == other ? Boolean.TRUE : PyNotImplemented.NotImplemented)
                .binary(Slot.NE, ObjectType::ne)
                .binary(Slot.GETATTRIBUTE, (self, name) -> Attributes.genericGet(self, attrName(name)))
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    Attributes.genericSet(self, attrName(name), value);
                    return PyNone.None;
                })
                .binary(Slot.DELATTR, (self, name) -> {
                    Attributes.genericSet(self, attrName(name), null);
                    return PyNone.None;
                })
                .binary(Slot.FORMAT, ObjectType::format)
                .call(Slot.NEW, NEW)
                .call(Slot.INIT, INIT);
    }

    static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + Op.typeName(name) + "'");
    }

    private static Object repr(Object self) {
        PyType t = PyType.of(self);
        String mod = t.getModule();
        String name = "builtins".equals(mod) ? t.getQualname() : mod + "." + t.getQualname();
        return "<" + name + " object at " + address(self) + ">";
    }

    /**
     * {@code object.__format__}; for the builtin str, int, bool and float (whose format-spec
     * mini-language lives with {@code str.format}) a spec is formatted by {@code str.format}.
     */
    private static Object format(Object self, Object spec) {
        if (spec instanceof String s && !s.isEmpty()) {
            Object v = org.jyston.api.object.Derived.unwrap(self);
            if (v instanceof String || v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double
                    || v instanceof Boolean) {
                return Op.call(Op.getattr("{:" + s + "}", "format"), v);
            }
            throw Errors.typeError("unsupported format string passed to " + Op.typeName(self) + ".__format__");
        }
        return Op.str(self);
    }

    /** {@code object.__ne__}: the inverse of {@code __eq__}, unless that declines. */
    private static Object ne(Object self, Object other) {
        Slot.Binary eq = PyType.of(self).binary(Slot.EQ);
        Object r = eq.apply(self, other);
        if (r == PyNotImplemented.NotImplemented) {
            return r;
        }
        return !Op.isTrue(r);
    }

    /** {@code object.__new__}: with CPython's rules for surplus arguments. */
    private static Object newObject(Object type, Object[] args, String[] kw) {
        PyType t = (PyType) type;
        if (args.length > 0) {
            if (t.slot(Slot.NEW) != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.slot(Slot.INIT) == INIT) {
                throw Errors.typeError(t.getQualname() + "() takes no arguments");
            }
        }
        if (t.isHeapType()) {
            return PyInstance.create(t);
        }
        if (!t.getName().equals("object")) {
            throw Errors.typeError("object.__new__(" + t.getName() + ") is not safe, use " + t.getName() + ".__new__()");
        }
        return new Instance(t);
    }

    private static Object init(Object self, Object[] args, String[] kw) {
        if (args.length > 0) {
            PyType t = PyType.of(self);
            if (t.slot(Slot.INIT) != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.slot(Slot.NEW) == NEW) {
                throw Errors.typeError(t.getQualname() + "() takes no arguments");
            }
        }
        return PyNone.None;
    }
}
