package org.jyston.api.object;

/** The representation of {@code frozenset}: a set nobody changes after it is built. */
public class PyFrozenSet extends PySet {
    /**
     * The hash once computed, or -1 (which no Python hash is). Cached as CPython caches it: a
     * frozenset of frozensets would otherwise rehash every nested member on each lookup, which is
     * exponential for nestings like the von Neumann naturals.
     */
    private volatile long hash = -1;

    public PyFrozenSet() {
        super();
    }

    public PyFrozenSet(PyDict members) {
        super(members);
    }

    /** The cached hash, or -1 if it has not been computed yet. */
    public long cachedHash() {
        return hash;
    }

    /** Remembers the hash (the members never change once anyone can hash the set). */
    public void cacheHash(long h) {
        hash = h;
    }
}
