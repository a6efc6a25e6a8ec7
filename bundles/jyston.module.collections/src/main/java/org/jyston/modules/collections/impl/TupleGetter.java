package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _collections._tuplegetter(index, doc)}: the data descriptor {@code collections.namedtuple}
 * puts in its classes, reading one item of the tuple instance.
 */
final class TupleGetter implements PyObject {
    static final String NAME = "_collections._tuplegetter";
    private static final TypeRef TYPE = TypeRef.of(NAME);

    final long index;
    volatile Object doc;

    TupleGetter(long index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    static TypeSpec spec() {
        return new TypeSpec(NAME).flag(TypeSpec.Flag.HIDDEN)
                .attribute("__doc__", new GetSetDescriptor("__doc__", NAME, self -> ((TupleGetter) self).doc,
                        (self, v) -> ((TupleGetter) self).doc = v == null ? PyNone.None : v, null))
                .call(Slot.NEW, (type, args, kw) -> {
                    ClinicArgs.noKw("_tuplegetter", kw);
                    ClinicArgs.positional("_tuplegetter", args.length, 2, 2);
                    return new TupleGetter(ClinicArgs.ssize(args[0]), args[1]);
                })
                .ternary(Slot.GET, (self, inst, owner) -> {
                    TupleGetter g = (TupleGetter) self;
                    if (inst == null || inst == PyNone.None) {
                        return g;
                    }
                    if (!(inst instanceof PyTuple t)) {
                        throw Errors.typeError("descriptor for index '" + g.index + "' for tuple subclasses "
                                + "doesn't apply to '" + Op.typeName(inst) + "' object");
                    }
                    if (g.index < 0 || g.index >= t.size()) {
                        throw Errors.raise(Errors.IndexError, "tuple index out of range");
                    }
                    return t.get((int) g.index);
                })
                .ternary(Slot.SET, (self, inst, value) -> {
                    throw Errors.raise(Errors.AttributeError, "can't set attribute");
                })
                .binary(Slot.DELETE, (self, inst) -> {
                    throw Errors.raise(Errors.AttributeError, "can't delete attribute");
                })
                .unary(Slot.REPR, self -> "_tuplegetter(" + ((TupleGetter) self).index + ", "
                        + Op.repr(((TupleGetter) self).doc) + ")")
                .attribute("__reduce__", ClinicArgs.method("_tuplegetter", NAME, TupleGetter.class, "__reduce__", (a, k) -> {
                    ClinicArgs.none("_tuplegetter.__reduce__", a, k);
                    TupleGetter g = (TupleGetter) a[0];
                    return PyTuple.of(g.getType(), PyTuple.of(g.index, g.doc));
                }));
    }
}
