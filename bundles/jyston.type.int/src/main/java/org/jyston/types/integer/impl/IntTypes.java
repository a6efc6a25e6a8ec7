package org.jyston.types.integer.impl;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code int} (represented by {@link Long} and {@link BigInteger}) and its subclass {@code bool}
 * (represented by {@link Boolean}). Every {@code int} slot accepts a Boolean as either operand, so
 * {@code bool} inherits them all and overrides only its repr, its constructor and the bitwise
 * operators that keep a bool result for bool operands.
 */
@Component(service = BuiltinType.class)
public class IntTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(intSpec(), boolSpec());
    }

    /** The spec of {@code int}. */
    public static TypeSpec intSpec() {
        TypeSpec s = new TypeSpec("int")
                .representation(Long.class)
                .representation(BigInteger.class)
                .flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS)
                .doc("int([x]) -> integer\nint(x, base=10) -> integer\n\n"
                        + "Convert a number or string to an integer, or return 0 if no arguments\n"
                        + "are given.  If x is a number, return x.__int__().  For floating point\n"
                        + "numbers, this truncates towards zero.\n\n"
                        + "If x is not a number or if base is given, then x must be a string,\n"
                        + "bytes, or bytearray instance representing an integer literal in the\n"
                        + "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
                        + "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
                        + "Base 0 means to interpret the base from the string as an integer literal.\n"
                        + ">>> int('0b100', base=0)\n4");

        s.unary(Slot.REPR, IntOps::repr);
        s.unary(Slot.HASH, self -> IntOps.hash(self));
        s.unary(Slot.BOOL, self -> IntOps.isNonZero(self));
        s.unary(Slot.INDEX, IntOps::asInt);
        s.unary(Slot.INT, IntOps::asInt);
        s.unary(Slot.FLOAT, self -> IntOps.toDouble(self));
        s.unary(Slot.NEG, IntOps::neg);
        s.unary(Slot.POS, IntOps::asInt);
        s.unary(Slot.ABS, IntOps::abs);
        s.unary(Slot.INVERT, IntOps::invert);

        s.binary(Slot.ADD, IntOps::add).binary(Slot.RADD, (self, o) -> IntOps.add(o, self));
        s.binary(Slot.SUB, IntOps::sub).binary(Slot.RSUB, (self, o) -> IntOps.sub(o, self));
        s.binary(Slot.MUL, IntOps::mul).binary(Slot.RMUL, (self, o) -> IntOps.mul(o, self));
        s.binary(Slot.TRUEDIV, IntOps::truediv).binary(Slot.RTRUEDIV, (self, o) -> IntOps.truediv(o, self));
        s.binary(Slot.FLOORDIV, IntOps::floordiv).binary(Slot.RFLOORDIV, (self, o) -> IntOps.floordiv(o, self));
        s.binary(Slot.MOD, IntOps::mod).binary(Slot.RMOD, (self, o) -> IntOps.mod(o, self));
        s.binary(Slot.DIVMOD, IntOps::divmod).binary(Slot.RDIVMOD, (self, o) -> IntOps.divmod(o, self));
        s.binary(Slot.POW, IntOps::pow).binary(Slot.RPOW, (self, o) -> IntOps.pow(o, self));
        s.binary(Slot.LSHIFT, IntOps::lshift).binary(Slot.RLSHIFT, (self, o) -> IntOps.lshift(o, self));
        s.binary(Slot.RSHIFT, IntOps::rshift).binary(Slot.RRSHIFT, (self, o) -> IntOps.rshift(o, self));
        s.binary(Slot.AND, IntOps::and).binary(Slot.RAND, (self, o) -> IntOps.and(o, self));
        s.binary(Slot.OR, IntOps::or).binary(Slot.ROR, (self, o) -> IntOps.or(o, self));
        s.binary(Slot.XOR, IntOps::xor).binary(Slot.RXOR, (self, o) -> IntOps.xor(o, self));

        s.binary(Slot.LT, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) < 0) : IntOps.NI);
        s.binary(Slot.LE, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) <= 0) : IntOps.NI);
        s.binary(Slot.EQ, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) == 0) : IntOps.NI);
        s.binary(Slot.NE, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) != 0) : IntOps.NI);
        s.binary(Slot.GT, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) > 0) : IntOps.NI);
        s.binary(Slot.GE, (a, b) -> IntOps.isInt(b) ? (Object) (IntOps.compare(a, b) >= 0) : IntOps.NI);

        s.call(Slot.NEW, IntConstruct::newInt);

        // Ordinary methods, called with self as the first argument (as int.bit_length(5)).
        s.attribute("bit_length", method("bit_length", self -> (long) IntOps.big(self).abs().bitLength()));
        s.attribute("bit_count", method("bit_count", self -> (long) IntOps.big(self).abs().bitCount()));
        s.attribute("conjugate", method("conjugate", IntOps::asInt));
        s.attribute("as_integer_ratio", method("as_integer_ratio", self -> PyTuple.of(IntOps.asInt(self), 1L)));
        s.attribute("__trunc__", method("__trunc__", IntOps::asInt));
        s.attribute("__floor__", method("__floor__", IntOps::asInt));
        s.attribute("__ceil__", method("__ceil__", IntOps::asInt));
        s.attribute("__getnewargs__", method("__getnewargs__", self -> PyTuple.of(IntOps.asInt(self))));
        s.attribute("__round__", IntMethods.ROUND);
        s.attribute("__pow__", IntMethods.pow("__pow__", false));
        s.attribute("__rpow__", IntMethods.pow("__rpow__", true));
        s.attribute("to_bytes", IntMethods.TO_BYTES);
        s.attribute("from_bytes", IntMethods.FROM_BYTES);
        // the number-tower attributes CPython gives int as getset descriptors (an int subclass's instance
        // answers the plain int it wraps)
        s.attribute("real", numberTower("real", v -> v, "the real part of a complex number"));
        s.attribute("imag", numberTower("imag", v -> 0L, "the imaginary part of a complex number"));
        s.attribute("numerator", numberTower("numerator", v -> v,
                "the numerator of a rational number in lowest terms"));
        s.attribute("denominator", numberTower("denominator", v -> 1L,
                "the denominator of a rational number in lowest terms"));
        return s;
    }

    /** The spec of {@code bool}: a final subclass of {@code int}. */
    public static TypeSpec boolSpec() {
        TypeSpec s = new TypeSpec("bool")
                .base("int")
                .representation(Boolean.class)
                .doc("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
                        + "The builtins True and False are the only two instances of the class bool.\n"
                        + "The class bool is a subclass of the class int, and cannot be subclassed.");
        s.unary(Slot.REPR, self -> (Boolean) self ? "True" : "False");
        s.binary(Slot.AND, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x & y) : IntOps.and(a, b));
        s.binary(Slot.RAND, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x & y) : IntOps.and(b, a));
        s.binary(Slot.OR, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x | y) : IntOps.or(a, b));
        s.binary(Slot.ROR, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x | y) : IntOps.or(b, a));
        s.binary(Slot.XOR, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x ^ y) : IntOps.xor(a, b));
        s.binary(Slot.RXOR, (a, b) -> a instanceof Boolean x && b instanceof Boolean y ? (Object) (x ^ y) : IntOps.xor(b, a));
        s.call(Slot.NEW, IntConstruct::newBool);
        return s;
    }

    private static org.jyston.api.object.GetSetDescriptor numberTower(String name, Slot.Unary value, String doc) {
        return new org.jyston.api.object.GetSetDescriptor(name, "int", self -> {
            Object v = org.jyston.api.object.Derived.unwrap(self);
            return value.apply(v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
        }, null, doc);
    }

    /** A method of int taking only self. */
    private static PyBuiltinFunction method(String name, Slot.Unary body) {
        return new PyBuiltinFunction(name, (args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("int." + name + "() takes no keyword arguments");
            }
            if (args.length == 0 || !IntOps.isInt(args[0])) {
                throw Errors.typeError("descriptor '" + name + "' of 'int' object needs an argument");
            }
            if (args.length != 1) {
                throw Errors.typeError("int." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(args[0]);
        });
    }
}
