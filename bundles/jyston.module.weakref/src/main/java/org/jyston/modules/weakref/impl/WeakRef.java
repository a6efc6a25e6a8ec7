package org.jyston.modules.weakref.impl;

import java.lang.ref.Reference;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.SlotStorage;

/**
 * A weak reference ({@code weakref.ref}), a proxy ({@code weakref.ProxyType}) or an instance of a
 * Python subclass of {@code ref}: the referent held weakly through the table's shared reference,
 * the callback, and the referent's hash once computed (a dead reference still hashes as it did).
 */
final class WeakRef implements PyObject, HasDict, SlotStorage {
    final PyType type;
    private final Reference<Object> referent;
    volatile Object callback;
    Object hash;
    private PyDict dict;
    private Object[] slots;

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

    @Override
    public boolean allowsDict() {
        return type.isHeapType() && type.lookup("__dict__") != null;
    }

    @Override
    public synchronized Object[] slotValues(int size) {
        if (slots == null) {
            slots = new Object[size];
        }
        return slots;
    }
}
