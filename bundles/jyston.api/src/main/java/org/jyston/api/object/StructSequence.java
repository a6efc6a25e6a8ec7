package org.jyston.api.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's struct sequences for modules written in Java ({@code os.stat_result},
 * {@code time.struct_time}, {@code os.uname_result}, ...): a class deriving from {@code tuple}
 * whose items are also read by name. As in CPython a struct sequence may have more fields than
 * tuple items ({@code n_fields > n_sequence_fields}: {@code st_atime_ns}, {@code tm_zone}); those
 * are kept in the instance's dictionary, out of the tuple, and read by the same named properties.
 * Some tuple items may be unnamed ({@code stat_result}'s integer times). The type is made once
 * per interpreter by the module that owns it; calling it builds an instance from a sequence (and an
 * optional dictionary of the extra fields), with CPython's checks.
 */
public final class StructSequence {
    private final String[] fields;
    private final int nSequence;
    private PyType type;

    private StructSequence(String[] fields, int nSequence) {
        this.fields = fields;
        this.nSequence = nSequence;
    }

    /** Called after a Python call built the fields, to fill what CPython's own {@code __new__} computes. */
    @FunctionalInterface
    public interface Completer {
        void complete(Object[] fields);
    }

    /**
     * A struct sequence type printed as {@code reprModule.name}. {@code fields} lists every field
     * in CPython's order, null for an unnamed one; the first {@code nSequence} are the tuple items.
     */
    public static StructSequence define(String reprModule, String name, int nSequence, String[] fields,
            Completer completer) {
        StructSequence seq = new StructSequence(fields.clone(), nSequence);
        String full = reprModule + "." + name;
        int nFields = fields.length;
        List<String> named = new ArrayList<>();
        int nUnnamed = 0;
        for (String f : fields) {
            if (f == null) {
                nUnnamed++;
            } else {
                named.add(f);
            }
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", reprModule);
        ns.put("__slots__", PyTuple.of());
        ns.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> seq.construct(full, completer, a, kw)));
        ns.put("__repr__", new PyBuiltinFunction("__repr__", (a, kw) -> {
            // CPython pairs the i-th tuple item with the i-th *named* field (unnamed ones are skipped).
            PyTuple t = (PyTuple) a[0];
            StringBuilder sb = new StringBuilder(full).append('(');
            for (int i = 0; i < t.size() && i < named.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(named.get(i)).append('=').append(Op.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }));
        ns.put("__reduce__", new PyBuiltinFunction("__reduce__", (a, kw) -> {
            Derived.Tuple t = (Derived.Tuple) a[0];
            PyDict extra = new PyDict();
            for (int i = nSequence; i < nFields; i++) {
                if (fields[i] != null) {
                    Object v = t.getDict().get(fields[i]);
                    extra.put(fields[i], v == null ? PyNone.None : v);
                }
            }
            return PyTuple.of(t.getType(), PyTuple.of(PyTuple.wrap(t.toArray()), extra));
        }));
        PyType property = TypeRegistry.byName("property");
        for (int i = 0; i < nFields; i++) {
            if (fields[i] == null) {
                continue;
            }
            int index = i;
            String field = fields[i];
            PyBuiltinFunction getter = i < nSequence
                    ? new PyBuiltinFunction(field, (a, kw) -> ((PyTuple) a[0]).get(index))
                    : new PyBuiltinFunction(field, (a, kw) -> {
                        Object v = ((Derived.Tuple) a[0]).getDict().get(field);
                        return v == null ? PyNone.None : v;
                    });
            ns.put(field, Op.call(property, getter));
        }
        ns.put("n_fields", (long) nFields);
        ns.put("n_sequence_fields", (long) nSequence);
        ns.put("n_unnamed_fields", (long) nUnnamed);
        List<Object> matchArgs = new ArrayList<>();
        for (int i = 0; i < nSequence; i++) {
            if (fields[i] != null) {
                matchArgs.add(fields[i]);
            }
        }
        ns.put("__match_args__", PyTuple.wrap(matchArgs.toArray()));
        seq.type = PyType.newHeapType(name, List.of(TypeRegistry.byName("tuple")), ns, TypeRegistry.byName("type"));
        return seq;
    }

    /** A struct sequence type whose fields are all named tuple items. */
    public static PyType type(String reprModule, String name, String... fields) {
        return define(reprModule, name, fields.length, fields, null).type();
    }

    /** An instance of a type whose fields are all tuple items. */
    public static Object of(PyType type, Object... items) {
        return new Derived.Tuple(type, items);
    }

    /** The type made by {@link #define}. */
    public PyType type() {
        return type;
    }

    /** An instance from all its fields ({@code n_fields} values, in the type's order). */
    public Object make(Object... all) {
        return make(type, all);
    }

    private Object make(PyType cls, Object[] all) {
        if (all.length == nSequence) {
            return new Derived.Tuple(cls, all);
        }
        Object[] items = new Object[nSequence];
        System.arraycopy(all, 0, items, 0, nSequence);
        Derived.Tuple t = new Derived.Tuple(cls, items);
        for (int i = nSequence; i < all.length; i++) {
            if (fields[i] != null) {
                t.getDict().put(fields[i], all[i]);
            }
        }
        return t;
    }

    private Object construct(String full, Completer completer, Object[] a, String[] kw) {
        PyType cls = (PyType) a[0];
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        Object seq = null;
        Object dict = PyNone.None;
        for (int i = 0; i < npos; i++) {
            if (i == 0) {
                seq = a[1];
            } else if (i == 1) {
                dict = a[2];
            } else {
                throw Errors.typeError("structseq() takes at most 2 arguments (" + npos + " given)");
            }
        }
        for (int k = 0; k < nkw; k++) {
            Object v = a[1 + npos + k];
            switch (kw[k]) {
                case "sequence" -> {
                    if (seq != null) {
                        throw Errors.typeError("argument for structseq() given by name ('sequence') and position (1)");
                    }
                    seq = v;
                }
                case "dict" -> {
                    if (npos > 1) {
                        throw Errors.typeError("argument for structseq() given by name ('dict') and position (2)");
                    }
                    dict = v;
                }
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for structseq()");
            }
        }
        if (seq == null) {
            throw Errors.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        List<Object> items = new ArrayList<>();
        if (PyType.of(seq).unary(Slot.ITER) == null && PyType.of(seq).binary(Slot.GETITEM) == null) {
            throw Errors.typeError("constructor requires a sequence");
        }
        Object it = Op.iter(seq);
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            items.add(x);
        }
        if (dict != PyNone.None && !(dict instanceof PyDict)) {
            throw Errors.typeError(full + "() takes a dict as second arg, if any");
        }
        int n = items.size();
        int nFields = fields.length;
        if (n < nSequence) {
            throw Errors.typeError(full + "() takes " + (nSequence == nFields ? "a" : "an at least") + " " + nSequence
                    + "-sequence (" + n + "-sequence given)");
        }
        if (n > nFields) {
            throw Errors.typeError(full + "() takes " + (nSequence == nFields ? "a" : "an at most") + " " + nFields
                    + "-sequence (" + n + "-sequence given)");
        }
        Object[] all = new Object[nFields];
        for (int i = 0; i < nFields; i++) {
            if (i < n) {
                all[i] = items.get(i);
            } else {
                Object v = dict instanceof PyDict d && fields[i] != null ? d.get(fields[i]) : null;
                all[i] = v == null ? PyNone.None : v;
            }
        }
        if (completer != null) {
            completer.complete(all);
        }
        return make(cls, all);
    }

}
