package org.jyston.type.object.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FunctionInfo;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.SlotMember;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlotWrapper;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code object}, {@code type}, and the types of the kernel's own objects. {@code tuple} is in the
 * sequence types' bundle ({@code jyston.type.list}).
 */
@Component(service = BuiltinType.class)
public class CoreTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(ObjectType.spec(), TypeType.spec(), singleton("NoneType", PyNone.class, "None", false),
                singleton("NotImplementedType", PyNotImplemented.class, "NotImplemented", true),
                singleton("ellipsis", PyEllipsis.class, "Ellipsis", true), function(),
                builtinFunction(), MethodTypes.methodDescriptor(), MethodTypes.classMethodDescriptor(),
                MethodTypes.methodWrapper(), slotWrapper(), method(), Descriptors.staticMethod(), Descriptors.classMethod(),
                Descriptors.property(), SuperType.spec(), cell(), module(), member(), getset(), seqIterator(),
                GenericAliasType.genericAliasSpec(), GenericAliasType.unionSpec());
    }

    private static TypeSpec singleton(String name, Class<?> cls, String repr, boolean truth) {
        Object value = repr.equals("None") ? PyNone.None : repr.equals("Ellipsis") ? PyEllipsis.Ellipsis
                : PyNotImplemented.NotImplemented;
        // CPython's message names ellipsis by its types-module name
        String callName = name.equals("ellipsis") ? "EllipsisType" : name;
        TypeSpec spec = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).representation(cls).unary(Slot.REPR, self -> repr)
                .unary(Slot.BOOL, self -> truth);
        if (name.equals("ellipsis")) {
            spec.internal(Slot.BOOL); // CPython's ellipsis has no __bool__: it is true by default
        }
        return spec
                .call(Slot.NEW, (t, args, kw) -> {
                    if (args.length != 0) {
                        throw Errors.typeError(callName + " takes no arguments");
                    }
                    return value;
                });
    }

    /** The function attributes CPython keeps as getset descriptors (code reads {@code FunctionType.__code__}). */
    private static final String[] FUNCTION_GETSETS = {"__annotations__", "__code__", "__defaults__", "__dict__",
        "__kwdefaults__", "__name__", "__qualname__"};
    /** The read-only ones CPython declares as struct members. */
    private static final String[] FUNCTION_MEMBERS = {"__builtins__", "__closure__", "__globals__"};

    /** {@code function}: instances come from the compiler and call themselves; they bind as methods. */
    private static TypeSpec function() {
        TypeSpec spec = new TypeSpec("function");
        for (String n : FUNCTION_GETSETS) {
            spec.attribute(n, new GetSetDescriptor(n, "function", obj -> functionSpecial(obj, n), (obj, v) -> {
                if (!((FunctionInfo) obj).setSpecial(n, v)) {
                    // not through the generic protocol: it would find this descriptor again
                    if (v == null) {
                        ((HasDict) obj).getDict().remove(n);
                    } else {
                        ((HasDict) obj).getDict().put(n, v);
                    }
                }
            }, null));
        }
        for (String n : FUNCTION_MEMBERS) {
            spec.attribute(n, GetSetDescriptor.member(n, "function", obj -> functionSpecial(obj, n), null, null));
        }
        // a writable struct member in CPython (del leaves None)
        spec.attribute("__module__", GetSetDescriptor.member("__module__", "function",
                obj -> ((FunctionInfo) obj).getModule(), (obj, v) -> ((FunctionInfo) obj).setSpecial("__module__", v),
                null));
        return spec.flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None ? self : new PyMethod(inst, self))
                .binary(Slot.GETATTRIBUTE, CoreTypes::functionAttribute)
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    if (!((FunctionInfo) self).setSpecial((String) name, value)) {
                        Attributes.genericSet(self, (String) name, value);
                    }
                    return PyNone.None;
                })
                .binary(Slot.DELATTR, (self, name) -> {
                    // the special attributes decide what deleting them means (None, a fresh value, an error)
                    if (!((FunctionInfo) self).setSpecial((String) name, null)) {
                        Attributes.genericSet(self, (String) name, null);
                    }
                    return PyNone.None;
                })
                .unary(Slot.REPR, self -> "<function " + ((FunctionInfo) self).getQualname() + " at "
                        + ObjectType.address(self) + ">");
    }

    /** A special attribute, read by its descriptor (never through the generic protocol, which finds the descriptor). */
    private static Object functionSpecial(Object self, String name) {
        FunctionInfo f = (FunctionInfo) self;
        switch (name) {
            case "__name__":
                return f.getName();
            case "__qualname__":
                return f.getQualname();
            case "__dict__":
                return ((HasDict) self).getDict();
            default:
                Object v = f.getSpecial(name);
                if (v == null && self instanceof HasDict h && h.getDictIfPresent() != null) {
                    v = h.getDictIfPresent().get(name);
                }
                if (v == null) {
                    throw Attributes.noAttribute(self, name);
                }
                return v;
        }
    }

    private static Object functionAttribute(Object self, Object name) {
        FunctionInfo f = (FunctionInfo) self;
        switch ((String) name) {
            case "__name__":
                return f.getName();
            case "__qualname__":
                return f.getQualname();
            case "__module__":
                return f.getModule();
            case "__doc__":
                return f.getDoc();
            default:
                Object v = f.getSpecial((String) name);
                return v != null ? v : Attributes.genericGet(self, (String) name);
        }
    }

    /** {@code method}: a function bound to an object. */
    private static TypeSpec method() {
        return new TypeSpec("method").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.NEW, CoreTypes::newMethod)
                .call(Slot.CALL, (self, args, kw) -> ((PyMethod) self).call(args, kw))
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyMethod m = (PyMethod) self;
                    switch ((String) name) {
                        case "__self__":
                            return m.self();
                        case "__func__":
                            return m.function();
                        default:
                            return Op.getattr(m.function(), (String) name);
                    }
                })
                .binary(Slot.EQ, MethodTypes::boundEq)
                // equal bound methods hash equal: the identity of __self__ and the function's hash
                .unary(Slot.HASH, self -> (long) System.identityHashCode(((PyMethod) self).self())
                        ^ Op.hash(((PyMethod) self).function()))
                .unary(Slot.REPR, self -> {
                    PyMethod m = (PyMethod) self;
                    Object qn;
                    try {
                        qn = Op.getattr(m.function(), "__qualname__");
                    } catch (org.jyston.api.object.PyException e) {
                        qn = "?";
                    }
                    return "<bound method " + Op.str(qn) + " of " + Op.repr(m.self()) + ">";
                });
    }

    /** {@code types.MethodType(function, instance)}. */
    private static Object newMethod(Object type, Object[] args, String[] kw) {
        noKeywords("method", kw);
        if (args.length != 2) {
            throw Errors.typeError("method expected 2 arguments, got " + args.length);
        }
        if (!(args[0] instanceof PyCallable) && PyType.of(args[0]).call(Slot.CALL) == null) {
            throw Errors.typeError("first argument must be callable");
        }
        if (args[1] == PyNone.None) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyMethod(args[1], args[0]);
    }

    /** {@code module}: attributes live in the module's namespace; PEP 562 {@code __getattr__} as the fallback. */
    private static TypeSpec module() {
        return new TypeSpec("module").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.BASETYPE)
                .call(Slot.NEW, CoreTypes::newModule)
                .call(Slot.INIT, (self, args, kw) -> PyNone.None)
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyModule m = (PyModule) self;
                    String n = ObjectType.attrName(name);
                    Object v = m.getDict().get(n);
                    if (v != null) {
                        if (v == PyNone.None && m.supplySpec(n)) {
                            v = m.getDict().get(n); // __spec__ made on demand by the import system
                        }
                        return v;
                    }
                    try {
                        return Attributes.genericGet(self, n);
                    } catch (org.jyston.api.object.PyException e) {
                        Object hook = m.getDict().get("__getattr__");
                        if (hook != null) {
                            return Op.call(hook, n);
                        }
                        throw Errors.raise(Errors.AttributeError, "module '" + m.getName() + "' has no attribute '" + n
                                + "'");
                    }
                })
                .unary(Slot.REPR, Object::toString);
    }

    /** {@code ModuleType(name, doc=None)}: a module with the attributes an imported one starts with. */
    private static Object newModule(Object type, Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("module() takes at most 2 arguments (" + args.length + " given)");
        }
        Object name = npos > 0 ? args[0] : null;
        Object doc = npos > 1 ? args[1] : PyNone.None;
        for (int k = 0; k < nkw; k++) {
            Object v = args[npos + k];
            if (kw[k].equals("name") && npos < 1) {
                name = v;
            } else if (kw[k].equals("doc") && npos < 2) {
                doc = v;
            } else if (kw[k].equals("name") || kw[k].equals("doc")) {
                throw Errors.typeError("argument for module() given by name ('" + kw[k] + "') and position ("
                        + (kw[k].equals("name") ? 1 : 2) + ")");
            } else {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for module()");
            }
        }
        if (name == null) {
            throw Errors.typeError("module() missing required argument 'name' (pos 1)");
        }
        if (!(name instanceof String n)) {
            throw Errors.typeError("module() argument 'name' must be str, not " + Op.typeName(name));
        }
        PyModule m = new PyModule(n).withoutOrigin();
        m.getDict().put("__doc__", doc);
        m.getDict().put("__package__", PyNone.None);
        m.getDict().put("__loader__", PyNone.None);
        m.getDict().put("__spec__", PyNone.None);
        return m;
    }

    /** {@code member_descriptor}: a name of {@code __slots__}, or a builtin type's struct member. */
    private static TypeSpec member() {
        return new TypeSpec("member_descriptor").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None ? self
                        : self instanceof SlotMember m ? m.get(inst) : ((GetSetDescriptor) self).get(inst))
                .ternary(Slot.SET, (self, inst, value) -> {
                    if (self instanceof SlotMember m) {
                        m.set(inst, value);
                    } else {
                        ((GetSetDescriptor) self).set(inst, value);
                    }
                    return PyNone.None;
                })
                .binary(Slot.DELETE, (self, inst) -> {
                    if (self instanceof SlotMember m) {
                        m.set(inst, null);
                    } else {
                        ((GetSetDescriptor) self).set(inst, null);
                    }
                    return PyNone.None;
                })
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    if (!(self instanceof GetSetDescriptor d)) {
                        return org.jyston.api.object.Attributes.genericGet(self, ObjectType.attrName(name));
                    }
                    return switch (ObjectType.attrName(name)) {
                        case "__name__" -> d.name();
                        case "__qualname__" -> d.owner().getQualname() + "." + d.name();
                        case "__objclass__" -> d.owner();
                        case "__doc__" -> d.doc() == null ? PyNone.None : d.doc();
                        default -> org.jyston.api.object.Attributes.genericGet(self, ObjectType.attrName(name));
                    };
                })
                .unary(Slot.REPR, Object::toString);
    }

    /** {@code getset_descriptor}: attributes computed by Java code, such as a class's {@code __dict__}. */
    private static TypeSpec getset() {
        return new TypeSpec("getset_descriptor").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                // None as the instance means "read on the class", except when the class is NoneType
                // itself (None.__class__)
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None && owner != PyType.of(PyNone.None) ? self
                        : ((org.jyston.api.object.GetSetDescriptor) self).get(inst))
                .ternary(Slot.SET, (self, inst, value) -> {
                    ((org.jyston.api.object.GetSetDescriptor) self).set(inst, value);
                    return PyNone.None;
                })
                .binary(Slot.DELETE, (self, inst) -> {
                    ((org.jyston.api.object.GetSetDescriptor) self).set(inst, null);
                    return PyNone.None;
                })
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    var d = (org.jyston.api.object.GetSetDescriptor) self;
                    return switch (ObjectType.attrName(name)) {
                        case "__name__" -> d.name();
                        case "__qualname__" -> d.owner().getQualname() + "." + d.name();
                        case "__objclass__" -> d.owner();
                        case "__doc__" -> d.doc() == null ? PyNone.None : d.doc();
                        default -> org.jyston.api.object.Attributes.genericGet(self, ObjectType.attrName(name));
                    };
                })
                .unary(Slot.REPR, Object::toString);
    }

    /** {@code iterator}: iteration over an object that only has {@code __getitem__}. */
    private static TypeSpec seqIterator() {
        TypeSpec s = new TypeSpec("iterator").flag(TypeSpec.Flag.HIDDEN)
                .representation(org.jyston.api.object.SeqIterator.class)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((org.jyston.api.object.SeqIterator) self).next());
        return org.jyston.api.object.IterPickling.methods(s, "iterator", org.jyston.api.object.SeqIterator.class,
                self -> ((org.jyston.api.object.SeqIterator) self).reduce(),
                (self, state) -> ((org.jyston.api.object.SeqIterator) self).setState(state));
    }

    private static TypeSpec cell() {
        return new TypeSpec("cell").flag(TypeSpec.Flag.HIDDEN)
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    if ("cell_contents".equals(name) && self instanceof org.jyston.api.object.FunctionInfo.CellView c) {
                        Object v = c.contents();
                        if (v == null) {
                            throw Errors.valueError("Cell is empty");
                        }
                        return v;
                    }
                    return Attributes.genericGet(self, (String) name);
                })
                .unary(Slot.REPR, self -> "<cell at " + ObjectType.address(self) + ">");
    }

    /** A builtin type's name as CPython's tp_name spells it: module-qualified outside builtins ({@code _io.TextIOWrapper}). */
    private static String cTypeName(Object o) {
        PyType t = PyType.of(o);
        String module = t.getModule();
        return t.isHeapType() || module == null || module.equals("builtins") || t.getName().indexOf('.') >= 0
                ? t.getName() : module + "." + t.getName();
    }

    private static TypeSpec builtinFunction() {
        // instances: PyBuiltinFunction of a module, and PyMethod binding a builtin type's method to its
        // object ([].append, dict.fromkeys)
        return new TypeSpec("builtin_function_or_method").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .unary(Slot.REPR, self -> {
                    if (self instanceof PyMethod m && m.function() instanceof PyBuiltinFunction f) {
                        return "<built-in method " + f.getName() + " of " + cTypeName(m.self()) + " object at "
                                + ObjectType.address(m.self()) + ">";
                    }
                    return "<built-in function " + ((PyBuiltinFunction) self).getName() + ">";
                })
                .binary(Slot.EQ, MethodTypes::boundEq)
                .attribute("__reduce__", new PyBuiltinFunction("__reduce__", CoreTypes::builtinReduce))
                .unary(Slot.HASH, self -> self instanceof PyMethod m
                        ? (long) (System.identityHashCode(m.self()) ^ System.identityHashCode(m.function()))
                        : (long) System.identityHashCode(self))
                // pickled by name: a module's function as a global, a bound method as getattr(self, name)
                .attribute("__reduce__", MethodTypes.reduce("builtin_function_or_method", self -> {
                    if (self instanceof PyMethod m && m.function() instanceof PyBuiltinFunction f) {
                        return MethodTypes.getattrReduce(m.self(), f.getName());
                    }
                    return ((PyBuiltinFunction) self).getName();
                }))
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyMethod m = self instanceof PyMethod pm ? pm : null;
                    PyBuiltinFunction f = (PyBuiltinFunction) (m != null ? m.function() : self);
                    switch (ObjectType.attrName(name)) {
                        case "__name__":
                            return f.getName();
                        case "__qualname__":
                            if (m == null) {
                                return f.getName();
                            }
                            PyType t = m.self() instanceof PyType pt ? pt : PyType.of(m.self());
                            return t.getQualname() + "." + f.getName();
                        case "__self__":
                            return m != null ? m.self() : f.module() != null ? f.module() : PyNone.None;
                        case "__module__":
                            return m == null && f.module() != null ? f.module().getName() : PyNone.None;
                        case "__doc__":
                            return f.doc() == null ? PyNone.None : f.doc();
                        case "__text_signature__":
                            return f.textSignature() == null ? PyNone.None : f.textSignature();
                        default:
                            return Attributes.genericGet(self, (String) name);
                    }
                });
    }

    /**
     * {@code __reduce__} of a builtin function, as CPython's: a module function pickles as its name (pickle finds
     * it through {@code __module__}); a bound builtin method as {@code getattr(self, name)}.
     */
    private static Object builtinReduce(Object[] args, String[] kw) {
        noKeywords("__reduce__", kw);
        if (args.length != 1 || !(args[0] instanceof PyCallable)) {
            throw Errors.typeError("__reduce__() takes no arguments (" + Math.max(0, args.length - 1) + " given)");
        }
        Object self = args[0];
        if (self instanceof PyMethod m && m.function() instanceof PyBuiltinFunction f && !(m.self() instanceof PyModule)) {
            org.jyston.api.object.FrameView frame = org.jyston.api.object.PyThreadState.current().frame;
            Object getattr = frame == null ? null : frame.builtins().get("getattr");
            if (getattr != null) {
                return org.jyston.api.object.PyTuple.of(getattr, org.jyston.api.object.PyTuple.of(m.self(),
                        f.getName()));
            }
        }
        if (self instanceof PyBuiltinFunction f) {
            return f.getName();
        }
        throw Errors.typeError("cannot pickle '" + Op.typeName(self) + "' object");
    }

    private static TypeSpec slotWrapper() {
        return new TypeSpec("wrapper_descriptor").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .call(Slot.CALL, (self, args, kw) -> ((PySlotWrapper) self).invoke(args, kw))
                .attribute("__reduce__", MethodTypes.reduce("wrapper_descriptor", self -> MethodTypes.getattrReduce(
                        ((PySlotWrapper) self).owner(), ((PySlotWrapper) self).slot().methodName)))
                .binary(Slot.GETATTRIBUTE, MethodTypes::slotWrapperAttribute)
                .unary(Slot.REPR, Object::toString);
    }

    /** Shared by the types here: a TypeError for a call with the wrong number of arguments. */
    static void noKeywords(String fn, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(fn + "() takes no keyword arguments");
        }
    }

    static String typeName(Object o) {
        return Op.typeName(o);
    }

    static PyType typeOf(Object o) {
        return PyType.of(o);
    }
}
