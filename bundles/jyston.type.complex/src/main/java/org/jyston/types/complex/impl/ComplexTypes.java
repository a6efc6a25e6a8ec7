package org.jyston.types.complex.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyComplex;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code complex}, represented by {@link PyComplex}. Its binary slots take ints and floats on
 * either side (converted to a complex with a zero imaginary part, as CPython does), since the int and
 * float slots decline complex operands.
 */
@Component(service = BuiltinType.class)
public class ComplexTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(complexSpec());
    }

    /** The spec of {@code complex}. */
    public static TypeSpec complexSpec() {
        TypeSpec s = new TypeSpec("complex")
                .representation(PyComplex.class)
                .flag(TypeSpec.Flag.BASETYPE)
                .doc("Create a complex number from a real part and an optional imaginary part.\n\n"
                        + "This is equivalent to (real + imag*1j) where imag defaults to 0.");

        s.unary(Slot.REPR, self -> ComplexOps.repr((PyComplex) self));
        s.unary(Slot.HASH, self -> ComplexOps.hash((PyComplex) self));
        s.binary(Slot.FORMAT, ComplexFormat::format);
        s.unary(Slot.BOOL, self -> ((PyComplex) self).real() != 0.0 || ((PyComplex) self).imag() != 0.0);
        s.unary(Slot.NEG, self -> new PyComplex(-((PyComplex) self).real(), -((PyComplex) self).imag()));
        s.unary(Slot.POS, self -> self);
        s.unary(Slot.ABS, self -> ComplexOps.abs((PyComplex) self));

        s.binary(Slot.ADD, (a, b) -> ComplexOps.arith('+', a, b)).binary(Slot.RADD, (a, b) -> ComplexOps.arith('+', b, a));
        s.binary(Slot.SUB, (a, b) -> ComplexOps.arith('-', a, b)).binary(Slot.RSUB, (a, b) -> ComplexOps.arith('-', b, a));
        s.binary(Slot.MUL, (a, b) -> ComplexOps.arith('*', a, b)).binary(Slot.RMUL, (a, b) -> ComplexOps.arith('*', b, a));
        s.binary(Slot.TRUEDIV, (a, b) -> ComplexOps.arith('/', a, b))
                .binary(Slot.RTRUEDIV, (a, b) -> ComplexOps.arith('/', b, a));
        s.binary(Slot.POW, (a, b) -> ComplexOps.arith('^', a, b)).binary(Slot.RPOW, (a, b) -> ComplexOps.arith('^', b, a));

        s.binary(Slot.EQ, (a, b) -> ComplexOps.eq((PyComplex) a, b));
        s.binary(Slot.NE, (a, b) -> {
            Object r = ComplexOps.eq((PyComplex) a, b);
            return r instanceof Boolean x ? (Object) !x : r;
        });
        // Ordering comparisons are left undefined: the kernel raises
        // "'<' not supported between instances of 'complex' and 'complex'".

        s.call(Slot.NEW, ComplexConstruct::newComplex);
        // CPython's struct members; a subclass instance's value is the complex it wraps
        s.attribute("real", org.jyston.api.object.GetSetDescriptor.member("real", "complex",
                self -> ((PyComplex) org.jyston.api.object.Derived.unwrap(self)).real(), null,
                "the real part of a complex number"));
        s.attribute("imag", org.jyston.api.object.GetSetDescriptor.member("imag", "complex",
                self -> ((PyComplex) org.jyston.api.object.Derived.unwrap(self)).imag(), null,
                "the imaginary part of a complex number"));

        s.attribute("conjugate", method("conjugate", z -> new PyComplex(z.real(), -z.imag())));
        s.attribute("__complex__", method("__complex__", z -> z));
        s.attribute("__getnewargs__", method("__getnewargs__",
                z -> org.jyston.api.object.PyTuple.of(z.real(), z.imag())));
        return s;
    }

    private interface Body {
        Object apply(PyComplex z);
    }

    private static PyBuiltinFunction method(String name, Body body) {
        return new PyBuiltinFunction(name, (args, kwnames) -> {
            if (args.length == 0) {
                throw Errors.typeError("unbound method complex." + name + "() needs an argument");
            }
            if (!(org.jyston.api.object.Derived.unwrap(args[0]) instanceof PyComplex z)) {
                throw Errors.typeError("descriptor '" + name + "' for 'complex' objects doesn't apply to a '"
                        + org.jyston.api.object.Op.typeName(args[0]) + "' object");
            }
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("complex." + name + "() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Errors.typeError("complex." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(z);
        });
    }
}
