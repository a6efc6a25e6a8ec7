package org.jyston.types.example.impl;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * An example type plugin: {@code vector(x, y)}, a small immutable 2-D vector with {@code +},
 * {@code -}, scaling by a number ({@code v * 2}, {@code 2 * v}), the dot product ({@code v @ w}),
 * {@code abs}, {@code ==}, {@code hash}, a repr, and the attributes {@code x} and {@code y}.
 *
 * <p>Everything a builtin type needs is here: a representation class, a {@link TypeSpec} of slot
 * functions, and a Declarative Services component publishing it as a {@link BuiltinType}. When the
 * bundle starts, the runtime registers the type and new interpreters find {@code vector} in
 * {@code builtins}; when it stops, the type is unregistered.
 */
@Component(service = BuiltinType.class)
public class VectorType implements BuiltinType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    @Override
    public List<TypeSpec> specs() {
        return List.of(spec());
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("vector")
                .representation(Vector.class)
                .doc("vector(x=0.0, y=0.0)\n\nAn immutable 2-D vector (an example type plugin).");
        s.call(Slot.NEW, (type, args, kwnames) -> construct(args, kwnames));
        s.unary(Slot.REPR, self -> {
            Vector v = (Vector) self;
            return "vector(" + Op.repr(v.x()) + ", " + Op.repr(v.y()) + ")";
        });
        s.unary(Slot.HASH, self -> Op.hash(PyTuple.of(((Vector) self).x(), ((Vector) self).y())));
        s.unary(Slot.BOOL, self -> ((Vector) self).x() != 0.0 || ((Vector) self).y() != 0.0);
        s.unary(Slot.NEG, self -> new Vector(-((Vector) self).x(), -((Vector) self).y()));
        s.unary(Slot.POS, self -> self);
        s.unary(Slot.ABS, self -> Math.hypot(((Vector) self).x(), ((Vector) self).y()));
        s.binary(Slot.ADD, (a, b) -> b instanceof Vector w ? new Vector(((Vector) a).x() + w.x(), ((Vector) a).y() + w.y()) : NI);
        s.binary(Slot.SUB, (a, b) -> b instanceof Vector w ? new Vector(((Vector) a).x() - w.x(), ((Vector) a).y() - w.y()) : NI);
        s.binary(Slot.MUL, VectorType::scale);
        s.binary(Slot.RMUL, VectorType::scale);
        s.binary(Slot.MATMUL, (a, b) -> b instanceof Vector w ? (Object) (((Vector) a).x() * w.x() + ((Vector) a).y() * w.y()) : NI);
        s.binary(Slot.EQ, (a, b) -> b instanceof Vector w ? (Object) (((Vector) a).x() == w.x() && ((Vector) a).y() == w.y()) : NI);
        s.binary(Slot.NE, (a, b) -> b instanceof Vector w ? (Object) !(((Vector) a).x() == w.x() && ((Vector) a).y() == w.y()) : NI);
        s.binary(Slot.GETATTRIBUTE, (self, name) -> {
            switch ((String) name) {
                case "x":
                    return ((Vector) self).x();
                case "y":
                    return ((Vector) self).y();
                default:
                    return Attributes.genericGet(self, (String) name);
            }
        });
        return s;
    }

    private static Object scale(Object self, Object k) {
        Double f = real(k);
        if (f == null) {
            return NI;
        }
        Vector v = (Vector) self;
        return new Vector(v.x() * f, v.y() * f);
    }

    /** An int or float as a double, or null. */
    private static Double real(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return (double) l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        return null;
    }

    private static Object construct(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("vector() takes at most 2 arguments (" + args.length + " given)");
        }
        Object[] v = new Object[2];
        System.arraycopy(args, 0, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = kwnames[k].equals("x") ? 0 : kwnames[k].equals("y") ? 1 : -1;
            if (at < 0) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for vector()");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for vector() given by name ('" + kwnames[k] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = args[npos + k];
        }
        double[] xy = new double[2];
        for (int i = 0; i < 2; i++) {
            if (v[i] == null) {
                continue;
            }
            Double d = real(v[i]);
            if (d == null) {
                throw Errors.typeError("vector() argument " + (i == 0 ? "'x'" : "'y'") + " must be a real number, not "
                        + Op.typeName(v[i]));
            }
            xy[i] = d;
        }
        return new Vector(xy[0], xy[1]);
    }
}
