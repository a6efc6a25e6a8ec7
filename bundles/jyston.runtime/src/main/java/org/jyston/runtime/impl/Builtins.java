package org.jyston.runtime.impl;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * The {@code builtins} module of one interpreter: the constants, the builtin types registered now,
 * and the builtin functions (grouped by theme in the {@code Builtins*} classes).
 */
final class Builtins {
    private Builtins() {}

    /** The builtins with {@code input()} reading the process's standard input. */
    static Map<String, Object> create(PrintStream out) {
        return create(out, reader(System.in));
    }

    /** A reader of a standard input stream, for {@code input()}. */
    static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static Map<String, Object> create(PrintStream out, BufferedReader in) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("__name__", "builtins");
        b.put("None", PyNone.None);
        b.put("Ellipsis", PyEllipsis.Ellipsis);
        b.put("NotImplemented", PyNotImplemented.NotImplemented);
        b.put("True", Boolean.TRUE);
        b.put("False", Boolean.FALSE);
        b.put("__debug__", Boolean.TRUE);
        for (PyType t : TypeRegistry.all().values()) {
            if (!t.has(TypeSpec.Flag.HIDDEN)) {
                b.put(t.getName(), t);
            }
        }
        BuiltinsNumeric.install(b);
        BuiltinsIteration.install(b);
        BuiltinsObjects.install(b);
        BuiltinsText.install(b, out, in);
        OpenFile.install(b);
        return b;
    }

    /** The single positional argument of a one-argument builtin, with CPython's messages. */
    static Object one(String name, Object[] args, String[] kwnames) {
        return Args.one(name, args, kwnames);
    }

    static void fn(Map<String, Object> b, String name, PyBuiltinFunction.Body body) {
        b.put(name, new PyBuiltinFunction(name, body));
    }
}
