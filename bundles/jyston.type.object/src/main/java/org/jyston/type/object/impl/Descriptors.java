package org.jyston.type.object.impl;

import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code staticmethod}, {@code classmethod} and {@code property}: the descriptors classes use. */
final class Descriptors {
    private Descriptors() {}

    /**
     * A wrapped callable and the type that wraps it. Its dictionary holds, as CPython's does, the
     * callable's {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
     * {@code __annotations__}; it is filled when first looked at, so making one costs nothing more.
     */
    static final class Wrapper implements PyObject, HasDict, org.jyston.api.object.SlotStorage {
        final PyType type;
        final Object fn;
        private PyDict dict;
        private Object[] slots;

        @Override
        public synchronized Object[] slotValues(int size) {
            if (slots == null) {
                slots = new Object[size];
            }
            return slots;
        }

        Wrapper(PyType type, Object fn) {
            this.type = type;
            this.fn = fn;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) {
                PyDict d = new PyDict();
                for (String n : WRAPPED) {
                    try {
                        d.put(n, Op.getattr(fn, n));
                    } catch (PyException e) {
                        // absent on the callable: absent here too
                    }
                }
                dict = d;
            }
            return dict;
        }

        @Override
        public PyDict getDictIfPresent() {
            return getDict();
        }

        /** {@code __dict__ = d}, with CPython's checks. */
        synchronized void setDict(Object value) {
            if (value == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(value instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Op.typeName(value) + "'");
            }
            dict = d;
        }
    }

    /**
     * The entries CPython's {@code staticmethod}/{@code classmethod} have in their dictionary. Reads
     * go through {@link #wrapperAttribute} first, which answers the same.
     */
    private static TypeSpec wrapperDescriptors(TypeSpec spec, String owner) {
        return spec.attribute("__func__", GetSetDescriptor.member("__func__", owner, self -> ((Wrapper) self).fn, null, null))
                .attribute("__wrapped__", GetSetDescriptor.member("__wrapped__", owner, self -> ((Wrapper) self).fn,
                        null, null))
                .attribute("__isabstractmethod__", new GetSetDescriptor("__isabstractmethod__", owner,
                        self -> isAbstract(((Wrapper) self).fn), null, null))
                .attribute("__dict__", new GetSetDescriptor("__dict__", owner, self -> ((Wrapper) self).getDict(),
                        (self, v) -> ((Wrapper) self).setDict(v), null));
    }

    private static final String[] WRAPPED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static TypeSpec staticMethod() {
        return wrapperDescriptors(new TypeSpec("staticmethod"), "staticmethod").flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.SUBCLASS_NEW)
                .call(Slot.NEW, (t, args, kw) -> new Wrapper((PyType) t, oneArg("staticmethod", args)))
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .ternary(Slot.GET, (self, inst, owner) -> ((Wrapper) self).fn)
                .call(Slot.CALL, (self, args, kw) -> Op.call(((Wrapper) self).fn, args, kw))
                .binary(Slot.GETATTRIBUTE, Descriptors::wrapperAttribute)
                .unary(Slot.REPR, self -> "<staticmethod(" + Op.repr(((Wrapper) self).fn) + ")>");
    }

    static TypeSpec classMethod() {
        return wrapperDescriptors(new TypeSpec("classmethod"), "classmethod").flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.SUBCLASS_NEW)
                .call(Slot.NEW, (t, args, kw) -> new Wrapper((PyType) t, oneArg("classmethod", args)))
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .ternary(Slot.GET, Descriptors::classMethodGet)
                .binary(Slot.GETATTRIBUTE, Descriptors::wrapperAttribute)
                .unary(Slot.REPR, self -> "<classmethod(" + Op.repr(((Wrapper) self).fn) + ")>");
    }

    /**
     * Binds to the owner ({@code type(inst)} when left out); a wrapped descriptor other than a plain
     * function (a property, as Python 3.9 to 3.12 allow) is asked to bind to the owner itself.
     */
    private static Object classMethodGet(Object self, Object inst, Object owner) {
        Object fn = ((Wrapper) self).fn;
        Object cls = owner == PyNone.None || owner == null ? PyType.of(inst) : owner;
        if (!(fn instanceof PyCallable)) {
            Slot.Ternary get = PyType.of(fn).ternary(Slot.GET);
            if (get != null) {
                return get.apply(fn, cls, cls);
            }
        }
        return new PyMethod(cls, fn);
    }

    private static Object wrapperAttribute(Object self, Object name) {
        switch ((String) name) {
            case "__func__":
            case "__wrapped__":
                return ((Wrapper) self).fn;
            case "__isabstractmethod__":
                return isAbstract(((Wrapper) self).fn);
            default:
                return Attributes.genericGet(self, (String) name);
        }
    }

    private static boolean isAbstract(Object fn) {
        try {
            return Op.isTrue(Op.getattr(fn, "__isabstractmethod__"));
        } catch (PyException e) {
            return false;
        }
    }

    private static Object oneArg(String name, Object[] args) {
        if (args.length != 1) {
            throw Errors.typeError(name + " expected 1 argument, got " + args.length);
        }
        return args[0];
    }

    /** A property: getter, setter, deleter and doc. */
    static final class Property implements PyObject, HasDict {
        final PyType type;
        private PyDict dict;
        final Object fget;
        final Object fset;
        final Object fdel;
        final Object doc;
        String name;

        Property(PyType type, Object fget, Object fset, Object fdel, Object doc) {
            this.type = type;
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public PyDict getDictIfPresent() {
            return dict;
        }

        /** Only instances of Python subclasses have a dictionary. */
        @Override
        public boolean allowsDict() {
            return type.isHeapType();
        }
    }

    private static final TypeRef PROPERTY = TypeRef.of("property");

    static TypeSpec property() {
        return new TypeSpec("property").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .call(Slot.NEW, Descriptors::newProperty)
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .ternary(Slot.GET, (self, inst, owner) -> {
                    Property p = (Property) self;
                    if (inst == PyNone.None || inst == null) {
                        return p;
                    }
                    if (p.fget == PyNone.None) {
                        throw Errors.raise(Errors.AttributeError, noAccessor(p, inst, "getter"));
                    }
                    return Op.call(p.fget, inst);
                })
                .ternary(Slot.SET, (self, inst, value) -> {
                    Property p = (Property) self;
                    if (p.fset == PyNone.None) {
                        throw Errors.raise(Errors.AttributeError, noAccessor(p, inst, "setter"));
                    }
                    Op.call(p.fset, inst, value);
                    return PyNone.None;
                })
                .binary(Slot.DELETE, (self, inst) -> {
                    Property p = (Property) self;
                    if (p.fdel == PyNone.None) {
                        throw Errors.raise(Errors.AttributeError, noAccessor(p, inst, "deleter"));
                    }
                    Op.call(p.fdel, inst);
                    return PyNone.None;
                })
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    Property p = (Property) self;
                    switch ((String) name) {
                        case "fget": return p.fget;
                        case "fset": return p.fset;
                        case "fdel": return p.fdel;
                        case "__doc__": return p.doc;
                        default: return Attributes.genericGet(self, (String) name);
                    }
                })
                // struct members and a getset in CPython; reads take the switch above
                .attribute("fget", GetSetDescriptor.member("fget", "property", self -> ((Property) self).fget, null, null))
                .attribute("fset", GetSetDescriptor.member("fset", "property", self -> ((Property) self).fset, null, null))
                .attribute("fdel", GetSetDescriptor.member("fdel", "property", self -> ((Property) self).fdel, null, null))
                .attribute("__isabstractmethod__", new GetSetDescriptor("__isabstractmethod__", "property",
                        self -> propertyIsAbstract((Property) self), null, null))
                .attribute("getter", new PyBuiltinFunction("getter", (args, kw) -> copy(args, 1)))
                .attribute("setter", new PyBuiltinFunction("setter", (args, kw) -> copy(args, 2)))
                .attribute("deleter", new PyBuiltinFunction("deleter", (args, kw) -> copy(args, 3)))
                .attribute("__set_name__", new PyBuiltinFunction("__set_name__", (args, kw) -> {
                    // the name error messages use: the one the class binds it to
                    if (args.length != 3) {
                        throw Errors.typeError("__set_name__() takes 2 positional arguments but " + (args.length - 1)
                                + " were given");
                    }
                    ((Property) args[0]).name = args[2] instanceof String n ? n : Op.str(args[2]);
                    return PyNone.None;
                }));
    }

    /** CPython's {@code property.__isabstractmethod__}: any accessor that is abstract makes it so. */
    private static boolean propertyIsAbstract(Property p) {
        return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
    }

    private static String noAccessor(Property p, Object inst, String which) {
        String n = p.name != null ? "property '" + p.name + "'" : "property";
        return n + " of '" + Op.typeName(inst) + "' object has no " + which;
    }

    /** {@code prop.setter(f)} and friends: a copy of the property with one accessor replaced. */
    private static Object copy(Object[] args, int which) {
        Property p = (Property) args[0];
        Object f = args[1];
        Property q = new Property(p.type, which == 1 ? f : p.fget, which == 2 ? f : p.fset, which == 3 ? f : p.fdel,
                which == 1 && p.doc == PyNone.None ? docOf(f) : p.doc);
        q.name = p.name;
        return q;
    }

    private static Object newProperty(Object t, Object[] args, String[] kw) {
        Object[] v = {PyNone.None, PyNone.None, PyNone.None, PyNone.None};
        String[] names = {"fget", "fset", "fdel", "doc"};
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 4) {
            throw Errors.typeError("property() takes at most 4 arguments (" + npos + " given)");
        }
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int i = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (i < 0) {
                throw Errors.typeError("property() got an unexpected keyword argument '" + kw[k] + "'");
            }
            v[i] = args[npos + k];
        }
        Object doc = v[3] == PyNone.None && v[0] != PyNone.None ? docOf(v[0]) : v[3];
        Property p = new Property((PyType) t, v[0], v[1], v[2], doc);
        return p;
    }

    private static Object docOf(Object f) {
        try {
            return Op.getattr(f, "__doc__");
        } catch (RuntimeException e) {
            return PyNone.None;
        }
    }

    static PyType propertyType() {
        return PROPERTY.get();
    }
}
