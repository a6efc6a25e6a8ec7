package org.jyston.modules.struct.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The types of {@code _struct}: {@code Struct} (subclassable) and its {@code unpack_iterator}. */
@Component(service = BuiltinType.class)
public class StructTypes implements BuiltinType {
    static final String STRUCT = "_struct.Struct";
    static final String ITERATOR = "_struct.unpack_iterator";

    @Override
    public List<TypeSpec> specs() {
        return List.of(struct(), iterator());
    }

    @FunctionalInterface
    private interface Body {
        Object call(StructObject self, Object[] a, String[] kw);
    }

    static TypeSpec struct() {
        TypeSpec s = new TypeSpec(STRUCT).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN)
                .doc("Struct(fmt) --> compiled struct object\n\n")
                .call(Slot.NEW, (type, a, kw) -> new StructObject((PyType) type))
                .call(Slot.INIT, (self, a, kw) -> {
                    ((StructObject) self).init(formatArgument(a, kw));
                    return PyNone.None;
                });
        s.attribute("format", new GetSetDescriptor("format", STRUCT, o -> ((StructObject) o).format(), null,
                "struct format string"));
        s.attribute("size", new GetSetDescriptor("size", STRUCT, o -> ((StructObject) o).size(), null,
                "struct size in bytes"));
        method(s, "pack", (self, a, kw) -> {
            noKeywords("Struct.pack", kw);
            return self.pack(a, 1);
        }, "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
                + "to the format string S.format.  See help(struct) for more on format\nstrings.");
        method(s, "pack_into", (self, a, kw) -> {
            noKeywords("Struct.pack_into", kw);
            self.packInto(a, 1);
            return PyNone.None;
        }, "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\n"
                + "and write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is "
                + "a required argument.  See\nhelp(struct) for more on format strings.");
        method(s, "unpack", (self, a, kw) -> self.unpack(one("Struct.unpack", a, kw, 1)),
                "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The "
                + "buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.");
        method(s, "unpack_from", (self, a, kw) -> {
            Object[] v = unpackFromArguments(a, kw, 1, 1);
            return self.unpackFrom(v[0], v[1]);
        }, "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\n"
                + "The buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\n"
                + "See help(struct) for more on format strings.");
        method(s, "iter_unpack", (self, a, kw) -> self.iterUnpack(one("Struct.iter_unpack", a, kw, 1)),
                "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
                + "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.");
        method(s, "__sizeof__", (self, a, kw) -> {
            none("Struct.__sizeof__", a, kw, 1);
            return self.sizeOf();
        }, "S.__sizeof__() -> size of S in memory, in bytes");
        return s;
    }

    private static void method(TypeSpec s, String name, Body body, String doc) {
        s.attribute(name, new PyBuiltinFunction(name, (a, kw) -> {
            if (a.length == 0) {
                throw Errors.typeError("unbound method Struct." + name + "() needs an argument");
            }
            if (!(a[0] instanceof StructObject self)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + STRUCT + "' objects doesn't apply to a '"
                        + Op.typeName(a[0]) + "' object");
            }
            return body.call(self, a, kw);
        }));
    }

    /** {@code Struct(format)}'s one argument, positional or named, with Argument Clinic's messages. */
    private static Object formatArgument(Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (a.length > 1) {
            throw Errors.typeError("Struct() takes at most 1 argument (" + a.length + " given)");
        }
        if (a.length == 1 && (nkw == 0 || "format".equals(kw[0]))) {
            return a[0];
        }
        throw Errors.typeError("Struct() missing required argument 'format' (pos 1)");
    }

    static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** The single positional argument after {@code skip} leading ones (self), with CPython's METH_O messages. */
    static Object one(String name, Object[] a, String[] kw, int skip) {
        noKeywords(name, kw);
        if (a.length - skip != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + (a.length - skip) + " given)");
        }
        return a[skip];
    }

    static void none(String name, Object[] a, String[] kw, int skip) {
        noKeywords(name, kw);
        if (a.length != skip) {
            throw Errors.typeError(name + "() takes no arguments (" + (a.length - skip) + " given)");
        }
    }

    /**
     * {@code (buffer, offset=0)} after {@code skip} positional-only arguments, as Argument Clinic parses
     * {@code unpack_from}; the offset is null when not given. Messages count the arguments from {@code counted}
     * on (1 for a method, whose self they leave out; 0 for the module function, whose format they include).
     */
    static Object[] unpackFromArguments(Object[] a, String[] kw, int skip, int counted) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        int max = skip + 2 - counted;
        if (a.length - counted > max) {
            throw Errors.typeError("unpack_from() takes at most " + max + " arguments (" + (a.length - counted)
                    + " given)");
        }
        Object[] v = new Object[2];
        for (int i = skip; i < npos; i++) {
            v[i - skip] = a[i];
        }
        for (int k = 0; k < nkw; k++) {
            int at = "buffer".equals(kw[k]) ? 0 : "offset".equals(kw[k]) ? 1 : -1;
            if (at < 0) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for unpack_from()");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for unpack_from() given by name ('" + kw[k] + "') and position ("
                        + (skip - counted + at + 1) + ")");
            }
            v[at] = a[npos + k];
        }
        if (v[0] == null) {
            throw Errors.typeError("unpack_from() missing required argument 'buffer' (pos " + (skip - counted + 1)
                    + ")");
        }
        return v;
    }

    static TypeSpec iterator() {
        TypeSpec s = new TypeSpec(ITERATOR).flag(TypeSpec.Flag.HIDDEN)
                .call(Slot.NEW, (type, a, kw) -> {
                    throw Errors.typeError("Cannot create '" + ((PyType) type).getSimpleName() + " objects");
                })
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> {
                    PyTuple t = ((UnpackIterator) self).next();
                    if (t == null) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return t;
                });
        s.attribute("__length_hint__", new PyBuiltinFunction("__length_hint__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof UnpackIterator it)) {
                throw Errors.typeError("descriptor '__length_hint__' for '" + ITERATOR + "' objects doesn't apply to a '"
                        + (a.length == 0 ? "NoneType" : Op.typeName(a[0])) + "' object");
            }
            none("unpack_iterator.__length_hint__", a, kw, 1);
            return it.lengthHint();
        }));
        return s;
    }
}
