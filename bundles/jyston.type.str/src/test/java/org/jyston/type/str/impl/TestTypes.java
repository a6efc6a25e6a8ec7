package org.jyston.type.str.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * Test-only stand-ins for the types other bundles own (object, type, int, bool, float, tuple, list,
 * dict, NoneType, the exceptions str raises), each registered only if absent; then the real str.
 */
final class TestTypes {
    private TestTypes() {}

    static synchronized void ensure() {
        add(new TypeSpec("object"));
        add(new TypeSpec("type").unary(Slot.REPR, o -> "<class '" + ((PyType) o).getName() + "'>"));
        add(new TypeSpec("int").representation(Long.class).representation(Integer.class)
                .representation(BigInteger.class).unary(Slot.REPR, String::valueOf)
                .binary(Slot.EQ, (a, b) -> Strs.isInt(b) ? (Object) Strs.big(a).equals(Strs.big(b))
                        : PyNotImplemented.NotImplemented)
                .binary(Slot.GETATTRIBUTE, (a, n) -> {
                    if (n.equals("real")) {
                        return a;
                    }
                    throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.AttributeError, n);
                }));
        add(new TypeSpec("bool").base("int").representation(Boolean.class)
                .unary(Slot.REPR, o -> (Boolean) o ? "True" : "False"));
        add(new TypeSpec("float").representation(Double.class).unary(Slot.REPR, o -> floatRepr((Double) o)));
        add(new TypeSpec("NoneType").representation(PyNone.class).unary(Slot.REPR, o -> "None"));
        add(new TypeSpec("tuple").representation(PyTuple.class).unary(Slot.REPR, o -> {
            PyTuple t = (PyTuple) o;
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                parts.add(Op.repr(t.get(i)));
            }
            return "(" + String.join(", ", parts) + (t.size() == 1 ? ",)" : ")");
        }).binary(Slot.GETITEM, (t, i) -> ((PyTuple) t).get(((Long) i).intValue())));
        add(new TypeSpec("list").representation(org.jyston.api.object.PyList.class).unary(Slot.REPR, o -> {
            List<String> parts = new ArrayList<>();
            for (Object x : ((org.jyston.api.object.PyList) o).toArray()) {
                parts.add(Op.repr(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }).binary(Slot.GETITEM, (l, i) -> ((org.jyston.api.object.PyList) l).get(((Long) i).intValue())));
        add(new TypeSpec("dict").representation(LinkedHashMap.class)
                .binary(Slot.GETITEM, (m, k) -> ((Map<?, ?>) m).get(k)));
        add(new TypeSpec("BaseException").unary(Slot.STR, TestTypes::excStr)
                .call(Slot.NEW, (t, a, k) -> new PyBaseException((PyType) t, a)));
        for (String[] e : new String[][] {{"Exception", "BaseException"}, {"TypeError", "Exception"},
                {"ValueError", "Exception"}, {"LookupError", "Exception"}, {"IndexError", "LookupError"},
                {"ArithmeticError", "Exception"}, {"OverflowError", "ArithmeticError"}, {"MemoryError", "Exception"},
                {"AttributeError", "Exception"}, {"SystemError", "Exception"}, {"StopIteration", "Exception"}}) {
            add(new TypeSpec(e[0]).base(e[1]));
        }
        add(new TypeSpec("KeyError").base("LookupError").unary(Slot.STR, o -> {
            PyTuple a = ((PyBaseException) o).getArgs();
            return a.size() == 1 ? Op.repr(a.get(0)) : excStr(o);
        }));
        if (TypeRegistry.byName("str") == null) {
            for (TypeSpec s : new StrType().specs()) {
                TypeRegistry.register(s);
            }
        }
    }

    private static Object excStr(Object o) {
        PyTuple a = ((PyBaseException) o).getArgs();
        return a.size() == 0 ? "" : a.size() == 1 ? Op.str(a.get(0)) : Op.repr(a);
    }

    /** Enough of float's repr for these tests (not the shortest-repr algorithm). */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(Double.toString(d)).toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static void add(TypeSpec spec) {
        if (TypeRegistry.byName(spec.name()) == null) {
            TypeRegistry.register(spec);
        }
    }
}
