package org.jyston.type.object.impl;

import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySlotWrapper;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s type. The zero-argument form is completed by the compiler, which passes the
 * {@code __class__} cell and the method's first argument.
 */
final class SuperType {
    private SuperType() {}

    static final class Super implements PyObject {
        final PyType type;
        final PyType start;
        final Object obj;
        final PyType objType;

        Super(PyType type, PyType start, Object obj, PyType objType) {
            this.type = type;
            this.start = start;
            this.obj = obj;
            this.objType = objType;
        }

        @Override
        public PyType getType() {
            return type;
        }
    }

    static TypeSpec spec() {
        return new TypeSpec("super").flag(TypeSpec.Flag.BASETYPE)
                .call(Slot.NEW, SuperType::newSuper)
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .binary(Slot.GETATTRIBUTE, SuperType::get)
                // super(C) stored as a class attribute binds to the instance it is read through
                .ternary(Slot.GET, (self, inst, owner) -> {
                    Super s = (Super) self;
                    if (inst == PyNone.None || inst == null || s.obj != null) {
                        return s;
                    }
                    return Op.call(PyType.of(s), s.start, inst);
                })
                // struct members in CPython; reads take the switch in get
                .attribute("__thisclass__", GetSetDescriptor.member("__thisclass__", "super", self -> ((Super) self).start,
                        null, "the class invoking super()"))
                .attribute("__self__", GetSetDescriptor.member("__self__", "super", self -> {
                    Object o = ((Super) self).obj;
                    return o == null ? PyNone.None : o;
                }, null, "the instance invoking super(); may be None"))
                .attribute("__self_class__", GetSetDescriptor.member("__self_class__", "super", self -> {
                    Object o = ((Super) self).objType;
                    return o == null ? PyNone.None : o;
                }, null, "the type of the instance invoking super(); may be None"))
                .unary(Slot.REPR, self -> {
                    Super s = (Super) self;
                    return "<super: <class '" + s.start.getName() + "'>, "
                            + (s.obj == null ? "NULL" : "<" + s.objType.getName() + " object>") + ">";
                });
    }

    private static Object newSuper(Object t, Object[] args, String[] kw) {
        if (args.length == 0) {
            throw Errors.raise(Errors.RuntimeError, "super(): no arguments");
        }
        if (!(args[0] instanceof PyType start)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Op.typeName(args[0]));
        }
        if (args.length == 1) {
            return new Super((PyType) t, start, null, null);
        }
        Object obj = args[1];
        PyType objType;
        if (obj instanceof PyType ot && ot.isSubtypeOf(start)) {
            objType = ot;
        } else if (PyType.of(obj).isSubtypeOf(start)) {
            objType = PyType.of(obj);
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new Super((PyType) t, start, obj, objType);
    }

    private static Object get(Object self, Object nameObj) {
        Super s = (Super) self;
        String name = (String) nameObj;
        switch (name) { // super's own members (no class after the start defines these names)
            case "__thisclass__":
                return s.start;
            case "__self__":
                return s.obj == null ? PyNone.None : s.obj;
            case "__self_class__":
                return s.objType == null ? PyNone.None : s.objType;
            default:
                break;
        }
        if (s.obj != null && !name.equals("__class__")) {
            var mro = s.objType.getMro();
            int i = mro.indexOf(s.start);
            for (int j = i + 1; j < mro.size(); j++) {
                PyType t = mro.get(j);
                Object v = t.getDict().get(name);
                if (v == null) {
                    continue;
                }
                if (v instanceof PyBuiltinFunction bf && bf.isClassMethod()) {
                    return new PyMethod(s.objType, v); // a class method of a builtin type binds to the class
                }
                Slot.Ternary get = PyType.of(v).ternary(Slot.GET);
                if (get != null) {
                    return get.apply(v, s.obj == s.objType ? PyNone.None : s.obj, s.objType);
                }
                if (s.obj != s.objType && (v instanceof PyBuiltinFunction || v instanceof PySlotWrapper)) {
                    Object inst = s.obj;
                    if (v instanceof PySlotWrapper w) {
                        return new PyBuiltinFunction(name, (args, kw) -> {
                            Object[] all = new Object[args.length + 1];
                            all[0] = inst;
                            System.arraycopy(args, 0, all, 1, args.length);
                            return w.invoke(all, kw);
                        });
                    }
                    return new PyMethod(inst, v);
                }
                return v;
            }
        }
        if (name.equals("__init_subclass__") && s.obj != null) {
            // object.__init_subclass__: accepts no keyword arguments, does nothing
            PyType cls = s.objType;
            return new PyBuiltinFunction("__init_subclass__", (args, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw Errors.typeError(cls.getQualname() + ".__init_subclass__() takes no keyword arguments");
                }
                return PyNone.None;
            });
        }
        return Attributes.genericGet(self, name);
    }
}
