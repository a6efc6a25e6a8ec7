package org.jyston.type.str.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeRef;

/** {@code str.maketrans} and {@code str.translate}. */
final class StrTranslate {
    private static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");

    private StrTranslate() {}

    /**
     * {@code str.maketrans(x[, y[, z]])}: a static method in CPython; reached through the class or
     * an instance alike, so it is a class method here that ignores the class.
     */
    static final PyBuiltinFunction MAKETRANS = PyBuiltinFunction.classMethod("maketrans", (args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("maketrans() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n < 1) {
            throw Errors.typeError("maketrans expected at least 1 argument, got " + n);
        }
        if (n > 3) {
            throw Errors.typeError("maketrans expected at most 3 arguments, got " + n);
        }
        for (int i = 2; i <= n; i++) {
            if (!(args[i] instanceof String)) {
                throw Errors.typeError("maketrans() argument " + i + " must be str, not " + Op.typeName(args[i]));
            }
        }
        PyDict out = new PyDict();
        if (n == 1) {
            if (!(args[1] instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Object key : d.keys()) {
                Object v = d.get(key);
                if (key instanceof String s) {
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    out.put((long) s.codePointAt(0), v);
                } else if (key instanceof Long || key instanceof java.math.BigInteger || key instanceof Boolean) {
                    out.put(key, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(args[1] instanceof String x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String y = (String) args[2];
        int[] xs = x.codePoints().toArray();
        int[] ys = y.codePoints().toArray();
        if (xs.length != ys.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            out.put((long) xs[i], (long) ys[i]);
        }
        if (n == 3) {
            ((String) args[3]).codePoints().forEach(c -> out.put((long) c, PyNone.None));
        }
        return out;
    });

    /** {@code str.translate(table)}: each character through {@code table[ord(c)]}; LookupError keeps it. */
    static Object translate(Object[] args, String[] kw) {
        String self = Args.self("translate", args);
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("str.translate() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("str.translate() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        Object table = args[1];
        StringBuilder sb = new StringBuilder(self.length());
        for (int i = 0; i < self.length();) {
            int c = self.codePointAt(i);
            i += Character.charCount(c);
            Object m;
            try {
                m = Op.getitem(table, (long) c);
            } catch (PyException e) {
                if (e.matches(LOOKUP_ERROR.get())) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (m == PyNone.None) {
                continue;
            }
            if (m instanceof String s) {
                sb.append(s);
            } else if (m instanceof Long || m instanceof java.math.BigInteger || m instanceof Boolean) {
                long v = m instanceof Long l ? l : m instanceof Boolean b ? (b ? 1 : 0) : -1;
                if (v < 0 || v > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }
}
