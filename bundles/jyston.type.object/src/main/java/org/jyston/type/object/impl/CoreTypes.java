package org.jyston.type.object.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Attributes;
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
                builtinFunction(), slotWrapper(), method(), Descriptors.staticMethod(), Descriptors.classMethod(),
                Descriptors.property(), SuperType.spec(), cell(), module(), member(), getset(), seqIterator(),
                GenericAliasType.genericAliasSpec(), GenericAliasType.unionSpec());
    }

    private static TypeSpec singleton(String name, Class<?> cls, String repr, boolean truth) {
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).representation(cls).unary(Slot.REPR, self -> repr)
                .unary(Slot.BOOL, self -> truth);
    }

    /** {@code function}: instances come from the compiler and call themselves; they bind as methods. */
    private static TypeSpec function() {
        return new TypeSpec("function").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None ? self : new PyMethod(inst, self))
                .binary(Slot.GETATTRIBUTE, CoreTypes::functionAttribute)
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    if (!((FunctionInfo) self).setSpecial((String) name, value)) {
                        Attributes.genericSet(self, (String) name, value);
                    }
                    return PyNone.None;
                })
                .unary(Slot.REPR, self -> "<function " + ((FunctionInfo) self).getQualname() + " at "
                        + ObjectType.address(self) + ">");
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
                .binary(Slot.EQ, (a, b) -> b instanceof PyMethod m && ((PyMethod) a).self() == m.self()
                        && ((PyMethod) a).function() == m.function())
                .unary(Slot.REPR, self -> {
                    PyMethod m = (PyMethod) self;
                    if (m.function() instanceof PyBuiltinFunction b) {
                        return "<built-in method " + b.getName() + " of " + Op.typeName(m.self()) + " object at "
                                + ObjectType.address(m.self()) + ">";
                    }
                    Object qn = Op.getattr(m.function(), "__qualname__");
                    return "<bound method " + Op.str(qn) + " of " + Op.repr(m.self()) + ">";
                });
    }

    /** {@code module}: attributes live in the module's namespace; PEP 562 {@code __getattr__} as the fallback. */
    private static TypeSpec module() {
        return new TypeSpec("module").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.BASETYPE)
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyModule m = (PyModule) self;
                    String n = ObjectType.attrName(name);
                    Object v = m.getDict().get(n);
                    if (v != null) {
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

    /** {@code member_descriptor}: a name of {@code __slots__}. */
    private static TypeSpec member() {
        return new TypeSpec("member_descriptor").flag(TypeSpec.Flag.HIDDEN)
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None ? self : ((SlotMember) self).get(inst))
                .ternary(Slot.SET, (self, inst, value) -> {
                    ((SlotMember) self).set(inst, value);
                    return PyNone.None;
                })
                .binary(Slot.DELETE, (self, inst) -> {
                    ((SlotMember) self).set(inst, null);
                    return PyNone.None;
                })
                .unary(Slot.REPR, Object::toString);
    }

    /** {@code getset_descriptor}: attributes computed by Java code, such as a class's {@code __dict__}. */
    private static TypeSpec getset() {
        return new TypeSpec("getset_descriptor").flag(TypeSpec.Flag.HIDDEN)
                .ternary(Slot.GET, (self, inst, owner) -> inst == PyNone.None ? self
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
        return new TypeSpec("iterator").flag(TypeSpec.Flag.HIDDEN)
                .representation(org.jyston.api.object.SeqIterator.class)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((org.jyston.api.object.SeqIterator) self).next());
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

    private static TypeSpec builtinFunction() {
        // instances: PyBuiltinFunction, and PyMethod binding one to its object ([].append, dict.fromkeys)
        return new TypeSpec("builtin_function_or_method").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .unary(Slot.REPR, self -> {
                    if (self instanceof PyMethod m && m.function() instanceof PyBuiltinFunction f) {
                        return "<built-in method " + f.getName() + " of " + Op.typeName(m.self()) + " object at "
                                + ObjectType.address(m.self()) + ">";
                    }
                    return "<built-in function " + ((PyBuiltinFunction) self).getName() + ">";
                })
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyBuiltinFunction f = self instanceof PyMethod m ? (PyBuiltinFunction) m.function()
                            : (PyBuiltinFunction) self;
                    switch (ObjectType.attrName(name)) {
                        case "__name__":
                            return f.getName();
                        case "__self__":
                            return self instanceof PyMethod m ? m.self() : PyNone.None;
                        default:
                            return Attributes.genericGet(self, (String) name);
                    }
                });
    }

    private static TypeSpec slotWrapper() {
        return new TypeSpec("wrapper_descriptor").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PySlotWrapper) self).invoke(args, kw))
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
