package org.jyston.modules.hashlib.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The hash object types ({@code _md5.md5}, ..., {@code _sha512.sha512}) and the constructors of their modules. */
@Component(service = BuiltinType.class)
public class HashTypes implements BuiltinType {
    private static final TypeRef BYTES = TypeRef.of("bytes");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public List<TypeSpec> specs() {
        List<TypeSpec> out = new ArrayList<>();
        for (Algo a : Algo.values()) {
            out.add(spec(a));
        }
        return out;
    }

    private static TypeSpec spec(Algo algo) {
        String tn = algo.typeName;
        TypeSpec s = new TypeSpec(tn).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .attribute("name", new GetSetDescriptor("name", tn, self -> algo.name, null, null))
                .attribute("digest_size", new GetSetDescriptor("digest_size", tn, self -> (long) algo.digestSize,
                        null, null))
                .attribute("block_size", new GetSetDescriptor("block_size", tn, self -> (long) algo.blockSize,
                        null, null));
        method(s, algo, "update", (h, a, kw) -> {
            noKeywords(algo.name + ".update", kw);
            if (a.length != 2) {
                throw Errors.typeError(algo.name + ".update() takes exactly one argument (" + (a.length - 1)
                        + " given)");
            }
            h.update(data(a[1]));
            return PyNone.None;
        });
        method(s, algo, "digest", (h, a, kw) -> {
            noArgs(algo.name + ".digest", a, kw);
            return new PyBytes(h.digest());
        });
        method(s, algo, "hexdigest", (h, a, kw) -> {
            noArgs(algo.name + ".hexdigest", a, kw);
            byte[] d = h.digest();
            char[] c = new char[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                c[2 * i] = HEX[(d[i] >> 4) & 15];
                c[2 * i + 1] = HEX[d[i] & 15];
            }
            return new String(c);
        });
        method(s, algo, "copy", (h, a, kw) -> {
            noArgs(algo.name + ".copy", a, kw);
            return h.copy();
        });
        return s;
    }

    /** Puts the constructor of each hash of {@code module} into it: {@code sha512(string=b'', *, usedforsecurity=True)}. */
    static void populate(PyModule module) {
        PyDict d = module.getDict();
        for (Algo algo : Algo.values()) {
            if (!algo.module.equals(module.getName())) {
                continue;
            }
            PyBuiltinFunction f = new PyBuiltinFunction(algo.name, (a, kw) -> construct(algo, a, kw));
            f.setModule(module);
            d.put(algo.name, f);
        }
    }

    private static Object construct(Algo algo, Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos > 1) {
            throw Errors.typeError(algo.name + "() takes at most 1 positional argument (" + npos + " given)");
        }
        Object string = npos == 1 ? a[0] : null;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("string") && string == null) {
                string = a[npos + i];
            } else if (kw[i].equals("string")) {
                throw Errors.typeError("argument for " + algo.name + "() given by name ('string') and position (1)");
            } else if (!kw[i].equals("usedforsecurity")) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + algo.name + "()");
            }
        }
        HashObject h = new HashObject(algo, algo.newDigest());
        if (string != null) {
            h.update(data(string));
        }
        return h;
    }

    /** The bytes of a buffer, with CPython's two messages for what is not one. */
    static byte[] data(Object o) {
        Object u = Derived.unwrap(o);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (u instanceof String) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        if (Op.typeName(o).equals("memoryview") || Op.typeName(o).equals("array.array")) {
            return ((PyBytes) Op.call(BYTES.get(), o)).array();
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    @FunctionalInterface
    private interface Method {
        Object call(HashObject self, Object[] a, String[] kw);
    }

    private static void method(TypeSpec s, Algo algo, String name, Method body) {
        s.attribute(name, new PyBuiltinFunction(name, (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 1) {
                throw Errors.typeError("unbound method " + algo.name + "." + name + "() needs an argument");
            }
            if (!(a[0] instanceof HashObject h) || h.algo != algo) {
                throw Errors.typeError("descriptor '" + name + "' for '" + algo.typeName
                        + "' objects doesn't apply to a '" + Op.typeName(a[0]) + "' object");
            }
            return body.call(h, a, kw);
        }));
    }

    private static void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    private static void noArgs(String fname, Object[] a, String[] kw) {
        noKeywords(fname, kw);
        if (a.length != 1) {
            throw Errors.typeError(fname + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }
}
