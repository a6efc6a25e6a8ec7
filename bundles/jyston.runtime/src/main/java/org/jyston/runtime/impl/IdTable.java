package org.jyston.runtime.impl;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code id()}: a number unique to each live object, the same for the object's whole life. Objects
 * get numbers in the order they are first asked about, held through weak references so that the
 * table keeps nothing alive. Small ints and bools, which {@code is} compares by value, get a number
 * computed from their value (1 or 3 modulo 16, so they never meet an object's, which is a multiple of 16).
 */
final class IdTable {
    private static final long BASE = 0x7f0000000000L;

    private final Map<Key, Long> ids = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private long next = BASE;

    Object id(Object o) {
        if (o instanceof Boolean b) {
            return BASE + (b ? 3 : 19);
        }
        if (o instanceof Long l) {
            return BuiltinsNumeric.normal(BigInteger.valueOf(l).shiftLeft(4).add(BigInteger.valueOf(BASE / 2 + 1)));
        }
        synchronized (this) {
            for (Object k; (k = queue.poll()) != null;) {
                ids.remove(k);
            }
            Key probe = new Key(o, null);
            Long id = ids.get(probe);
            if (id == null) {
                next += 16;
                id = next;
                ids.put(new Key(o, queue), id);
            }
            return id;
        }
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key k)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
