package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * Codec error handlers: the built-in ones as Python callables ({@code codecs.lookup_error('replace')}), and
 * those registered by {@code codecs.register_error}, which {@link Codec} calls for a name it does not know.
 * Registered handlers are kept per process (the codecs here are shared by every interpreter).
 */
final class ErrorHandlers {
    private static final TypeRef ENCODE_ERROR = TypeRef.of("UnicodeEncodeError");
    private static final TypeRef DECODE_ERROR = TypeRef.of("UnicodeDecodeError");
    private static final TypeRef TRANSLATE_ERROR = TypeRef.of("UnicodeTranslateError");
    private static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");

    /** Handlers registered by Python code, by name. */
    static final Map<String, Object> CUSTOM = new ConcurrentHashMap<>();
    private static final Map<String, PyBuiltinFunction> BUILTIN = new ConcurrentHashMap<>();

    private ErrorHandlers() {}

    @FunctionalInterface
    private interface Handler {
        Object handle(Object exc, int kind, int start, int end);
    }

    private static final int ENCODE = 0;
    private static final int DECODE = 1;
    private static final int TRANSLATE = 2;

    private static PyBuiltinFunction handler(String name, String fnName, Handler h) {
        PyBuiltinFunction f = new PyBuiltinFunction(fnName, (a, k) -> {
            if (a.length != 1) {
                throw Errors.typeError(fnName + "() takes exactly one argument (" + a.length + " given)");
            }
            Object exc = a[0];
            int kind = kind(exc);
            if (kind < 0) {
                throw Errors.typeError("don't know how to handle " + Op.typeName(exc) + " in error callback");
            }
            int start = (int) Op.indexAsLong(Op.getattr(exc, "start"), "start");
            int end = (int) Op.indexAsLong(Op.getattr(exc, "end"), "end");
            return h.handle(exc, kind, start, end);
        });
        BUILTIN.put(name, f);
        return f;
    }

    private static int kind(Object exc) {
        PyType t = PyType.of(exc);
        if (t.isSubtypeOf(ENCODE_ERROR.get())) {
            return ENCODE;
        }
        if (t.isSubtypeOf(DECODE_ERROR.get())) {
            return DECODE;
        }
        if (t.isSubtypeOf(TRANSLATE_ERROR.get())) {
            return TRANSLATE;
        }
        return -1;
    }

    private static PyException cannot(Object exc) {
        return Errors.typeError("don't know how to handle " + Op.typeName(exc) + " in error callback");
    }

    private static int[] text(Object exc) {
        return ((String) org.jyston.api.object.Derived.unwrap(Op.getattr(exc, "object"))).codePoints().toArray();
    }

    private static String escape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    static void install(PyDict d) {
        PyBuiltinFunction strict = new PyBuiltinFunction("strict_errors", (a, k) -> {
            if (a.length != 1) {
                throw Errors.typeError("strict_errors() takes exactly one argument (" + a.length + " given)");
            }
            if (a[0] instanceof PyBaseException e) {
                throw new PyException(e);
            }
            throw Errors.typeError("codec must pass exception instance");
        });
        BUILTIN.put("strict", strict);
        handler("ignore", "ignore_errors", (exc, kind, start, end) -> PyTuple.of("", (long) end));
        handler("replace", "replace_errors", (exc, kind, start, end) -> {
            String rep = kind == ENCODE ? "?".repeat(Math.max(0, end - start))
                    : kind == DECODE ? "\ufffd" : "\ufffd".repeat(Math.max(0, end - start));
            return PyTuple.of(rep, (long) end);
        });
        handler("xmlcharrefreplace", "xmlcharrefreplace_errors", (exc, kind, start, end) -> {
            if (kind != ENCODE) {
                throw cannot(exc);
            }
            int[] cps = text(exc);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end && i < cps.length; i++) {
                sb.append("&#").append(cps[i]).append(';');
            }
            return PyTuple.of(sb.toString(), (long) end);
        });
        handler("backslashreplace", "backslashreplace_errors", (exc, kind, start, end) -> {
            StringBuilder sb = new StringBuilder();
            if (kind == DECODE) {
                byte[] b = CodecArgs.buffer(Op.getattr(exc, "object"));
                for (int i = start; i < end && i < b.length; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
            } else {
                int[] cps = text(exc);
                for (int i = start; i < end && i < cps.length; i++) {
                    sb.append(escape(cps[i]));
                }
            }
            return PyTuple.of(sb.toString(), (long) end);
        });
        handler("namereplace", "namereplace_errors", (exc, kind, start, end) -> {
            if (kind != ENCODE) {
                throw cannot(exc);
            }
            int[] cps = text(exc);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end && i < cps.length; i++) {
                int c = cps[i];
                String name = c >= 0xd800 && c <= 0xdfff ? null : Character.getName(c);
                sb.append(name != null ? "\\N{" + name + "}" : escape(c));
            }
            return PyTuple.of(sb.toString(), (long) end);
        });
        handler("surrogateescape", "surrogateescape", (exc, kind, start, end) -> {
            if (kind == DECODE) {
                byte[] b = CodecArgs.buffer(Op.getattr(exc, "object"));
                StringBuilder sb = new StringBuilder();
                for (int i = start; i < end && i < b.length && i < start + 4; i++) {
                    int v = b[i] & 0xff;
                    if (v < 128) {
                        throw new PyException((PyBaseException) exc);
                    }
                    sb.append((char) (0xdc00 + v));
                }
                return PyTuple.of(sb.toString(), (long) Math.min(end, start + 4));
            }
            if (kind == ENCODE) {
                int[] cps = text(exc);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = start; i < end && i < cps.length; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                        throw new PyException((PyBaseException) exc);
                    }
                    out.write(cps[i] - 0xdc00);
                }
                return PyTuple.of(PyBytes.wrap(out.toByteArray()), (long) end);
            }
            throw cannot(exc);
        });
        handler("surrogatepass", "surrogatepass", (exc, kind, start, end) -> {
            String enc = Op.str(Op.getattr(exc, "encoding")).toLowerCase().replace('_', '-');
            if (!enc.equals("utf-8") && !enc.equals("utf8")) {
                throw new PyException((PyBaseException) exc);
            }
            if (kind == ENCODE) {
                int[] cps = text(exc);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = start; i < end && i < cps.length; i++) {
                    int x = cps[i];
                    if (x < 0xd800 || x > 0xdfff) {
                        throw new PyException((PyBaseException) exc);
                    }
                    out.write(0xe0 | (x >> 12));
                    out.write(0x80 | ((x >> 6) & 0x3f));
                    out.write(0x80 | (x & 0x3f));
                }
                return PyTuple.of(PyBytes.wrap(out.toByteArray()), (long) end);
            }
            if (kind == DECODE) {
                byte[] b = CodecArgs.buffer(Op.getattr(exc, "object"));
                if (start + 3 <= b.length && (b[start] & 0xf0) == 0xe0 && (b[start + 1] & 0xc0) == 0x80
                        && (b[start + 2] & 0xc0) == 0x80) {
                    int x = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
                    if (x >= 0xd800 && x <= 0xdfff) {
                        return PyTuple.of(String.valueOf((char) x), (long) (start + 3));
                    }
                }
                throw new PyException((PyBaseException) exc);
            }
            throw cannot(exc);
        });
        d.put("register_error", new PyBuiltinFunction("register_error", (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("register_error expected 2 arguments, got " + a.length);
            }
            String name = CodecArgs.str("register_error", 1, a[0]);
            if (!(a[1] instanceof PyCallable) && PyType.of(a[1]).lookup("__call__") == null) {
                throw Errors.typeError("handler must be callable");
            }
            CUSTOM.put(name, a[1]);
            return org.jyston.api.object.PyNone.None;
        }));
        d.put("lookup_error", new PyBuiltinFunction("lookup_error", (a, k) -> {
            if (a.length != 1) {
                throw Errors.typeError("_codecs.lookup_error() takes exactly one argument (" + a.length + " given)");
            }
            String name = CodecArgs.str("lookup_error", 1, a[0]);
            Object h = lookup(name);
            if (h == null) {
                throw Errors.raise(LOOKUP_ERROR, "unknown error handler name '" + name + "'");
            }
            return h;
        }));
    }

    static Object lookup(String name) {
        Object h = CUSTOM.get(name);
        return h != null ? h : BUILTIN.get(name);
    }

    /**
     * Calls a registered handler for a decoding error; appends its replacement and answers where decoding
     * resumes. Null when no handler of that name is registered.
     */
    static Integer decode(StringBuilder sb, byte[] data, int start, int end, String reason, String enc, String errors,
            Object original) {
        Object h = CUSTOM.get(errors);
        if (h == null) {
            return null;
        }
        Object exc = Op.call(DECODE_ERROR.get(), enc, original instanceof PyBytes ? original : PyBytes.wrap(data),
                (long) start, (long) end, reason);
        Object res = Op.call(h, exc);
        if (!(res instanceof PyTuple t) || t.size() != 2
                || !(org.jyston.api.object.Derived.unwrap(t.get(0)) instanceof String rep)) {
            throw Errors.typeError("decoding error handler must return (str, int) tuple");
        }
        sb.append(rep);
        long pos = Op.indexAsLong(t.get(1), "position");
        if (pos < 0) {
            pos += data.length;
        }
        if (pos < 0 || pos > data.length) {
            throw Errors.raise(TypeRef.of("IndexError"), "position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }

    /**
     * Calls a registered handler for an encoding error: its replacement (str, encoded by {@code encoder}, or
     * bytes) goes to {@code out}; answers the code point index where encoding resumes, or -1 if no handler of
     * that name is registered.
     */
    static int encode(ByteArrayOutputStream out, String s, int[] cps, int start, int end, String reason, String enc,
            String errors, java.util.function.Function<String, byte[]> encoder) {
        Object h = CUSTOM.get(errors);
        if (h == null) {
            return -1;
        }
        Object exc = Op.call(ENCODE_ERROR.get(), enc, s, (long) start, (long) end, reason);
        Object res = Op.call(h, exc);
        Object rep = res instanceof PyTuple t && t.size() == 2 ? org.jyston.api.object.Derived.unwrap(t.get(0)) : null;
        if (!(rep instanceof String || rep instanceof PyBytes)) {
            throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        if (rep instanceof String r) {
            try {
                out.writeBytes(encoder.apply(r));
            } catch (PyException e) {
                throw new PyException((PyBaseException) exc);
            }
        } else {
            out.writeBytes(((PyBytes) rep).array());
        }
        long pos = Op.indexAsLong(((PyTuple) res).get(1), "position");
        if (pos < 0) {
            pos += cps.length;
        }
        if (pos < 0 || pos > cps.length) {
            throw Errors.raise(TypeRef.of("IndexError"), "position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }
}
