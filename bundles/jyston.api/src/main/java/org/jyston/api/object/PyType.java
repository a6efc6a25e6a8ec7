package org.jyston.api.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type. Its special methods sit in an array indexed by {@link Slot#ordinal()}, already
 * inherited along the MRO, so operator dispatch is one array load. Each type carries a version tag;
 * caches keyed on a type compare it, and any change to the type bumps it.
 */
public final class PyType implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("type");

    private final String name;
    private final String module;
    private final List<PyType> bases;
    private final List<PyType> mro;
    private final Map<String, Object> dict;
    private final Object[] slots = new Object[Slot.values().length];
    private final TypeSpec spec;
    private volatile int version;

    PyType(TypeSpec spec, List<PyType> bases) {
        this.spec = spec;
        this.name = spec.name();
        this.module = "builtins";
        this.bases = List.copyOf(bases);
        this.mro = Collections.unmodifiableList(linearize(this, bases));
        Map<String, Object> d = new LinkedHashMap<>();
        spec.slots().forEach((slot, fn) -> d.put(slot.methodName, new PySlotWrapper(this, slot, fn)));
        d.putAll(spec.attributes());
        this.dict = Collections.unmodifiableMap(d);
        for (Slot slot : Slot.values()) {
            for (PyType t : mro) {
                Object fn = t == this ? spec.slots().get(slot) : t.slots[slot.ordinal()];
                if (fn != null) {
                    slots[slot.ordinal()] = fn;
                    break;
                }
            }
        }
    }

    /**
     * C3 linearisation, as CPython computes {@code __mro__}: merge the bases' MROs and the list of
     * bases, each time taking the first head that appears in no other list's tail.
     */
    private static List<PyType> linearize(PyType self, List<PyType> bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(b.mro));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out;
            }
            PyType next = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("Cannot create a consistent method resolution order (MRO) for "
                        + self.name);
            }
            out.add(next);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == next) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** The type of any Python object. */
    public static PyType of(Object o) {
        return o instanceof PyObject p ? p.getType() : TypeRegistry.typeOfClass(o.getClass());
    }

    public String getName() {
        return name;
    }

    public String getModule() {
        return module;
    }

    /** {@code __qualname__}; for builtin types the same as the name. */
    public String getQualname() {
        return name;
    }

    public List<PyType> getBases() {
        return bases;
    }

    public List<PyType> getMro() {
        return mro;
    }

    public Map<String, Object> getDict() {
        return dict;
    }

    public int version() {
        return version;
    }

    public boolean has(TypeSpec.Flag flag) {
        return spec.has(flag);
    }

    TypeSpec spec() {
        return spec;
    }

    /** The implementation of {@code slot}, inherited if need be, or null if no type in the MRO has it. */
    public Object slot(Slot slot) {
        return slots[slot.ordinal()];
    }

    public Slot.Unary unary(Slot slot) {
        return (Slot.Unary) slots[slot.ordinal()];
    }

    public Slot.Binary binary(Slot slot) {
        return (Slot.Binary) slots[slot.ordinal()];
    }

    public Slot.Ternary ternary(Slot slot) {
        return (Slot.Ternary) slots[slot.ordinal()];
    }

    public Slot.Call call(Slot slot) {
        return (Slot.Call) slots[slot.ordinal()];
    }

    /** Whether this type defines {@code slot} itself rather than inheriting it. */
    public boolean definesOwn(Slot slot) {
        return spec.slots().containsKey(slot);
    }

    /** Attribute lookup along the MRO, as {@code _PyType_Lookup}; null when absent. */
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        return this == other || mro.contains(other);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
