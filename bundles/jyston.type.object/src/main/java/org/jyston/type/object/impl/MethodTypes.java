package org.jyston.type.object.impl;

import org.jyston.api.object.Attributes;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlotWrapper;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * The types of a builtin type's methods as Python sees them: {@code method_descriptor}
 * ({@code str.join}), {@code classmethod_descriptor} ({@code dict.__dict__['fromkeys']}) and
 * {@code method-wrapper} ({@code (1).__add__}). They are views of the same Java objects the
 * attribute protocol already binds ({@link PyBuiltinFunction}, {@link PyMethod} over a
 * {@link PySlotWrapper}), so calls pay nothing for them.
 */
final class MethodTypes {
    private MethodTypes() {}

    static TypeSpec methodDescriptor() {
        return descriptor("method_descriptor");
    }

    static TypeSpec classMethodDescriptor() {
        return descriptor("classmethod_descriptor");
    }

    private static TypeSpec descriptor(String name) {
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .attribute("__reduce__", reduce(name, self -> getattrReduce(((PyBuiltinFunction) self).owner(),
                        ((PyBuiltinFunction) self).getName())))
                .unary(Slot.REPR, self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    return "<method '" + f.getName() + "' of '" + f.owner().getName() + "' objects>";
                })
                .binary(Slot.GETATTRIBUTE, (self, attr) -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    switch (ObjectType.attrName(attr)) {
                        case "__name__":
                            return f.getName();
                        case "__qualname__":
                            return f.owner().getQualname() + "." + f.getName();
                        case "__objclass__":
                            return f.owner();
                        case "__doc__":
                            return f.doc() == null ? PyNone.None : f.doc();
                        case "__text_signature__":
                            return f.textSignature() == null ? PyNone.None : f.textSignature();
                        default:
                            return Attributes.genericGet(self, (String) attr);
                    }
                });
    }

    static TypeSpec methodWrapper() {
        return new TypeSpec("method-wrapper").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .call(Slot.CALL, (self, args, kw) -> ((PyMethod) self).call(args, kw))
                .attribute("__reduce__", reduce("method-wrapper", self -> getattrReduce(((PyMethod) self).self(),
                        ((PySlotWrapper) ((PyMethod) self).function()).slot().methodName)))
                .unary(Slot.REPR, self -> {
                    PyMethod m = (PyMethod) self;
                    return "<method-wrapper '" + ((PySlotWrapper) m.function()).slot().methodName + "' of "
                            + Op.typeName(m.self()) + " object at " + ObjectType.address(m.self()) + ">";
                })
                .binary(Slot.EQ, MethodTypes::boundEq)
                .unary(Slot.HASH, self -> (long) (System.identityHashCode(((PyMethod) self).self())
                        ^ System.identityHashCode(((PyMethod) self).function())))
                .binary(Slot.GETATTRIBUTE, (self, attr) -> {
                    PyMethod m = (PyMethod) self;
                    PySlotWrapper w = (PySlotWrapper) m.function();
                    switch (ObjectType.attrName(attr)) {
                        case "__self__":
                            return m.self();
                        case "__name__":
                            return w.slot().methodName;
                        case "__qualname__":
                            return w.owner().getQualname() + "." + w.slot().methodName;
                        case "__objclass__":
                            return w.owner();
                        case "__doc__":
                        case "__text_signature__":
                            return PyNone.None;
                        default:
                            return Attributes.genericGet(self, (String) attr);
                    }
                });
    }

    /** {@code wrapper_descriptor} ({@code int.__add__}): its name, qualified name and defining class. */
    static Object slotWrapperAttribute(Object self, Object attr) {
        PySlotWrapper w = (PySlotWrapper) self;
        switch (ObjectType.attrName(attr)) {
            case "__self__":
                // T.__new__ is CPython's builtin method bound to T (copyreg checks new.__self__ is T)
                if (w.slot() == Slot.NEW) {
                    return w.owner();
                }
                return Attributes.genericGet(self, (String) attr);
            case "__name__":
                return w.slot().methodName;
            case "__qualname__":
                return w.owner().getQualname() + "." + w.slot().methodName;
            case "__objclass__":
                return w.owner();
            case "__doc__":
            case "__text_signature__":
                return PyNone.None;
            default:
                return Attributes.genericGet(self, (String) attr);
        }
    }

    /** A {@code __reduce__} method (METH_NOARGS) for one of these types. */
    static PyBuiltinFunction reduce(String typeName, java.util.function.Function<Object, Object> body) {
        return org.jyston.api.object.BuiltinMethods.method(typeName, o -> true, "__reduce__", (self, a, k) -> {
            org.jyston.api.object.BuiltinMethods.none(typeName + ".__reduce__", a, k);
            return body.apply(self);
        });
    }

    /** {@code (getattr, (obj, name))}: how CPython pickles a method found on an object. */
    static Object getattrReduce(Object obj, String name) {
        return org.jyston.api.object.PyTuple.of(org.jyston.api.object.IterPickling.builtin("getattr"),
                org.jyston.api.object.PyTuple.of(obj, name));
    }

    /** Bound methods are equal when they bind the same object (by identity) to the same function. */
    static Object boundEq(Object a, Object b) {
        if (!(a instanceof PyMethod x) || !(b instanceof PyMethod y)) {
            return PyNotImplemented.NotImplemented;
        }
        return x.self() == y.self() && (x.function() == y.function() || Op.eq(x.function(), y.function()));
    }
}
