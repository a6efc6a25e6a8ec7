package org.jyston.modules.weakref.impl;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;

/**
 * Which weak references point at which object, by the object's identity, without keeping it alive.
 * When the JVM clears an object, its entry is found on the reference queue and the callbacks of
 * the weak references still alive run (CPython runs them when the count reaches zero; here they run
 * at the next drain: the next weak reference made, {@code gc.collect()}, {@code getweakrefcount}).
 */
final class WeakRefs {
    private WeakRefs() {}

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, Entry> BY_OBJECT = new HashMap<>();

    /** The references to one object, and the key that notices when it goes. */
    private record Entry(Key key, List<WeakReference<WeakRef>> refs) {}

    /** The identity of a referent; equal keys have the same live referent (or are the same key). */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object referent, ReferenceQueue<Object> q) {
            super(referent, q);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k) || k.hash != hash) {
                return false;
            }
            Object a = get();
            return a != null && a == k.get();
        }
    }

    /** Records {@code r} as a weak reference to {@code referent}; gives the reference object's JVM reference. */
    static Reference<Object> track(Object referent, WeakRef r) {
        drain();
        synchronized (BY_OBJECT) {
            Entry e = BY_OBJECT.get(new Key(referent, null));
            if (e == null) {
                Key key = new Key(referent, QUEUE);
                e = new Entry(key, new ArrayList<>(2));
                BY_OBJECT.put(key, e);
            }
            e.refs().removeIf(w -> w.get() == null);
            e.refs().add(new WeakReference<>(r));
            return e.key();
        }
    }

    /** The first live, callback-free reference of exactly the ref type to {@code referent}, for reuse. */
    static WeakRef canonical(Object referent, org.jyston.api.object.PyType exact) {
        synchronized (BY_OBJECT) {
            Entry e = BY_OBJECT.get(new Key(referent, null));
            if (e != null) {
                for (WeakReference<WeakRef> w : e.refs()) {
                    WeakRef r = w.get();
                    if (r != null && r.callback == PyNone.None && r.type == exact) {
                        return r;
                    }
                }
            }
            return null;
        }
    }

    /** The live weak references to {@code referent}, oldest first. */
    static List<WeakRef> of(Object referent) {
        drain();
        synchronized (BY_OBJECT) {
            Entry e = BY_OBJECT.get(new Key(referent, null));
            List<WeakRef> live = new ArrayList<>();
            if (e != null) {
                for (WeakReference<WeakRef> w : e.refs()) {
                    WeakRef r = w.get();
                    if (r != null) {
                        live.add(r);
                    }
                }
            }
            return live;
        }
    }

    /** Runs the callbacks of references whose objects the JVM has cleared and queued. */
    static void drain() {
        for (Reference<?> k = QUEUE.poll(); k != null; k = QUEUE.poll()) {
            Entry e;
            synchronized (BY_OBJECT) {
                e = BY_OBJECT.remove(k);
            }
            if (e != null) {
                callbacks(e);
            }
        }
    }

    /**
     * After a collection: runs the callbacks of every cleared object, queued or not yet (the JVM
     * queues cleared references a little after the collection, and {@code gc.collect()} promises
     * the callbacks have run when it returns).
     */
    static void drainAll() {
        drain();
        List<Entry> cleared = new ArrayList<>();
        synchronized (BY_OBJECT) {
            for (var it = BY_OBJECT.values().iterator(); it.hasNext();) {
                Entry e = it.next();
                if (e.key().refersTo(null)) {
                    it.remove();
                    cleared.add(e);
                }
            }
        }
        for (Entry e : cleared) {
            callbacks(e);
        }
    }

    private static void callbacks(Entry e) {
        List<WeakReference<WeakRef>> list = e.refs();
        // CPython calls the newest reference's callback first
        for (int i = list.size() - 1; i >= 0; i--) {
            WeakRef r = list.get(i).get();
            if (r == null) {
                continue; // the reference object itself is gone: its callback is not called
            }
            Object cb = r.callback;
            r.callback = PyNone.None;
            if (cb != PyNone.None) {
                try {
                    Op.call(cb, r);
                } catch (PyException err) {
                    Unraisable.report("Exception ignored while calling weakref callback " + Op.repr(cb), err);
                }
            }
        }
    }
}
