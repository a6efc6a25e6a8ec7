package org.jyston.runtime.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The {@code __loader__} of a module loaded from a {@code .py} file, answering what CPython's
 * {@code SourceFileLoader} answers to the library: {@code name}, {@code path},
 * {@code get_filename}, {@code get_data}, {@code is_package} and {@code get_source} (which
 * {@code linecache.lazycache}/{@code updatecache} use to find the lines of a module through its
 * globals when the file name alone does not lead to it). The import itself does not go through it.
 */
final class SourceLoader implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("SourceFileLoader");
    private static final TypeRef IMPORT_ERROR = TypeRef.of("ImportError");
    /** PEP 263's coding cookie, looked for in the first two lines. */
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    final String name;
    final String path;

    SourceLoader(String name, String path) {
        this.name = name;
        this.path = path;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    static TypeSpec spec() {
        return new TypeSpec("SourceFileLoader").flag(TypeSpec.Flag.HIDDEN)
                .attribute("__module__", "_frozen_importlib_external")
                .binary(Slot.GETATTRIBUTE, (self, n) -> {
                    SourceLoader l = (SourceLoader) self;
                    return switch ((String) n) {
                        case "name" -> l.name;
                        case "path" -> l.path;
                        default -> Attributes.genericGet(self, (String) n);
                    };
                })
                .attribute("get_filename", new PyBuiltinFunction("get_filename",
                        (a, kw) -> ((SourceLoader) a[0]).filename(a.length > 1 ? a[1] : PyNone.None)))
                .attribute("is_package", new PyBuiltinFunction("is_package", (a, kw) -> {
                    String file = Path.of(((SourceLoader) a[0]).filename(a.length > 1 ? a[1] : PyNone.None))
                            .getFileName().toString();
                    return file.substring(0, file.lastIndexOf('.') < 0 ? file.length() : file.lastIndexOf('.'))
                            .equals("__init__");
                }))
                .attribute("get_data", new PyBuiltinFunction("get_data",
                        (a, kw) -> PyBytes.wrap(read(Op.str(a[1])))))
                .attribute("get_source", new PyBuiltinFunction("get_source",
                        (a, kw) -> ((SourceLoader) a[0]).source(a.length > 1 ? a[1] : PyNone.None)));
    }

    /** The file for {@code fullname}: this loader's, if the name is its own (CPython's {@code _check_name}). */
    private String filename(Object fullname) {
        if (fullname != PyNone.None && !name.equals(fullname)) {
            throw Errors.raise(IMPORT_ERROR, "loader for " + name + " cannot handle " + Op.str(fullname));
        }
        return path;
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            Object exc = Op.call(TypeRef.of("FileNotFoundError").get(), 2L, "No such file or directory", file);
            throw new org.jyston.api.object.PyException((org.jyston.api.object.PyBaseException) exc);
        }
    }

    /** The decoded source, newlines made universal, as {@code importlib}'s {@code decode_source}. */
    private Object source(Object fullname) {
        String file = filename(fullname);
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw Errors.raise(IMPORT_ERROR, "source not available through get_data()");
        }
        String encoding = encodingOf(data);
        Object text = Op.call(Op.getattr(PyBytes.wrap(data), "decode"), encoding);
        return Op.str(text).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The declared encoding of Python source (a BOM means utf-8-sig), or utf-8. */
    static String encodingOf(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            return "utf-8-sig";
        }
        int start = 0;
        for (int line = 0; line < 2 && start < data.length; line++) {
            int end = start;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            String text = new String(data, start, end - start, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
            // only a blank or comment first line lets the second line declare the encoding
            String t = text.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                break;
            }
            start = end + 1;
        }
        return "utf-8";
    }
}
