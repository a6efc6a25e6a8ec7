package org.jyston.types.bytes.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _codecs} module: the codec registry ({@code register}, {@code lookup} with CPython's name
 * normalisation and cache, {@code encode}/{@code decode}), the error handler registry, and the codec
 * functions the standard library's {@code encodings} package is built from. It lives in this bundle
 * because the codecs themselves ({@link Codec}, {@link WideCodec}) are here, the ones {@code str.encode}
 * and {@code bytes.decode} call directly for UTF-8/ASCII/Latin-1 without going through the registry.
 * Each import of the module (one per interpreter) gets its own registry.
 */
@Component(service = ModuleProvider.class)
public class CodecsModule implements ModuleProvider {
    private static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");
    private static final TypeRef IMPORT_ERROR = TypeRef.of("ImportError");

    @Override
    public String name() {
        return "_codecs";
    }

    /** One interpreter's codec search functions and the answers they gave. */
    static final class Registry {
        final List<Object> search = new ArrayList<>();
        final Map<String, Object> cache = new ConcurrentHashMap<>();
        volatile boolean encodingsTried;
        /** The functions of this module under their names (for the built-in codecs when there is no encodings package). */
        final PyDict functions;

        Registry(PyDict functions) {
            this.functions = functions;
        }
    }

    /** CPython's normalisation: lower case ASCII letters and digits and '.', each other run one '_' between them. */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    static Object lookup(Registry r, String encoding) {
        String key = normalize(encoding);
        Object hit = r.cache.get(key);
        if (hit != null) {
            return hit;
        }
        if (!r.encodingsTried) {
            r.encodingsTried = true;
            importEncodings();
        }
        Object[] fns;
        synchronized (r.search) {
            fns = r.search.toArray();
        }
        for (Object fn : fns) {
            Object res = Op.call(fn, key);
            if (res == PyNone.None) {
                continue;
            }
            if (!(res instanceof PyTuple t) || t.size() != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            r.cache.put(key, res);
            return res;
        }
        Object builtin = builtinCodec(r, key);
        if (builtin != null && fns.length == 0) {
            // no encodings package: the codecs written here answer for their names
            r.cache.put(key, builtin);
            return builtin;
        }
        throw Errors.raise(LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    /** As CPython's codec registry does on first use: imports the encodings package, if there is one. */
    private static void importEncodings() {
        PyThreadState ts = PyThreadState.current();
        if (ts == null || ts.frame == null) {
            return;
        }
        Object imp = ts.frame.builtins().get("__import__");
        if (imp == null) {
            return;
        }
        try {
            Op.call(imp, "encodings");
        } catch (PyException e) {
            if (!e.matches(IMPORT_ERROR.get())) {
                throw e;
            }
        }
    }

    /** (encode, decode, None, None) for the codecs of this module when no search function is registered. */
    private static Object builtinCodec(Registry r, String key) {
        String base = switch (key) {
            case "utf_8", "utf8", "u8", "utf" -> "utf_8";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "iso8859_1", "iso_8859_1", "l1", "latin" -> "latin_1";
            case "utf_16", "utf16" -> "utf_16";
            case "utf_16_le", "utf_16le" -> "utf_16_le";
            case "utf_16_be", "utf_16be" -> "utf_16_be";
            case "utf_32", "utf32" -> "utf_32";
            case "utf_32_le", "utf_32le" -> "utf_32_le";
            case "utf_32_be", "utf_32be" -> "utf_32_be";
            case "unicode_escape", "raw_unicode_escape" -> key;
            default -> null;
        };
        if (base == null) {
            return null;
        }
        Object enc = r.functions.get(base + "_encode");
        Object dec = r.functions.get(base + "_decode");
        boolean takesFinal = !base.equals("ascii") && !base.equals("latin_1");
        PyBuiltinFunction decode = new PyBuiltinFunction("decode", (a, k) -> {
            Object input = a.length > 0 ? a[0] : PyNone.None;
            Object errors = a.length > 1 ? a[1] : PyNone.None;
            return takesFinal ? Op.call(dec, input, errors, Boolean.TRUE) : Op.call(dec, input, errors);
        });
        return PyTuple.of(enc, decode, PyNone.None, PyNone.None);
    }

    private static Object transcode(Registry r, Object obj, Object encoding, Object errors, boolean encode) {
        String fname = encode ? "encode" : "decode";
        String enc = encoding == null ? "utf-8" : CodecArgs.str(fname, 2, encoding);
        String err = errors == null ? "strict" : CodecArgs.str(fname, 3, errors);
        Object info = lookup(r, enc);
        Object fn = ((PyTuple) info).get(encode ? 0 : 1);
        Object res;
        try {
            res = Op.call(fn, obj, err);
        } catch (PyException e) {
            throw wrapped(e, encode, enc);
        }
        if (!(res instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError((encode ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        return t.get(0);
    }

    /**
     * CPython re-raises a codec's error of a plain type with the codec named ("encoding with 'rot13' codec
     * failed (TypeError: ...)"); Unicode errors and other exceptions with more state pass unchanged.
     */
    private static PyException wrapped(PyException e, boolean encode, String enc) {
        PyType t = e.type();
        String n = t.getName();
        boolean plain = !t.isHeapType() && (n.equals("TypeError") || n.equals("ValueError") || n.equals("AttributeError"));
        if (!plain || e.value().getArgs().size() != 1) {
            return e;
        }
        String msg = (encode ? "encoding" : "decoding") + " with '" + enc + "' codec failed (" + n + ": "
                + Op.str(e.value()) + ")";
        PyException w = Errors.raise(TypeRef.of(n), msg);
        w.value().setCause(e.value());
        return w;
    }

    /** Each interpreter's registry, by the identity of its builtins dictionary (held weakly). */
    private static final Map<PyDict, Registry> REGISTRIES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static PyDict currentBuiltins() {
        PyThreadState ts = PyThreadState.current();
        return ts == null || ts.frame == null ? null : ts.frame.builtins();
    }

    /**
     * {@code str.encode}/{@code bytes.decode} with an encoding the codecs of this bundle do not write out
     * themselves: asks the running interpreter's codec registry (importing {@code _codecs}, and so the
     * {@code encodings} package, on first use), as CPython always does. Null when the registry does not
     * know the encoding, and the caller falls back to Java's charsets.
     */
    static Object viaRegistry(Object input, String encoding, String errors, boolean encode) {
        PyDict builtins = currentBuiltins();
        if (builtins == null) {
            return null;
        }
        Registry r = REGISTRIES.get(builtins);
        if (r == null) {
            Object imp = builtins.get("__import__");
            if (imp == null) {
                return null;
            }
            Op.call(imp, "_codecs");
            r = REGISTRIES.get(builtins);
            if (r == null) {
                return null;
            }
        }
        Object info;
        try {
            info = lookup(r, encoding);
        } catch (PyException e) {
            if (e.matches(LOOKUP_ERROR.get())) {
                return null;
            }
            throw e;
        }
        Object text;
        try {
            text = Op.getattr(info, "_is_text_encoding");
        } catch (PyException e) {
            text = Boolean.TRUE;
        }
        if (!Op.isTrue(text)) {
            throw Errors.raise(LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs."
                    + (encode ? "encode" : "decode") + "() to handle arbitrary codecs");
        }
        Object res;
        try {
            res = Op.call(((PyTuple) info).get(encode ? 0 : 1), input, errors);
        } catch (PyException e) {
            throw wrapped(e, encode, encoding);
        }
        if (!(res instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError((encode ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        Object v = t.get(0);
        if (encode && !(v instanceof org.jyston.api.object.PyBytes)) {
            throw Errors.typeError("'" + encoding + "' encoder returned '" + Op.typeName(v)
                    + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        if (!encode && !(org.jyston.api.object.Derived.unwrap(v) instanceof String)) {
            throw Errors.typeError("'" + encoding + "' decoder returned '" + Op.typeName(v)
                    + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return v;
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        Registry r = new Registry(d);
        PyDict builtins = currentBuiltins();
        if (builtins != null) {
            REGISTRIES.put(builtins, r);
        }
        d.put("__doc__", PyNone.None);
        CodecArgs.fn(d, "register", 1, 1, a -> {
            if (!(a[0] instanceof PyCallable) && PyType.of(a[0]).lookup("__call__") == null) {
                throw Errors.typeError("argument must be callable");
            }
            synchronized (r.search) {
                r.search.add(a[0]);
            }
            return PyNone.None;
        });
        CodecArgs.fn(d, "unregister", 1, 1, a -> {
            synchronized (r.search) {
                for (int i = 0; i < r.search.size(); i++) {
                    if (r.search.get(i) == a[0]) {
                        r.search.remove(i);
                        r.cache.clear();
                        break;
                    }
                }
            }
            return PyNone.None;
        });
        CodecArgs.fn(d, "lookup", 1, 1, a -> {
            if (!(org.jyston.api.object.Derived.unwrap(a[0]) instanceof String s)) {
                throw Errors.typeError("lookup() argument must be str, not " + Op.typeName(a[0]));
            }
            return lookup(r, s);
        });
        CodecArgs.fn(d, "encode", 1, 3, a -> transcode(r, a[0], a[1], a[2], true));
        CodecArgs.fn(d, "decode", 1, 3, a -> transcode(r, a[0], a[1], a[2], false));
        ErrorHandlers.install(d);
        CodecFunctions.install(d);
        EscapeCodecs.install(d);
        Charmap.install(d);
    }
}
