package org.jyston.types.floating.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code float}, represented by {@link Double}. Its binary slots also take ints ({@code Long},
 * {@code BigInteger}, {@code Boolean}) on either side, since {@code int}'s slots decline floats.
 */
@Component(service = BuiltinType.class)
public class FloatTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(floatSpec());
    }

    /** The spec of {@code float}. */
    public static TypeSpec floatSpec() {
        TypeSpec s = new TypeSpec("float")
                .representation(Double.class)
                .flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS)
                .flag(TypeSpec.Flag.NEW_SEES_SUBCLASS)
                .doc("Convert a string or number to a floating point number, if possible.");

        s.unary(Slot.REPR, self -> FloatRepr.repr((Double) self));
        // a NaN hashes by identity: of the subclass instance, not of the double inside it
        s.unary(Slot.HASH, self -> FloatOps.hash(self, (Double) org.jyston.api.object.Derived.unwrap(self)))
                .seesInstance(Slot.HASH);
        s.unary(Slot.BOOL, self -> (Double) self != 0.0);
        s.unary(Slot.INT, self -> FloatOps.intValue((Double) self));
        s.unary(Slot.FLOAT, self -> self);
        s.unary(Slot.NEG, self -> -(Double) self);
        s.unary(Slot.POS, self -> self);
        s.unary(Slot.ABS, self -> Math.abs((Double) self));

        s.binary(Slot.ADD, FloatOps::add).binary(Slot.RADD, (self, o) -> FloatOps.add(o, self));
        s.binary(Slot.SUB, FloatOps::sub).binary(Slot.RSUB, (self, o) -> FloatOps.sub(o, self));
        s.binary(Slot.MUL, FloatOps::mul).binary(Slot.RMUL, (self, o) -> FloatOps.mul(o, self));
        s.binary(Slot.TRUEDIV, FloatOps::truediv).binary(Slot.RTRUEDIV, (self, o) -> FloatOps.truediv(o, self));
        s.binary(Slot.FLOORDIV, FloatOps::floordiv).binary(Slot.RFLOORDIV, (self, o) -> FloatOps.floordiv(o, self));
        s.binary(Slot.MOD, FloatOps::mod).binary(Slot.RMOD, (self, o) -> FloatOps.mod(o, self));
        s.binary(Slot.DIVMOD, FloatOps::divmod).binary(Slot.RDIVMOD, (self, o) -> FloatOps.divmod(o, self));
        s.binary(Slot.POW, FloatOps::pow).binary(Slot.RPOW, (self, o) -> FloatOps.pow(o, self));

        s.binary(Slot.LT, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.LT));
        s.binary(Slot.LE, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.LE));
        s.binary(Slot.EQ, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.EQ));
        s.binary(Slot.NE, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.NE));
        s.binary(Slot.GT, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.GT));
        s.binary(Slot.GE, (a, b) -> FloatOps.compare((Double) a, b, FloatOps.GE));

        s.call(Slot.NEW, FloatConstruct::newFloat);

        // Ordinary methods, called with self as the first argument (as float.is_integer(2.0)).
        s.attribute("is_integer", method("is_integer", self -> {
            double d = (Double) self;
            return !Double.isInfinite(d) && d == Math.floor(d);
        }));
        s.attribute("conjugate", method("conjugate", self -> self));
        s.attribute("as_integer_ratio", method("as_integer_ratio", self -> FloatMethods.asIntegerRatio((Double) self)));
        s.attribute("hex", method("hex", self -> FloatMethods.hex((Double) self)));
        s.attribute("fromhex", FloatMethods.FROMHEX);
        s.attribute("__getformat__", FloatMethods.GETFORMAT);
        s.attribute("__round__", FloatMethods.ROUND);
        s.attribute("__trunc__", method("__trunc__", self -> FloatOps.intValue((Double) self)));
        s.attribute("__floor__", method("__floor__", self -> FloatOps.intValue(Math.floor((Double) self))));
        s.attribute("__ceil__", method("__ceil__", self -> FloatOps.intValue(Math.ceil((Double) self))));
        s.attribute("__getnewargs__", method("__getnewargs__", self -> org.jyston.api.object.PyTuple.of(self)));
        // the number-tower attributes CPython gives float as getset descriptors; a subclass
        // instance's value is the float itself
        s.attribute("real", new org.jyston.api.object.GetSetDescriptor("real", "float",
                self -> org.jyston.api.object.Derived.unwrap(self), null, "the real part of a complex number"));
        s.attribute("imag", new org.jyston.api.object.GetSetDescriptor("imag", "float", self -> 0.0, null,
                "the imaginary part of a complex number"));
        return s;
    }

    private static PyBuiltinFunction method(String name, Slot.Unary body) {
        return new PyBuiltinFunction(name, (args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("float." + name + "() takes no keyword arguments");
            }
            if (args.length == 0 || !(args[0] instanceof Double)) {
                throw Errors.typeError("descriptor '" + name + "' of 'float' object needs an argument");
            }
            if (args.length != 1) {
                throw Errors.typeError("float." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(args[0]);
        });
    }
}
