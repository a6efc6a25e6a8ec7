package org.jyston.runtime.impl;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * The {@code builtins} module of one interpreter: the builtin types registered now, and the
 * builtin functions. The full set arrives with the core-language work; these are the ones the
 * walking skeleton needs.
 */
final class Builtins {
    private Builtins() {}

    static Map<String, Object> create(PrintStream out) {
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
        fn(b, "print", (args, kw) -> Print.print(out, args, kw));
        fn(b, "repr", (args, kw) -> Op.repr(one("repr", args, kw)));
        fn(b, "abs", (args, kw) -> Op.unary(Slot.ABS, one("abs", args, kw)));
        fn(b, "hash", (args, kw) -> hash(one("hash", args, kw)));
        fn(b, "id", (args, kw) -> (long) System.identityHashCode(one("id", args, kw)));
        fn(b, "callable", (args, kw) -> PyType.of(one("callable", args, kw)).slot(Slot.CALL) != null
                || args[0] instanceof org.jyston.api.object.PyCallable);
        fn(b, "len", (args, kw) -> len(one("len", args, kw)));
        fn(b, "isinstance", (args, kw) -> isinstance(args, kw));
        return b;
    }

    private static void fn(Map<String, Object> b, String name, PyBuiltinFunction.Body body) {
        b.put(name, new PyBuiltinFunction(name, body));
    }

    /** The single positional argument of a one-argument builtin, with CPython's messages. */
    static Object one(String name, Object[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    private static Object hash(Object o) {
        Slot.Unary f = PyType.of(o).unary(Slot.HASH);
        if (f == null) {
            throw Errors.typeError("unhashable type: '" + Op.typeName(o) + "'");
        }
        return f.apply(o);
    }

    private static Object len(Object o) {
        Slot.Unary f = PyType.of(o).unary(Slot.LEN);
        if (f == null) {
            throw Errors.typeError("object of type '" + Op.typeName(o) + "' has no len()");
        }
        return f.apply(o);
    }

    private static Object isinstance(Object[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("isinstance() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("isinstance expected 2 arguments, got " + args.length);
        }
        if (args[1] instanceof PyType t) {
            return PyType.of(args[0]).isSubtypeOf(t);
        }
        if (args[1] instanceof org.jyston.api.object.PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (Op.isTrue(isinstance(new Object[] {args[0], tuple.get(i)}, null))) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
}
