package org.jyston.runtime.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;

/**
 * CPython's struct sequences ({@code sys.version_info}, {@code sys.flags}, {@code sys.float_info},
 * ...): a class deriving from {@code tuple} whose items are also read by name, with the repr
 * {@code sys.flags(debug=0, ...)}. Each is a class of its own, made once per interpreter when
 * {@code sys} is built; the values are plain tuples underneath, so comparisons and slicing are
 * tuple's.
 */
final class StructSeq {
    private StructSeq() {}

    /** A struct sequence type named {@code module.name} with the given fields. */
    static PyType type(String module, String name, String... fields) {
        String full = module + "." + name;
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", module);
        ns.put("__slots__", PyTuple.of());
        ns.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            throw Errors.typeError("cannot create '" + full + "' instances");
        }));
        ns.put("__repr__", new PyBuiltinFunction("__repr__", (a, kw) -> {
            PyTuple t = (PyTuple) a[0];
            StringBuilder sb = new StringBuilder(full).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Op.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }));
        PyType property = TypeRegistry.byName("property");
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            ns.put(fields[i], Op.call(property,
                    new PyBuiltinFunction(fields[i], (a, kw) -> ((PyTuple) a[0]).get(index))));
        }
        ns.put("n_fields", (long) fields.length);
        ns.put("n_sequence_fields", (long) fields.length);
        ns.put("n_unnamed_fields", 0L);
        Object[] names = new Object[fields.length];
        System.arraycopy(fields, 0, names, 0, fields.length);
        ns.put("__match_args__", PyTuple.of(names));
        return PyType.newHeapType(name, List.of(TypeRegistry.byName("tuple")), ns, TypeRegistry.byName("type"));
    }

    /** An instance of a struct sequence type. */
    static Object of(PyType type, Object... values) {
        return new Derived.Tuple(type, values);
    }

    /**
     * {@code types.SimpleNamespace} (the type of {@code sys.implementation}; the {@code types} module
     * takes it from there): attributes given as keywords, repr {@code namespace(a=1)}, equal when
     * the attributes are.
     */
    static PyType simpleNamespace() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "types");
        ns.put("__init__", new PyBuiltinFunction("__init__", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw > 1) {
                throw Errors.typeError("no positional arguments expected");
            }
            for (int k = 0; k < nkw; k++) {
                Op.setattr(a[0], kw[k], a[a.length - nkw + k]);
            }
            return org.jyston.api.object.PyNone.None;
        }));
        ns.put("__repr__", new PyBuiltinFunction("__repr__", (a, kw) -> {
            Object self = a[0];
            String name = PyType.of(self).getName().equals("SimpleNamespace") ? "namespace" : PyType.of(self).getName();
            StringBuilder sb = new StringBuilder(name).append('(');
            org.jyston.api.object.PyDict d = (org.jyston.api.object.PyDict) Op.getattr(self, "__dict__");
            boolean first = true;
            for (Object k : d.keys()) {
                sb.append(first ? "" : ", ").append(Op.str(k)).append('=').append(Op.repr(d.get(k)));
                first = false;
            }
            return sb.append(')').toString();
        }));
        ns.put("__eq__", new PyBuiltinFunction("__eq__", (a, kw) -> {
            if (!PyType.of(a[1]).isSubtypeOf(PyType.of(a[0])) && !PyType.of(a[0]).isSubtypeOf(PyType.of(a[1]))) {
                return org.jyston.api.object.PyNotImplemented.NotImplemented;
            }
            return Op.eq(Op.getattr(a[0], "__dict__"), Op.getattr(a[1], "__dict__"));
        }));
        return PyType.newHeapType("SimpleNamespace", List.of(), ns, TypeRegistry.byName("type"));
    }
}
