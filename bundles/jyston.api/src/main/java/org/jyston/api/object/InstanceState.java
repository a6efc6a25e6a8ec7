package org.jyston.api.object;

/**
 * The attribute dictionary and {@code __slots__} values of an instance whose Java class already
 * extends a builtin's representation (a list subclass's instance is a {@link PyList}), so it cannot
 * inherit them from {@link PyInstance}. Both are made on first use: most such instances never get
 * an attribute of their own.
 */
public final class InstanceState {
    private PyDict dict;
    private Object[] slots;

    public synchronized PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public PyDict dictIfPresent() {
        return dict;
    }

    public synchronized Object[] slots(int size) {
        if (slots == null) {
            slots = new Object[size];
        }
        return slots;
    }

    /**
     * Implemented by such instances: the dictionary and slot protocol answered from their state. The
     * type stays a field of the instance ({@link PyObject#getType()} is on every operation's path).
     */
    public interface Holder extends PyObject, HasDict, SlotStorage {
        InstanceState state();

        @Override
        default PyDict getDict() {
            return state().dict();
        }

        @Override
        default PyDict getDictIfPresent() {
            return state().dictIfPresent();
        }

        @Override
        default Object[] slotValues(int size) {
            return state().slots(size);
        }

        /** As CPython: a dictionary unless the class's {@code __slots__} leave it out. */
        @Override
        default boolean allowsDict() {
            return getType().instancesHaveCpythonDict();
        }
    }
}
