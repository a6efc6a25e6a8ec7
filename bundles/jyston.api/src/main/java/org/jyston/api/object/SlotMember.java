package org.jyston.api.object;

/**
 * A name listed in a class's {@code __slots__}: a data descriptor reading and writing one cell of
 * the instance's slot array (CPython's {@code member_descriptor}).
 */
public final class SlotMember implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("member_descriptor");

    private final String name;
    private final PyType owner;
    private final int index;

    SlotMember(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    /** The instance's slot values. */
    private Object[] check(Object obj) {
        if (obj instanceof PyInstance p && p.getType().isSubtypeOf(owner)) {
            return p.slotArray();
        }
        if (obj instanceof SlotStorage s && PyType.of(obj).isSubtypeOf(owner)) {
            return s.slotValues(PyType.of(obj).instanceSlotCount());
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '"
                + Op.typeName(obj) + "' object");
    }

    /** The value, or AttributeError while unset. */
    public Object get(Object obj) {
        Object v = check(obj)[index];
        if (v == null) {
            throw Errors.raise(Errors.AttributeError, "'" + Op.typeName(obj) + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    /** Sets the value; null deletes (AttributeError if unset). */
    public void set(Object obj, Object value) {
        Object[] p = check(obj);
        if (value == null && p[index] == null) {
            throw Errors.raise(Errors.AttributeError, "'" + Op.typeName(obj) + "' object has no attribute '" + name + "'");
        }
        p[index] = value;
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
