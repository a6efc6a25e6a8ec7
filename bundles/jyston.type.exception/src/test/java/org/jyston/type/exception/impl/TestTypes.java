package org.jyston.type.exception.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * Test-only stand-ins for the builtin types other bundles own (object, type, int, bool, str, tuple,
 * list, NoneType), with just enough repr to check the tables; each is registered only if absent.
 * Then the real exception types of this bundle.
 */
final class TestTypes {
    private TestTypes() {}

    static synchronized void ensure() {
        add(new TypeSpec("object").unary(Slot.REPR, o -> "<object>"));
        add(new TypeSpec("type").unary(Slot.REPR, o -> "<class '" + ((PyType) o).getName() + "'>")
                .call(Slot.CALL, (t, a, k) -> call((PyType) t, a, k)));
        add(new TypeSpec("int").representation(Long.class).representation(Integer.class)
                .representation(BigInteger.class).unary(Slot.REPR, String::valueOf));
        add(new TypeSpec("bool").base("int").representation(Boolean.class)
                .unary(Slot.REPR, o -> (Boolean) o ? "True" : "False"));
        add(new TypeSpec("NoneType").representation(PyNone.class).unary(Slot.REPR, o -> "None"));
        add(new TypeSpec("str").representation(String.class).unary(Slot.REPR, o -> strRepr((String) o))
                .unary(Slot.STR, o -> o));
        add(new TypeSpec("tuple").representation(PyTuple.class).unary(Slot.REPR, o -> Texts.tupleRepr((PyTuple) o)));
        add(new TypeSpec("list").representation(ArrayList.class).representation(PyList.class).unary(Slot.REPR, o -> {
            List<String> parts = new ArrayList<>();
            for (Object x : o instanceof PyList l ? List.of(l.toArray()) : (List<?>) o) {
                parts.add(Op.repr(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }));
        if (TypeRegistry.byName("BaseException") == null) {
            for (TypeSpec s : new ExceptionTypes().specs()) {
                TypeRegistry.register(s);
            }
        }
    }

    private static void add(TypeSpec spec) {
        if (TypeRegistry.byName(spec.name()) == null) {
            TypeRegistry.register(spec);
        }
    }

    /** A simplified str repr: enough for the ASCII-and-printable strings of these tables. */
    static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    /** {@code type(*args, **kwargs)}: {@code __new__}, then {@code __init__} if the result is an instance. */
    static Object call(PyType type, Object[] args, String[] kwnames) {
        Object obj = type.call(Slot.NEW).apply(type, args, kwnames);
        PyType t = PyType.of(obj);
        if (t.isSubtypeOf(type)) {
            Slot.Call init = t.call(Slot.INIT);
            if (init != null) {
                init.apply(obj, args, kwnames);
            }
        }
        return obj;
    }

    static Object getattr(Object o, String name) {
        return PyType.of(o).binary(Slot.GETATTRIBUTE).apply(o, name);
    }
}
