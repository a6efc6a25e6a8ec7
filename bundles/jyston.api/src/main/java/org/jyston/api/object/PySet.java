package org.jyston.api.object;

/**
 * The representation of {@code set} (and, through {@link PyFrozenSet}, {@code frozenset}): a
 * {@link PyDict} whose keys are the members.
 */
public class PySet {
    private final PyDict members;

    public PySet() {
        this.members = new PyDict();
    }

    protected PySet(PyDict members) {
        this.members = members;
    }

    /** The members, in insertion order (a set's iteration order is not promised by Python). */
    public PyDict members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public boolean contains(Object o) {
        return members.containsKey(o);
    }

    public void add(Object o) {
        members.put(o, Boolean.TRUE);
    }

    public boolean discard(Object o) {
        return members.remove(o) != null;
    }

    public Object[] toArray() {
        return members.keys();
    }
}
