package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns: called with an object it
 * wraps it, and wrapped objects compare by the sign of {@code mycmp(a, b)}.
 */
final class KeyWrapper implements PyObject {
    static final String NAME = "functools.KeyWrapper";
    private static final TypeRef TYPE = TypeRef.of(NAME);

    final Object cmp;
    /** The wrapped object, or null for the key function itself. */
    volatile Object obj;

    KeyWrapper(Object cmp, Object obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .attribute("__hash__", PyNone.None)
                .attribute("obj", new org.jyston.api.object.GetSetDescriptor("obj", NAME,
                        self -> ((KeyWrapper) self).obj == null ? PyNone.None : ((KeyWrapper) self).obj,
                        (self, v) -> ((KeyWrapper) self).obj = v, "Value wrapped by a key function."))
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                })
                .call(Slot.CALL, (self, a, kw) -> {
                    Object[] v = parseObj(a, kw);
                    return new KeyWrapper(((KeyWrapper) self).cmp, v[0]);
                });
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (a, b) -> compare((KeyWrapper) a, b, op));
        }
        return s;
    }

    private static Object[] parseObj(Object[] a, String[] kw) {
        int nkw = ClinicArgs.nkw(kw);
        if (a.length > 1) {
            throw Errors.typeError("K() takes at most 1 argument (" + a.length + " given)");
        }
        if (a.length == 0 || (nkw == 1 && !kw[0].equals("obj"))) {
            throw Errors.typeError("K() missing required argument 'obj' (pos 1)");
        }
        return new Object[] {a[0]};
    }

    private static Object compare(KeyWrapper ko, Object other, Slot op) {
        if (!(other instanceof KeyWrapper o) || PyType.of(o) != PyType.of(ko)) {
            throw Errors.typeError("other argument must be K instance");
        }
        Object x = ko.obj;
        Object y = o.obj;
        if (x == null || y == null) {
            throw Errors.raise(Errors.AttributeError, "object");
        }
        Object res = Op.call(ko.cmp, x, y);
        return Op.compare(op, res, 0L);
    }
}
