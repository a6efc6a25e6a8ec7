package org.jyston.layout.shape.impl;

import java.util.Arrays;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;

/**
 * An instance in the shape layout. The first {@value #INLINE} attribute values live in fields of the
 * object itself (so an instance with up to five attributes is one 48-byte object with compressed
 * references), the rest in an overflow array; the {@link Shape} says which name is where.
 *
 * <p>When code asks for {@code __dict__}, deletes an attribute or adds too many, the instance goes
 * <em>dict-backed</em> for good: a {@link PyDict} with the attributes in insertion order is made,
 * held in {@code f0}, and the shape becomes {@link #DICT}. The dictionary is then the one and only
 * store, so {@code obj.__dict__['x'] = 1} and {@code obj.x} see each other, as in CPython.
 *
 * <p>Threads: every structural change (a new attribute, going dict-backed) holds this object's
 * monitor and publishes the new shape last through a volatile write, so a reader that sees a shape
 * sees its values. Overwriting an existing attribute takes no lock: it writes the field and checks
 * that the instance did not go dict-backed meanwhile, redoing the write in the dictionary if it did.
 * (A plain write followed by a volatile read is not a full fence, so a write racing with another
 * thread's first {@code __dict__} access on the same object has a window of a few instructions in
 * which it could be missed; such code has no defined order in Python either, but CPython would
 * keep one of the two writes.)
 */
final class ShapeInstance extends PyInstance {
    static final int INLINE = 5;
    /** The shape of dict-backed instances (their dictionary is in {@code f0}). */
    static final Shape DICT = Shape.root();

    private volatile Shape shape;
    private Object f0, f1, f2, f3, f4;
    private Object[] ext;

    ShapeInstance(PyType type, Shape root) {
        super(type);
        this.shape = root;
    }

    @Override
    public Object getAttribute(String name) {
        for (;;) {
            Shape s = shape;
            if (s == DICT) {
                return ((PyDict) f0).get(name);
            }
            int i = s.indexOf(name);
            if (i < 0) {
                return null;
            }
            Object v = getAt(i);
            if (v != null && shape != DICT) {
                return v;
            }
            // the instance went dict-backed while we read: read again from the dictionary
        }
    }

    @Override
    public void putAttribute(String name, Object value) {
        Shape s = shape;
        if (s != DICT) {
            int i = s.indexOf(name);
            if (i >= 0 && setAt(s, i, value)) {
                return;
            }
        }
        synchronized (this) {
            s = shape;
            if (s == DICT) {
                ((PyDict) f0).put(name, value);
                return;
            }
            int i = s.indexOf(name);
            if (i >= 0) {
                write(i, value);
                return;
            }
            Shape next = s.with(name);
            if (next == null) {
                materialize().put(name, value);
                return;
            }
            add(next, s.size(), value);
        }
    }

    @Override
    public synchronized boolean removeAttribute(String name) {
        Shape s = shape;
        if (s != DICT && s.indexOf(name) < 0) {
            return false;
        }
        // deleting keeps CPython's order for later additions only if the dictionary takes over
        return materialize().remove(name) != null;
    }

    @Override
    public synchronized void setDict(PyDict dict) {
        f1 = f2 = f3 = f4 = null;
        ext = null;
        f0 = dict;
        shape = DICT;
    }

    @Override
    public synchronized PyDict getDict() {
        return materialize();
    }

    /** The dictionary if there is one or there are attributes to put in it; null for a bare instance. */
    @Override
    public PyDict getDictIfPresent() {
        Shape s = shape;
        if (s == DICT) {
            return (PyDict) f0;
        }
        return s.size() == 0 ? null : getDict();
    }

    /** Makes the instance dict-backed (under the monitor) and returns its dictionary. */
    private PyDict materialize() {
        Shape s = shape;
        if (s == DICT) {
            return (PyDict) f0;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < s.size(); i++) {
            d.put(s.nameAt(i), getAt(i));
        }
        f1 = f2 = f3 = f4 = null;
        ext = null;
        f0 = d;
        shape = DICT;
        return d;
    }

    // ---- the shape protocol

    @Override
    public Object shape() {
        Shape s = shape;
        return s == DICT ? null : s;
    }

    @Override
    public int indexOf(String name) {
        Shape s = shape;
        return s == DICT ? -1 : s.indexOf(name);
    }

    @Override
    public Object getAt(int index) {
        switch (index) {
            case 0:
                return f0;
            case 1:
                return f1;
            case 2:
                return f2;
            case 3:
                return f3;
            case 4:
                return f4;
            default:
                Object[] e = ext;
                int j = index - INLINE;
                return e != null && j < e.length ? e[j] : null;
        }
    }

    @Override
    public boolean setAt(Object expected, int index, Object value) {
        if (shape != expected) {
            return false;
        }
        write(index, value);
        if (shape == DICT) {
            // went dict-backed meanwhile: the dictionary may hold the old value, so write it there
            synchronized (this) {
                materialize().put(((Shape) expected).nameAt(index), value);
            }
        }
        return true;
    }

    @Override
    public synchronized boolean addAt(Object from, Object to, int index, Object value) {
        if (shape != from) {
            return false;
        }
        add((Shape) to, index, value);
        return true;
    }

    /** Under the monitor: stores the value of a new attribute, then publishes the shape that has it. */
    private void add(Shape next, int index, Object value) {
        if (index >= INLINE) {
            int j = index - INLINE;
            Object[] e = ext;
            if (e == null) {
                ext = e = new Object[4];
            } else if (j >= e.length) {
                ext = e = Arrays.copyOf(e, e.length * 2);
            }
        }
        write(index, value);
        shape = next;
    }

    private void write(int index, Object value) {
        switch (index) {
            case 0:
                f0 = value;
                break;
            case 1:
                f1 = value;
                break;
            case 2:
                f2 = value;
                break;
            case 3:
                f3 = value;
                break;
            case 4:
                f4 = value;
                break;
            default:
                ext[index - INLINE] = value;
        }
    }
}
