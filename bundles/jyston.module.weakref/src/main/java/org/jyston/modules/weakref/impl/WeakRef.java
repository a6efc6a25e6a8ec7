package org.jyston.modules.weakref.impl;

import java.lang.ref.Reference;
import org.jyston.api.object.InstanceState;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;

/**
 * A weak reference ({@code weakref.ref}), a proxy ({@code weakref.ProxyType}) or an instance of a
 * Python subclass of {@code ref}: the referent held weakly through the table's shared reference,
 * the callback, and the referent's hash once computed (a dead reference still hashes as it did).
 */
final class WeakRef implements InstanceState.Holder {
    final PyType type;
    private final Reference<Object> referent;
    volatile Object callback;
    Object hash;
    private final InstanceState state = new InstanceState();

    WeakRef(PyType type, Object referent, Object callback) {
        this.type = type;
        this.callback = callback == null ? PyNone.None : callback;
        this.referent = WeakRefs.track(referent, this);
    }

    /** The referent, or null once it is gone. */
    Object get() {
        return referent.get();
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public boolean allowsDict() {
        return type.isHeapType() && type.lookup("__dict__") != null;
    }

}
