package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyType;

/**
 * {@code posix.environ} (a dict of bytes to bytes, in the order of the process's environment, read
 * byte-exact from {@code /proc/self/environ}) and {@code putenv}/{@code unsetenv}. A JVM cannot
 * change its own environment, so changes are kept here for the processes this module starts
 * ({@code system}) to inherit.
 */
final class Environ {
    private Environ() {}

    /** The process environment as changed by putenv/unsetenv (names and values as Java strings). */
    static final Map<String, String> CURRENT = new LinkedHashMap<>(System.getenv());

    static PyDict initial() {
        PyDict d = new PyDict();
        try {
            byte[] all = Files.readAllBytes(Path.of("/proc/self/environ"));
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    byte[] entry = Arrays.copyOfRange(all, start, i);
                    start = i + 1;
                    int eq = -1;
                    for (int k = 1; k < entry.length; k++) { // CPython skips a leading '='
                        if (entry[k] == '=') {
                            eq = k;
                            break;
                        }
                    }
                    if (eq < 0) {
                        continue;
                    }
                    PyBytes key = PyBytes.wrap(Arrays.copyOfRange(entry, 0, eq));
                    if (!d.containsKey(key)) {
                        d.put(key, PyBytes.wrap(Arrays.copyOfRange(entry, eq + 1, entry.length)));
                    }
                }
            }
            return d;
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<String, String> x : System.getenv().entrySet()) {
                d.put(PyBytes.wrap(FsPath.encode(x.getKey())), PyBytes.wrap(FsPath.encode(x.getValue())));
            }
            return d;
        }
    }

    /** An argument of putenv/unsetenv as CPython's PyUnicode_FSConverter takes it. */
    static String text(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof String s) {
            check(s);
            return s;
        }
        if (v instanceof PyBytes b) {
            String s = FsPath.decode(b.toByteArray());
            check(s);
            return s;
        }
        Object fspath = PyType.of(o).lookup("__fspath__");
        if (fspath != null) {
            return text(Op.call(Op.getattr(o, "__fspath__")));
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Op.typeName(o));
    }

    private static void check(String s) {
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
    }

    static void putenv(Object name, Object value) {
        String k = text(name);
        String v = text(value);
        if (k.isEmpty()) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if (k.indexOf('=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
        }
        synchronized (CURRENT) {
            CURRENT.put(k, v);
        }
    }

    static void unsetenv(Object name) {
        String k = text(name);
        if (k.isEmpty() || k.indexOf('=') >= 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        synchronized (CURRENT) {
            CURRENT.remove(k);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
