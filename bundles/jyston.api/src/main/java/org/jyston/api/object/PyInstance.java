package org.jyston.api.object;

/**
 * An instance of a class made by Python code whose only builtin base is {@code object}: its type
 * and its attribute dictionary. (The shape-based layouts replace the dictionary later.)
 */
public final class PyInstance implements PyObject, HasDict {
    private PyType type;
    private PyDict dict;
    /** Values of the names in {@code __slots__}, or null when the class has none. */
    private Object[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        int n = type.instanceSlotCount();
        this.slots = n == 0 ? null : new Object[n];
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
    public PyType getType() {
        return type;
    }

    /** Assignment to {@code __class__}. */
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }
}
