package org.jyston.type.object.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyList;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code type}: calling a type makes an instance ({@code __new__} then {@code __init__});
 * {@code type(name, bases, dict)} and metaclasses make classes.
 */
final class TypeType {
    private TypeType() {}

    static TypeSpec spec() {
        TypeSpec spec = new TypeSpec("type");
        TypeAttributes.addTo(spec);
        return spec.representation(PyType.class).flag(TypeSpec.Flag.BASETYPE)
                .unary(Slot.REPR, self -> {
                    PyType t = (PyType) self;
                    String mod = t.getModule();
                    return "<class '" + ("builtins".equals(mod) ? "" : mod + ".") + t.getQualname() + "'>";
                })
                .binary(Slot.GETATTRIBUTE, (self, name) -> Attributes.typeGet(self, ObjectType.attrName(name)))
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    setattr((PyType) self, ObjectType.attrName(name), value);
                    return PyNone.None;
                })
                .binary(Slot.DELATTR, (self, name) -> {
                    setattr((PyType) self, ObjectType.attrName(name), null);
                    return PyNone.None;
                })
                .unary(Slot.HASH, self -> (long) System.identityHashCode(self))
                .binary(Slot.OR, GenericAliasType::or)
                .binary(Slot.ROR, (a, b) -> GenericAliasType.or(b, a))
                .call(Slot.CALL, TypeType::call)
                .attribute("mro", BuiltinMethods.method("type", PyType.class, "mro", (self, a, kw) -> {
                    BuiltinMethods.none("type.mro", a, kw);
                    return new PyList(((PyType) self).getMro().toArray());
                }))
                .attribute("__subclasses__", BuiltinMethods.method("type", PyType.class, "__subclasses__",
                        (self, a, kw) -> {
                            BuiltinMethods.none("type.__subclasses__", a, kw);
                            return new PyList(((PyType) self).liveSubclasses().toArray());
                        }))
                .attribute("__instancecheck__", BuiltinMethods.method("type", PyType.class, "__instancecheck__",
                        (self, a, kw) -> ((PyType) self).isInstance(BuiltinMethods.one("type.__instancecheck__", a, kw))))
                .attribute("__subclasscheck__", BuiltinMethods.method("type", PyType.class, "__subclasscheck__",
                        (self, a, kw) -> {
                            Object sub = BuiltinMethods.one("type.__subclasscheck__", a, kw);
                            if (!(sub instanceof PyType st)) {
                                throw Errors.typeError("issubclass() arg 1 must be a class");
                            }
                            return st.isSubtypeOf((PyType) self);
                        }))
                // type.__prepare__(name, bases, **kwds): the namespace a class body runs in
                .attribute("__prepare__", PyBuiltinFunction.classMethod("__prepare__", (a, kw) -> new PyDict()))
                .call(Slot.NEW, TypeType::newType)
                .call(Slot.INIT, (self, args, kw) -> PyNone.None);
    }

    /**
     * {@code cls.attr = value}: {@code __name__} and {@code __qualname__} are properties of the type
     * with CPython's checks; everything else goes to the type's dictionary.
     */
    static void setattr(PyType t, String name, Object value) {
        if (name.equals("__bases__")) {
            setBases(t, value);
            return;
        }
        if (name.equals("__name__") || name.equals("__qualname__")) {
            if (!t.isHeapType()) {
                throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
            }
            if (value == null) {
                throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + t.getName()
                        + "'");
            }
            if (!(value instanceof String s)) {
                throw Errors.typeError("can only assign string to " + t.getName() + "." + name + ", not '"
                        + Op.typeName(value) + "'");
            }
            if (name.equals("__name__")) {
                if (s.indexOf('\0') >= 0) {
                    throw Errors.valueError("type name must not contain null characters");
                }
                t.setName(s);
            } else {
                t.setQualname(s);
            }
            return;
        }
        Attributes.typeSet(t, name, value);
    }

    /** {@code cls.__bases__ = value}: the argument checks here, the layout and MRO checks in the kernel. */
    private static void setBases(PyType t, Object value) {
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + t.getName() + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + t.getName() + "'");
        }
        if (!(value instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + t.getName() + ".__bases__, not "
                    + Op.typeName(value));
        }
        List<PyType> bases = new ArrayList<>();
        for (int i = 0; i < tuple.size(); i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw Errors.typeError(t.getName() + ".__bases__ must be tuple of classes, not '"
                        + Op.typeName(tuple.get(i)) + "'");
            }
            bases.add(b);
        }
        t.setBases(bases);
    }

    private static Object call(Object self, Object[] args, String[] kw) {
        PyType t = (PyType) self;
        int nkw = kw == null ? 0 : kw.length;
        if (t.getName().equals("type") && !t.isHeapType() && args.length == 1 && nkw == 0) {
            return PyType.of(args[0]);
        }
        if (t.has(TypeSpec.Flag.NO_INSTANCES)) {
            throw Errors.typeError("cannot create '" + t.getName() + "' instances");
        }
        Slot.Call newFn = t.call(Slot.NEW);
        if (newFn == null) {
            throw Errors.typeError("cannot create '" + t.getName() + "' instances");
        }
        Object obj = newFn.apply(t, args, kw);
        PyType ot = PyType.of(obj);
        if (ot.isSubtypeOf(t)) {
            Slot.Call init = ot.call(Slot.INIT);
            if (init != null) {
                Object r = init.apply(obj, args, kw);
                if (r != PyNone.None) {
                    throw Errors.typeError("__init__() should return None, not '" + PyType.of(r).getName() + "'");
                }
            }
        }
        return obj;
    }

    /** {@code type.__new__(mcls, name, bases, ns)}: a new class whose type is {@code mcls}. */
    private static Object newType(Object mcls, Object[] args, String[] kw) {
        PyType meta = (PyType) mcls;
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof String name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Op.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Op.typeName(args[1]));
        }
        if (!(args[2] instanceof PyDict dict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Op.typeName(args[2]));
        }
        List<PyType> bases = new ArrayList<>();
        for (int i = 0; i < basesTuple.size(); i++) {
            if (!(basesTuple.get(i) instanceof PyType b)) {
                if (PyType.of(basesTuple.get(i)).lookup("__mro_entries__") != null) {
                    throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
                throw Errors.typeError("bases must be types");
            }
            bases.add(b);
        }
        // meta is a class here, so the kernel's answer is one too
        PyType winner = (PyType) org.jyston.api.object.ClassBuilding.metaclass(meta, bases.toArray());
        if (winner != meta) {
            // CPython's type_new: a more derived metaclass with a __new__ of its own makes the class
            Object winnerNew = winner.lookup("__new__");
            Object typeNew = org.jyston.api.object.TypeRef.of("type").get().getDict().get("__new__");
            if (winnerNew != null && winnerNew != typeNew) {
                Object[] full = new Object[args.length + 1];
                full[0] = winner;
                System.arraycopy(args, 0, full, 1, args.length);
                return Op.call(Op.getattr(winner, "__new__"), full, kw);
            }
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        for (Object k : dict.keys()) {
            if (k instanceof String s) {
                ns.put(s, dict.get(k));
            }
        }
        if (!ns.containsKey("__module__")) {
            // CPython takes the module from the globals of the code calling type()
            org.jyston.api.object.FrameView caller = org.jyston.api.object.PyThreadState.current().frame;
            Object mod = caller == null ? null : caller.globals().get("__name__");
            if (mod != null) {
                ns.put("__module__", mod);
            }
        }
        implicitDescriptor(ns, "__new__", STATICMETHOD);
        implicitDescriptor(ns, "__init_subclass__", CLASSMETHOD);
        implicitDescriptor(ns, "__class_getitem__", CLASSMETHOD);
        boolean plainType = winner.getName().equals("type") && !winner.isHeapType();
        PyType cls = PyType.newHeapType(name, bases, ns, plainType ? null : winner);
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            Object hook = PyType.of(e.getValue()).lookup("__set_name__");
            if (hook != null) {
                try {
                    Op.call(Op.getattr(e.getValue(), "__set_name__"), cls, e.getKey());
                } catch (org.jyston.api.object.PyException ex) {
                    ex.value().addNote("Error calling __set_name__ on '" + Op.typeName(e.getValue())
                            + "' instance '" + e.getKey() + "' in '" + name + "'");
                    throw ex;
                }
            }
        }
        initSubclass(cls, args, kw);
        return cls;
    }

    private static final org.jyston.api.object.TypeRef STATICMETHOD = org.jyston.api.object.TypeRef.of("staticmethod");
    private static final org.jyston.api.object.TypeRef CLASSMETHOD = org.jyston.api.object.TypeRef.of("classmethod");

    /**
     * CPython's type_new stores a plain function named {@code __new__} as a staticmethod and
     * {@code __init_subclass__}/{@code __class_getitem__} as classmethods, so that the class dictionary,
     * {@code super()} and the slot machinery all see the same descriptor.
     */
    private static void implicitDescriptor(Map<String, Object> ns, String name, org.jyston.api.object.TypeRef wrapper) {
        Object v = ns.get(name);
        if (v != null && !PyType.of(v).isHeapType() && PyType.of(v).getName().equals("function")) {
            ns.put(name, new Descriptors.Wrapper(wrapper.get(), v));
        }
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}: the nearest definition after {@code cls}. */
    private static void initSubclass(PyType cls, Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        var mro = cls.getMro();
        for (int i = 1; i < mro.size(); i++) {
            Object hook = mro.get(i).getDict().get("__init_subclass__");
            if (hook == null || !mro.get(i).isHeapType()) {
                continue;
            }
            Object fn = hook;
            org.jyston.api.object.Slot.Ternary get = PyType.of(hook).ternary(Slot.GET);
            if (get != null) {
                fn = get.apply(hook, PyNone.None, cls);
            }
            Object[] kwargs = new Object[nkw];
            System.arraycopy(args, args.length - nkw, kwargs, 0, nkw);
            Object[] all = new Object[nkw + 1];
            all[0] = cls;
            System.arraycopy(kwargs, 0, all, 1, nkw);
            if (fn instanceof org.jyston.api.object.PyMethod) {
                Op.call(fn, kwargs, kw);
            } else {
                Op.call(fn, all, kw);
            }
            return;
        }
        if (nkw > 0) {
            throw Errors.typeError(cls.getQualname() + ".__init_subclass__() takes no keyword arguments");
        }
    }
}
