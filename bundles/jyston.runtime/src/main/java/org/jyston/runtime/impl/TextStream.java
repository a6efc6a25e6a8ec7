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
final class TextStream implements FileMethods.Closable, org.jyston.api.object.HasDict {
    final String name;
    final String mode;
    final PrintStream out;
    private final BufferedReader in;
    /** The encoding's name as {@code open()} was given it ({@code sys} streams say utf-8). */
    private final String encoding;
    /** Files from {@code open()} can be closed; the interpreter's own streams stay open for it. */
    private final boolean owned;
    private boolean closed;
    /** The binary stream under a TextIOWrapper made by Python code ({@code buffer}), or null. */
    Object buffer;
    /** TextIOWrapper(line_buffering=True): a write with a newline flushes. */
    boolean lineBuffering;
    /** Attributes Python code sets ({@code tokenize.open} sets {@code mode}), as CPython's instance dictionary. */
    private org.jyston.api.object.PyDict dict;

    @Override
    public synchronized org.jyston.api.object.PyDict getDict() {
        if (dict == null) {
            dict = new org.jyston.api.object.PyDict();
        }
        return dict;
    }

    @Override
    public org.jyston.api.object.PyDict getDictIfPresent() {
        return dict;
    }

    TextStream(String name, PrintStream out) {
        this(name, "w", out, null, "utf-8", false);
    }

    TextStream(String name, java.io.InputStream in) {
        this(name, "r", null, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "utf-8", false);
    }

    /** A file from {@code open()} in text mode: one of {@code out} and {@code in} is null. */
    TextStream(String name, String mode, PrintStream out, BufferedReader in, String encoding, boolean owned) {
        this.name = name;
        this.mode = mode;
        this.out = out;
        this.in = in;
        this.encoding = encoding;
        this.owned = owned;
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    @Override
    public void close() {
        if (closed || !owned) {
            closed |= owned;
            return;
        }
        closed = true;
        try {
            if (in != null) {
                in.close();
            }
            if (out != null) {
                out.close();
                if (out.checkError() && buffer == null) {
                    throw new IOException("write failed");
                }
            }
            if (buffer != null) {
                IoSupport.callMethod(buffer, "close");
            }
        } catch (IOException e) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), e.getMessage());
        }
    }

    long write(String s) {
        checkOpen();
        if (out == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), "not writable");
        }
        out.print(s);
        if (out != System.out && "<stderr>".equals(name) || lineBuffering && s.indexOf('\n') >= 0) {
            out.flush();
        }
        return s.codePointCount(0, s.length());
    }

    String readline() {
        return readline(-1);
    }

    /**
     * A line with its newline, or "" at the end of the input; at most {@code limit} UTF-16 units when
     * not negative. Universal newlines: "\r\n" and "\r" read as "\n".
     */
    String readline(long limit) {
        checkOpen();
        if (in == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("OSError"), "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((limit < 0 || sb.length() < limit) && (c = in.read()) >= 0) {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    c = '\n';
                }
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
        return read(-1);
    }

    /** Everything left, or at most {@code size} code points when not negative. */
    String read(long size) {
        StringBuilder sb = new StringBuilder();
        long count = 0;
        while (size < 0 || count < size) {
            String part = readline(size < 0 ? -1 : size - count);
            if (part.isEmpty()) {
                break;
            }
            sb.append(part);
            count += part.codePointCount(0, part.length());
        }
        return sb.toString();
    }

    static TypeSpec spec() {
        return FileMethods.closeProtocol(specWithoutClose(), TextStream.class, "TextIOWrapper");
    }

    private static TypeSpec specWithoutClose() {
        return new TypeSpec("TextIOWrapper").base("_TextIOBase").flag(TypeSpec.Flag.HIDDEN)
                .representation(TextStream.class)
                .attribute("__module__", "_io")
                .call(Slot.NEW, (t, args, kw) -> IoWrappers.textWrapper(args, kw))
                .unary(Slot.REPR, self -> {
                    TextStream t = (TextStream) self;
                    if (t.name == null) {
                        Object n = t.buffer == null ? null : IoSupport.lookup(t.buffer, "name");
                        return "<_io.TextIOWrapper " + (n == null ? "" : "name=" + Op.repr(n) + " ") + "encoding='"
                                + t.encoding + "'>";
                    }
                    return "<_io.TextIOWrapper name='" + t.name + "' mode='" + t.mode + "' encoding='" + t.encoding + "'>";
                })
                .unary(Slot.ITER, self -> {
                    ((TextStream) self).checkOpen();
                    return self;
                })
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
                    t.checkOpen();
                    if (t.out != null) {
                        t.out.flush();
                    }
                    if (t.buffer != null) {
                        IoSupport.callMethod(t.buffer, "flush");
                    }
                    return PyNone.None;
                }))
                .attribute("readline", method("readline", (t, a) -> t.readline(size(a))))
                .attribute("read", method("read", (t, a) -> t.read(size(a))))
                .attribute("readlines", method("readlines", (t, a) -> {
                    java.util.List<Object> lines = new java.util.ArrayList<>();
                    for (String l = t.readline(); !l.isEmpty(); l = t.readline()) {
                        lines.add(l);
                    }
                    return new org.jyston.api.object.PyList(lines.toArray());
                }))
                .binary(Slot.GETATTRIBUTE, (self, attr) -> {
                    TextStream t = (TextStream) self;
                    switch ((String) attr) {
                        case "closed":
                            return t.buffer != null ? Op.getattr(t.buffer, "closed") : t.closed;
                        case "name":
                            return t.name != null ? t.name : Op.getattr(t.buffer, "name");
                        case "mode":
                            if (t.mode == null) {
                                break;
                            }
                            return t.mode;
                        case "buffer":
                            if (t.buffer == null) {
                                break;
                            }
                            return t.buffer;
                        case "errors":
                            return "strict";
                        case "line_buffering":
                            return t.lineBuffering;
                        case "write_through":
                            return false;
                        case "encoding":
                            return t.encoding;
                        default:
                            break;
                    }
                    return org.jyston.api.object.Attributes.genericGet(self, (String) attr);
                })
                .attribute("isatty", method("isatty", (t, a) -> false))
                .attribute("writable", method("writable", (t, a) -> t.out != null))
                .attribute("readable", method("readable", (t, a) -> t.in != null))
                .attribute("seekable", method("seekable", (t, a) -> false))
                .attribute("detach", method("detach", (t, a) -> {
                    if (t.buffer == null) {
                        throw IoSupport.unsupported("detach");
                    }
                    if (t.out != null) {
                        t.out.flush();
                    }
                    Object b = t.buffer;
                    t.closed = true;
                    return b;
                }))
                .attribute("fileno", method("fileno", (t, a) -> t.buffer != null ? IoSupport.callMethod(t.buffer, "fileno")
                        : t.name.equals("<stdin>") ? 0L
                        : t.name.equals("<stdout>") ? 1L : 2L));
    }

    static long size(Object[] a) {
        if (a.length == 0 || a[0] == PyNone.None) {
            return -1;
        }
        if (!(a[0] instanceof Long n)) {
            throw Errors.typeError("argument should be integer or None, not '" + Op.typeName(a[0]) + "'");
        }
        return n;
    }

    private static PyBuiltinFunction method(String name, FileMethods.Body<TextStream> body) {
        return FileMethods.method(TextStream.class, "TextIOWrapper", name, body);
    }
}
