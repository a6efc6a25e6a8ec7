package org.jyston.api.object;

/**
 * An instance of a class made by Python code whose only builtin base is {@code object}. How its
 * attributes are stored is the business of the {@link org.jyston.api.layout.LayoutStrategy} its
 * class recorded when it was created: subclasses of this class are the layouts. Everything that
 * reads or writes instance attributes (the generic protocol in {@link Attributes}, the inline caches
 * of the compiler) goes through the methods below, so instances of different layouts work side by
 * side and an instance keeps its storage across {@code __class__} assignment.
 *
 * <p>Inline caches use the <em>shape</em> protocol: {@link #shape()} is a token such that every
 * instance currently having that token keeps attribute {@code name} at position
 * {@link #indexOf(String) indexOf(name)}. A layout without fixed positions answers null and caches
 * fall back to {@link #getAttribute}.
 *
 * <p>A layout with shapes makes every shape change (an attribute added or removed, going dict-backed) while
 * holding the instance's monitor, so a cache that holds it while storing sees exactly one step.
 */
public abstract class PyInstance implements PyObject, HasDict {
    private PyType type;
    /**
     * Values of the names in {@code __slots__}, or null when the class has none; when the class has
     * {@code __del__}, one more cell at the end holds the instance's {@link Finalizers} token (so
     * other instances carry no field for it).
     */
    private final Object[] slots;

    protected PyInstance(PyType type) {
        this.type = type;
        int n = type.instanceSlotCount();
        if (type.unary(Slot.DEL) != null) {
            this.slots = new Object[n + 1];
            slots[n] = Finalizers.tokenFor(this);
        } else {
            this.slots = n == 0 ? null : new Object[n];
        }
    }

    /** A new instance of {@code type}, laid out by the strategy the class recorded. */
    public static PyInstance create(PyType type) {
        return type.layout().newInstance(type);
    }

    Object[] slotArray() {
        return slots;
    }

    Object slotValue(int i) {
        return slots[i];
    }

    void setSlotValue(int i, Object v) {
        slots[i] = v;
    }

    @Override
    public boolean allowsDict() {
        return type.instancesHaveDict();
    }

    @Override
    public final PyType getType() {
        return type;
    }

    /** Assignment to {@code __class__}: the attributes stay where they are. */
    public void setType(PyType type) {
        this.type = type;
    }

    // ---- the attribute storage protocol

    /** The instance attribute {@code name} (the value {@code __dict__[name]} would have), or null. */
    public abstract Object getAttribute(String name);

    /** Sets instance attribute {@code name}; a new name goes after the existing ones in {@code __dict__}. */
    public abstract void putAttribute(String name, Object value);

    /** Removes instance attribute {@code name}; false if there was none. */
    public abstract boolean removeAttribute(String name);

    /** Assignment to {@code __dict__}: the instance's attributes are from now on that dictionary. */
    public abstract void setDict(PyDict dict);

    // ---- the shape protocol, for inline caches (see the class comment)

    /** The current shape token, or null if this instance has no fixed attribute positions. */
    public Object shape() {
        return null;
    }

    /** The position of {@code name} in the current shape, or -1. */
    public int indexOf(String name) {
        return -1;
    }

    /** The value at {@code index}, valid while {@link #shape()} is the token the index was found under. */
    public Object getAt(int index) {
        throw new IllegalStateException("no fixed positions");
    }

    /**
     * Writes the value at {@code index} if the shape is still {@code expected}; false (nothing
     * written) otherwise, and the caller takes the generic path.
     */
    public boolean setAt(Object expected, int index, Object value) {
        return false;
    }

    /**
     * Adds an attribute by a transition an inline cache saw before: if the shape is {@code from},
     * stores {@code value} at {@code index} and makes the shape {@code to}. False (nothing done) if the
     * shape is not {@code from}.
     */
    public boolean addAt(Object from, Object to, int index, Object value) {
        return false;
    }
}
