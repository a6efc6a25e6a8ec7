package org.jyston.type.object.impl;

import org.jyston.api.object.Attributes;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
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

    /**
     * {@code __sizeof__}: the size CPython's 64-bit build reports for the same value (its header and
     * items), as a guide for {@code sys.getsizeof}; the JVM's own sizes are not observable.
     */
    private static long sizeOf(Object o) {
        Object v = org.jyston.api.object.Derived.unwrap(o);
        if (v instanceof Boolean || v instanceof Long) {
            long x = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
            return x == 0 ? 24 : 24 + 4 * ((64 - Long.numberOfLeadingZeros(Math.abs(x == Long.MIN_VALUE ? x + 1 : x)) + 29) / 30);
        }
        if (v instanceof java.math.BigInteger b) {
            return 24 + 4 * ((b.abs().bitLength() + 29) / 30);
        }
        if (v instanceof Double) {
            return 24;
        }
        if (v instanceof String s) {
            return 49 + s.length();
        }
        if (v instanceof org.jyston.api.object.PyTuple t) {
            return 24 + 8L * t.size();
        }
        if (v instanceof org.jyston.api.object.PyList l) {
            return 40 + 8L * l.size();
        }
        return 16;
    }

    static TypeSpec spec() {
        return new TypeSpec("object").flag(TypeSpec.Flag.BASETYPE)
                .doc("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
                        + "featureless\ninstance that has no instance attributes and cannot be given any.\n")
                .attribute("__init_subclass__", PyBuiltinFunction.classMethod("__init_subclass__", (a, kw) -> {
                    // the default hook: does nothing, and takes no keyword arguments
                    if (a.length > 1 || (kw != null && kw.length > 0)) {
                        throw Errors.typeError(((PyType) a[0]).getQualname()
                                + ".__init_subclass__() takes no keyword arguments");
                    }
                    return PyNone.None;
                }))
                .attribute("__subclasshook__", PyBuiltinFunction.classMethod("__subclasshook__",
                        (a, kw) -> PyNotImplemented.NotImplemented))
                .attribute("__class__", org.jyston.api.object.GetSetDescriptor.classAttribute())
                .attribute("__sizeof__", org.jyston.api.object.BuiltinMethods.method("object", o -> true, "__sizeof__",
                        (self, a, kw) -> {
                            org.jyston.api.object.BuiltinMethods.none("object.__sizeof__", a, kw);
                            return sizeOf(self);
                        }))
                .attribute("__dir__", BuiltinMethods.method("object", o -> true, "__dir__", (self, a, kw) -> {
                    BuiltinMethods.none("object.__dir__", a, kw);
                    return objectDir(self);
                }))
                .attribute("__reduce_ex__", ObjectReduce.reduceEx())
                .attribute("__reduce__", ObjectReduce.reduce())
                .attribute("__getstate__", BuiltinMethods.method("object", o -> true, "__getstate__",
                        (self, a, kw) -> {
                            BuiltinMethods.none("object.__getstate__", a, kw);
                            return getstate(self);
                        }))
                .unary(Slot.REPR, ObjectType::repr)
                .unary(Slot.STR, Op::repr)
                .unary(Slot.HASH, self -> (long) System.identityHashCode(self))
                .binary(Slot.EQ, (self, other) -> self == other ? Boolean.TRUE : PyNotImplemented.NotImplemented)
                .binary(Slot.NE, ObjectType::ne)
                // ordering is not defined for objects in general: each side may decline
                .binary(Slot.LT, (self, other) -> PyNotImplemented.NotImplemented)
                .binary(Slot.LE, (self, other) -> PyNotImplemented.NotImplemented)
                .binary(Slot.GT, (self, other) -> PyNotImplemented.NotImplemented)
                .binary(Slot.GE, (self, other) -> PyNotImplemented.NotImplemented)
                .binary(Slot.GETATTRIBUTE, (self, name) -> Attributes.genericGet(self, attrName(name)))
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    String n = attrName(name);
                    if (n.equals("__class__")) {
                        checkClassAssignment(self, value);
                    }
                    Attributes.genericSet(self, n, value);
                    return PyNone.None;
                })
                .binary(Slot.DELATTR, (self, name) -> {
                    String n = attrName(name);
                    if (n.equals("__class__")) {
                        throw Errors.typeError("can't delete __class__ attribute");
                    }
                    Attributes.genericSet(self, n, null);
                    return PyNone.None;
                })
                .binary(Slot.FORMAT, ObjectType::format)
                .call(Slot.NEW, NEW)
                .call(Slot.INIT, INIT);
    }

    /**
     * {@code obj.__class__ = cls}, with CPython's rules: only between classes made by Python code
     * whose instances have the same layout (here: plain instances with the same {@code __slots__}
     * and the same presence of a {@code __dict__}).
     */
    private static void checkClassAssignment(Object self, Object value) {
        if (!(value instanceof PyType nt)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Op.typeName(value) + "' object");
        }
        PyType old = PyType.of(self);
        if (!nt.isHeapType() || !old.isHeapType()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean plain = self instanceof PyInstance && !nt.has(TypeSpec.Flag.EXCEPTION)
                && nt.solidBase().getName().equals("object");
        if (!plain || !layout(nt).equals(layout(old))) {
            throw Errors.typeError("__class__ assignment: '" + nt.getName() + "' object layout differs from '"
                    + old.getName() + "'");
        }
    }

    /** What decides an instance's layout: its slot members in MRO order, then whether it has a dict. */
    private static java.util.List<Object> layout(PyType t) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        boolean dict = false;
        for (PyType c : t.getMro()) {
            if (!c.isHeapType()) {
                continue;
            }
            Object declared = c.getDict().get("__slots__");
            if (declared == null) {
                dict = true;
                continue;
            }
            for (Object v : c.getDict().values()) {
                if (v instanceof org.jyston.api.object.SlotMember m) {
                    out.add(m.name()); // CPython compares the slots' names, class by class
                }
            }
            if (declared instanceof String d ? d.equals("__dict__") : slotsListDict(declared)) {
                dict = true;
            }
        }
        out.add(dict);
        return out;
    }

    private static boolean slotsListDict(Object declared) {
        Object it = Op.iter(declared);
        for (Object n = Op.next(it); n != null; n = Op.next(it)) {
            if ("__dict__".equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** {@code object.__dir__(self)}: the instance dictionary's keys, then the class's attributes along its MRO. */
    private static Object objectDir(Object self) {
        java.util.LinkedHashSet<Object> names = new java.util.LinkedHashSet<>();
        if (self instanceof org.jyston.api.object.HasDict h && h.allowsDict() && h.getDictIfPresent() != null) {
            for (Object k : h.getDictIfPresent().keys()) {
                names.add(k);
            }
        }
        for (PyType t : PyType.of(self).getMro()) {
            names.addAll(t.getDict().keySet());
        }
        names.add("__class__");
        return new org.jyston.api.object.PyList(names.toArray());
    }

    /**
     * {@code object.__getstate__()} (3.11): None without state, the instance dictionary, or
     * {@code (dict or None, {slot: value})} when {@code __slots__} cells are set.
     */
    private static Object getstate(Object self) {
        Object state = PyNone.None;
        if (self instanceof org.jyston.api.object.HasDict h && h.allowsDict()) {
            org.jyston.api.object.PyDict d = h.getDictIfPresent();
            if (d != null && d.size() > 0) {
                state = d;
            }
        }
        org.jyston.api.object.PyDict slots = new org.jyston.api.object.PyDict();
        for (PyType t : PyType.of(self).getMro()) {
            for (Object v : t.getDict().values()) {
                if (v instanceof org.jyston.api.object.SlotMember m && slots.get(m.name()) == null) {
                    try {
                        slots.put(m.name(), m.get(self));
                    } catch (org.jyston.api.object.PyException e) {
                        // an unset slot is left out
                    }
                }
            }
        }
        return slots.size() > 0 ? org.jyston.api.object.PyTuple.of(state, slots) : state;
    }

    static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        if (org.jyston.api.object.Derived.unwrap(name) instanceof String s) {
            return s; // an instance of a str subclass names the attribute its text spells
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
