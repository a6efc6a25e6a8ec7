package org.jyston.api.object;

/**
 * A computed attribute of a builtin type ({@code int.real}, {@code object.__class__}): CPython's
 * {@code getset_descriptor}. The type's own attribute lookup may answer the name faster; the
 * descriptor is what {@code T.__dict__}, {@code T.name} and assignment see.
 */
public final class PyGetSetDescriptor implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("getset_descriptor");

    /** Writes the attribute on an instance; a null value deletes. */
    @FunctionalInterface
    public interface Setter {
        void set(Object instance, Object value);
    }

    private final String name;
    private final Slot.Unary getter;
    private final Setter setter;
    private PyType owner;

    /** A read-only attribute. */
    public PyGetSetDescriptor(String name, Slot.Unary getter) {
        this(name, getter, null);
    }

    public PyGetSetDescriptor(String name, Slot.Unary getter, Setter setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** {@code object.__class__}: the type; assignment follows CPython's rules (checked by object's __setattr__). */
    public static PyGetSetDescriptor classAttribute() {
        return new PyGetSetDescriptor("__class__", PyType::of, (inst, value) -> {
            if (inst instanceof PyInstance i && value != null) {
                Attributes.setClass(i, value);
            }
        });
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    public String getName() {
        return name;
    }

    /** The type whose dictionary holds it (set when that type is made). */
    public PyType owner() {
        return owner;
    }

    void setOwner(PyType type) {
        owner = type;
    }

    public Object get(Object instance) {
        return getter.apply(instance);
    }

    public void set(Object instance, Object value) {
        if (setter == null) {
            throw Errors.raise(Errors.AttributeError, "attribute '" + name + "' of '"
                    + (owner == null ? "?" : owner.getName()) + "' objects is not writable");
        }
        setter.set(instance, value);
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + (owner == null ? "?" : owner.getName()) + "' objects>";
    }
}
