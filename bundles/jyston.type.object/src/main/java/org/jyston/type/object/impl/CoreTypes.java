package org.jyston.type.object.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
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
 * {@code object}, {@code type}, and the types of the kernel's own objects. {@code tuple} lives here
 * until the sequence types get their bundle.
 */
@Component(service = BuiltinType.class)
public class CoreTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(ObjectType.spec(), TypeType.spec(), singleton("NoneType", PyNone.class, "None", false),
                singleton("NotImplementedType", PyNotImplemented.class, "NotImplemented", true),
                singleton("ellipsis", PyEllipsis.class, "Ellipsis", true), function(),
                builtinFunction(), slotWrapper(), TupleType.spec());
    }

    private static TypeSpec singleton(String name, Class<?> cls, String repr, boolean truth) {
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).representation(cls).unary(Slot.REPR, self -> repr)
                .unary(Slot.BOOL, self -> truth);
    }

    /** {@code function}: instances come from the compiler and call themselves. */
    private static TypeSpec function() {
        return new TypeSpec("function").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PyCallable) self).call(args, kw))
                .unary(Slot.REPR, self -> "<function " + self + " at " + ObjectType.address(self) + ">");
    }

    private static TypeSpec builtinFunction() {
        return new TypeSpec("builtin_function_or_method").flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.CALL, (self, args, kw) -> ((PyBuiltinFunction) self).call(args, kw))
                .unary(Slot.REPR, self -> "<built-in function " + ((PyBuiltinFunction) self).getName() + ">");
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
