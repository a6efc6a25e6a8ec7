package org.jyston.runtime.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/** {@code ascii}, {@code chr}, {@code ord}, {@code format}, {@code input}, {@code print}. */
final class BuiltinsText {
    private static final TypeRef EOF_ERROR = TypeRef.of("EOFError");
    private static final TypeRef STR = TypeRef.of("str");
    private static final TypeRef OBJECT = TypeRef.of("object");

    private BuiltinsText() {}

    static void install(Map<String, Object> b, PrintStream out, BufferedReader in) {
        Builtins.fn(b, "print", (a, k) -> Print.print(out, a, k));
        Builtins.fn(b, "ascii", (a, k) -> ascii(Op.repr(Args.one("ascii", a, k))));
        Builtins.fn(b, "chr", (a, k) -> chr(Args.one("chr", a, k)));
        Builtins.fn(b, "ord", (a, k) -> ord(Args.one("ord", a, k)));
        Builtins.fn(b, "format", (a, k) -> {
            Args.unpack("format", a, k, 1, 2);
            if (a.length == 1) {
                return format(a[0], "");
            }
            if (!(a[1] instanceof String spec)) {
                throw Errors.typeError("format() argument 2 must be str, not " + Op.typeName(a[1]));
            }
            return format(a[0], spec);
        });
        Builtins.fn(b, "input", (a, k) -> {
            Args.unpack("input", a, k, 0, 1);
            return input(out, in, a.length == 0 ? null : a[0]);
        });
    }

    /** A repr with every non-ASCII character escaped as {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    static String chr(Object o) {
        Object n = Op.index(o);
        if (n instanceof BigInteger || (Long) n < Integer.MIN_VALUE || (Long) n > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        long cp = (Long) n;
        if (cp < 0 || cp > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) cp));
    }

    static long ord(Object o) {
        o = org.jyston.api.object.Derived.unwrap(o);
        byte[] b = o instanceof org.jyston.api.object.PyBytes pb ? pb.toByteArray()
                : o instanceof org.jyston.api.object.PyByteArray pa ? pa.toByteArray() : null;
        if (b != null) {
            // a bytes or bytearray of one byte gives that byte
            if (b.length != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            return b[0] & 0xff;
        }
        if (!(o instanceof String s)) {
            throw Errors.typeError("ord() expected string of length 1, but " + Op.typeName(o) + " found");
        }
        int n = s.codePointCount(0, s.length());
        if (n != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
        }
        return s.codePointAt(0);
    }

    /**
     * {@code format(value, spec)}. While int, float and str have no {@code __format__} slot, their
     * formatting is reached through {@code '{:{}}'.format(value, spec)}, which the str type implements.
     */
    static String format(Object value, String spec) {
        if (!spec.isEmpty() && (value instanceof String || BuiltinsNumeric.isInt(value) || value instanceof Double)
                && !hasOwnFormat(PyType.of(value))) {
            Object strFormat = STR.get().lookup("format");
            if (strFormat != null) {
                return (String) Op.call(strFormat, "{:{}}", value, spec);
            }
        }
        return Op.format(value, spec);
    }

    /** Whether {@code __format__} comes from somewhere below {@code object} in the type's MRO. */
    private static boolean hasOwnFormat(PyType t) {
        Object f = t.slot(Slot.FORMAT);
        PyType object = OBJECT.getOrNull();
        return f != null && (object == null || f != object.slot(Slot.FORMAT));
    }

    /** {@code input([prompt])}: the prompt to stdout, then a line of stdin without its newline. */
    static String input(PrintStream out, BufferedReader in, Object prompt) {
        out.flush();
        if (prompt != null) {
            out.print(Op.str(prompt));
            out.flush();
        }
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw Errors.raise(TypeRef.of("OSError"), e.getMessage());
        }
        if (line == null) {
            throw Errors.raise(EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }
}
