package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRef;

/** The charmap codec of {@code _codecs}: the 8-bit encodings of the {@code encodings} package are tables over it. */
final class Charmap {
    private static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");
    private static final String UNDEFINED = "character maps to <undefined>";

    private Charmap() {}

    static void install(PyDict d) {
        CodecArgs.fn(d, "charmap_build", 1, 1, a -> {
            String map = CodecArgs.str("charmap_build", 1, a[0]);
            int[] cps = map.codePoints().toArray();
            PyDict out = new PyDict();
            for (int i = 0; i < cps.length; i++) {
                if (cps.length == 256 && cps[i] == 0xfffe) {
                    continue; // an undefined byte of a full table
                }
                out.put((long) cps[i], (long) i);
            }
            return out;
        });
        CodecArgs.fn(d, "charmap_decode", 1, 3, a -> {
            byte[] data = CodecArgs.buffer(a[0]);
            String errors = CodecArgs.errors("charmap_decode", 2, a[1]);
            Object map = a[2] == null ? PyNone.None : a[2];
            if (map == PyNone.None) {
                return PyTuple.of(Codec.decode(data, "latin-1", errors, PyBytes.wrap(data)), (long) data.length);
            }
            return PyTuple.of(decode(data, errors, map), (long) data.length);
        });
        CodecArgs.fn(d, "charmap_encode", 1, 3, a -> {
            String s = CodecArgs.str("charmap_encode", 1, a[0]);
            String errors = CodecArgs.errors("charmap_encode", 2, a[1]);
            Object map = a[2] == null ? PyNone.None : a[2];
            long len = s.codePointCount(0, s.length());
            if (map == PyNone.None) {
                return PyTuple.of(PyBytes.wrap(Codec.encode(s, "latin-1", errors)), len);
            }
            return PyTuple.of(PyBytes.wrap(encode(s, errors, map)), len);
        });
    }

    private static String decode(byte[] data, String errors, Object map) {
        StringBuilder sb = new StringBuilder(data.length);
        PyBytes original = PyBytes.wrap(data);
        int[] table = org.jyston.api.object.Derived.unwrap(map) instanceof String t ? t.codePoints().toArray() : null;
        for (int i = 0; i < data.length;) {
            int b = data[i] & 0xff;
            if (table != null) {
                if (b < table.length && table[b] != 0xfffe) {
                    sb.appendCodePoint(table[b]);
                    i++;
                } else {
                    i = Codec.handleDecode(sb, data, i, i + 1, UNDEFINED, "charmap", errors, original);
                }
                continue;
            }
            Object v = mapped(map, b);
            if (v == null || v == PyNone.None) {
                i = Codec.handleDecode(sb, data, i, i + 1, UNDEFINED, "charmap", errors, original);
                continue;
            }
            Object u = org.jyston.api.object.Derived.unwrap(v);
            if (u instanceof Long x) {
                if (x < 0 || x > 0x10ffff) {
                    throw Errors.typeError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) (long) x);
            } else if (u instanceof String str) {
                if (str.equals("\ufffe")) {
                    i = Codec.handleDecode(sb, data, i, i + 1, UNDEFINED, "charmap", errors, original);
                    continue;
                }
                sb.append(str);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            i++;
        }
        return sb.toString();
    }

    /** {@code map[key]}, or null when the mapping has no such key (LookupError). */
    private static Object mapped(Object map, long key) {
        if (map instanceof PyDict d && !(map instanceof org.jyston.api.object.PyObject)) {
            return d.get(key);
        }
        try {
            return Op.getitem(map, key);
        } catch (PyException e) {
            if (e.matches(LOOKUP_ERROR.get())) {
                return null;
            }
            throw e;
        }
    }

    /** Writes the encoding of code point c, or answers false if the mapping leaves it undefined. */
    private static boolean put(ByteArrayOutputStream out, Object map, int c) {
        Object v = mapped(map, c);
        if (v == null || v == PyNone.None) {
            return false;
        }
        Object u = org.jyston.api.object.Derived.unwrap(v);
        if (u instanceof Long x) {
            if (x < 0 || x > 255) {
                throw Errors.typeError("character mapping must be in range(256)");
            }
            out.write((int) (long) x);
        } else if (u instanceof PyBytes b) {
            out.writeBytes(b.array());
        } else {
            throw Errors.typeError("character mapping must return integer, bytes or None, not " + Op.typeName(v));
        }
        return true;
    }

    private static byte[] encode(String s, String errors, Object map) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int i = 0; i < cps.length;) {
            if (put(out, map, cps[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && mapped(map, cps[end]) == null) {
                end++;
            }
            switch (errors) {
                case "strict" -> throw Codec.encodeError("charmap", s, i, end, UNDEFINED);
                case "ignore" -> { }
                case "replace", "xmlcharrefreplace", "backslashreplace", "namereplace" -> {
                    Object res = Op.call(ErrorHandlers.lookup(errors),
                            Op.call(TypeRef.of("UnicodeEncodeError").get(), "charmap", s, (long) i, (long) end, UNDEFINED));
                    String rep = (String) ((PyTuple) res).get(0);
                    for (int c : rep.codePoints().toArray()) {
                        if (!put(out, map, c)) {
                            throw Codec.encodeError("charmap", s, i, end, UNDEFINED);
                        }
                    }
                }
                default -> {
                    int resume = ErrorHandlers.encode(out, s, cps, i, end, UNDEFINED, "charmap", errors,
                            r -> encode(r, "strict", map));
                    if (resume < 0) {
                        throw Codec.unknownHandler(errors);
                    }
                    end = resume;
                }
            }
            i = end;
        }
        return out.toByteArray();
    }
}
