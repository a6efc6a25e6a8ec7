package org.jyston.type.object.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code object}: the root of every type, with the default repr, equality and hashing. */
final class ObjectType {
    private ObjectType() {}

    /** An instance of plain {@code object} (or, until layouts arrive, of a type with no state of its own). */
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
                .call(Slot.NEW, ObjectType::newObject)
                .call(Slot.INIT, (self, args, kw) -> org.jyston.api.object.PyNone.None);
    }

    private static Object repr(Object self) {
        PyType t = PyType.of(self);
        String mod = t.getModule();
        String name = "builtins".equals(mod) ? t.getQualname() : mod + "." + t.getQualname();
        return "<" + name + " object at " + address(self) + ">";
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

    private static Object newObject(Object type, Object[] args, String[] kw) {
        PyType t = (PyType) type;
        if (args.length > 0 && t.getName().equals("object")) {
            throw Errors.typeError("object() takes no arguments");
        }
        return new Instance(t);
    }
}
