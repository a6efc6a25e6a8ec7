package org.jyston.runtime.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: text streams over the interpreter's
 * Java streams (CPython's {@code _io.TextIOWrapper}, as far as programs use it).
 */
final class TextStream {
    final String name;
    final String mode;
    final PrintStream out;
    private final BufferedReader in;

    TextStream(String name, PrintStream out) {
        this.name = name;
        this.mode = "w";
        this.out = out;
        this.in = null;
    }

    TextStream(String name, java.io.InputStream in) {
        this.name = name;
        this.mode = "r";
        this.out = null;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    long write(String s) {
        if (out == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), "not writable");
        }
        out.print(s);
        if (out != System.out && name.equals("<stderr>")) {
            out.flush();
        }
        return s.codePointCount(0, s.length());
    }

    /** A line with its newline, or "" at the end of the input. */
    String readline() {
        if (in == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), e.getMessage());
        }
    }

    String read() {
        StringBuilder sb = new StringBuilder();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            sb.append(line);
        }
        return sb.toString();
    }

    static TypeSpec spec() {
        return new TypeSpec("TextIOWrapper").flag(TypeSpec.Flag.HIDDEN).representation(TextStream.class)
                .unary(Slot.REPR, self -> {
                    TextStream t = (TextStream) self;
                    return "<_io.TextIOWrapper name='" + t.name + "' mode='" + t.mode + "' encoding='utf-8'>";
                })
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> {
                    String line = ((TextStream) self).readline();
                    if (line.isEmpty()) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return line;
                })
                .attribute("write", method("write", (t, a) -> {
                    if (!(a.length > 0 && a[0] instanceof String s)) {
                        throw Errors.typeError("write() argument must be str, not "
                                + (a.length > 0 ? Op.typeName(a[0]) : "nothing"));
                    }
                    return t.write(s);
                }))
                .attribute("flush", method("flush", (t, a) -> {
                    if (t.out != null) {
                        t.out.flush();
                    }
                    return PyNone.None;
                }))
                .attribute("readline", method("readline", (t, a) -> t.readline()))
                .attribute("read", method("read", (t, a) -> t.read()))
                .attribute("isatty", method("isatty", (t, a) -> false))
                .attribute("writable", method("writable", (t, a) -> t.out != null))
                .attribute("readable", method("readable", (t, a) -> t.in != null))
                .attribute("fileno", method("fileno", (t, a) -> t.name.equals("<stdin>") ? 0L
                        : t.name.equals("<stdout>") ? 1L : 2L))
                .attribute("encoding", "utf-8");
    }

    @FunctionalInterface
    private interface Body {
        Object call(TextStream self, Object[] rest);
    }

    private static PyBuiltinFunction method(String name, Body body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof TextStream t)) {
                throw Errors.typeError("descriptor '" + name + "' needs a TextIOWrapper");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(t, rest);
        });
    }
}
