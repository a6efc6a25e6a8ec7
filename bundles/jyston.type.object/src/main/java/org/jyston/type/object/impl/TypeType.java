package org.jyston.type.object.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** {@code type}: calling a type makes an instance ({@code __new__} then {@code __init__}). */
final class TypeType {
    private TypeType() {}

    static TypeSpec spec() {
        return new TypeSpec("type").representation(PyType.class).flag(TypeSpec.Flag.BASETYPE)
                .unary(Slot.REPR, self -> {
                    PyType t = (PyType) self;
                    String mod = t.getModule();
                    return "<class '" + ("builtins".equals(mod) ? "" : mod + ".") + t.getQualname() + "'>";
                })
                .call(Slot.CALL, TypeType::call);
    }

    private static Object call(Object self, Object[] args, String[] kw) {
        PyType t = (PyType) self;
        int nkw = kw == null ? 0 : kw.length;
        if (t.getName().equals("type") && args.length == 1 && nkw == 0) {
            return PyType.of(args[0]);
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
}
