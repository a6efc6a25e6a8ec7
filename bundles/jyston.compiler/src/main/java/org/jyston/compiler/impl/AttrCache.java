package org.jyston.compiler.impl;

import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.SlotMember;
import org.jyston.api.object.TypeRegistry;

/**
 * The inline cache of one attribute site ({@code obj.name} load, store, or method call): a short
 * polymorphic chain of entries, each guarded by the receiver's type, that type's version tag and,
 * for instances of user classes, the instance's shape. A hit reads or writes the attribute at its
 * position, returns the class attribute, or hands a method call the function without making a bound
 * method; no dictionary lookup. Everything else takes the generic protocol, which then fills an entry
 * if the site is cacheable.
 *
 * <p>Why it is correct: an entry is made only when the type uses {@code object}'s own
 * {@code __getattribute__}/{@code __setattr__} and the class attribute of that name (if any) is of a
 * builtin type that is not a data descriptor, so the generic protocol would take exactly the path
 * cached. Any change to the class or a class in its MRO bumps the type's version (PyType propagates
 * it to subclasses), which fails the guard; {@code __class__} assignment changes the type the guard
 * sees; a new, deleted or {@code __dict__}-materialised attribute changes the shape. The version is
 * read before the lookups that fill an entry, so a concurrent class change can only leave an entry
 * that never hits. Entries are immutable and the chain is replaced whole, so threads racing on a site
 * see either chain.
 */
final class AttrCache {
    /** Entries a site keeps; one more makes it megamorphic (generic) for a while. */
    private static final int MAX_ENTRIES = 4;
    /** Generic lookups a megamorphic site makes before it tries caching again; doubles each time, up to the cap. */
    private static final int FIRST_BACKOFF = 64;
    private static final int MAX_BACKOFF = 1 << 14;

    private static final int LOAD_SLOT = 0;
    private static final int LOAD_DICT = 1;
    private static final int LOAD_CLASS = 2;
    private static final int LOAD_METHOD = 3;
    private static final int STORE_SLOT = 4;
    private static final int STORE_ADD = 5;
    private static final int STORE_DICT = 6;
    private static final int BUILTIN_METHOD = 7;
    private static final int LOAD_MEMBER = 8;
    private static final int STORE_MEMBER = 9;
    private static final int LOAD_GETSET = 10;

    /**
     * One cached case; {@code shape} null means a dict-backed instance (name looked up in its dictionary);
     * for {@code LOAD_GETSET}, non-null means the receiver's Java class alone decides its type.
     */
    private record Entry(int kind, PyType type, int version, Object shape, int index, Object value, Class<?> cls) {}

    private static final Entry[] EMPTY = new Entry[0];

    private final String name;
    private Entry[] entries = EMPTY;
    /**
     * Whether the site takes the generic path without trying to cache. Not for good: as CPython's
     * adaptive instructions do, a megamorphic site counts its generic lookups down from
     * {@link #backoff} and then starts caching afresh, so a site that saw many classes once (a class
     * statement run again, a factory making classes) recovers when its receivers settle, while a
     * truly megamorphic one pays one refill per {@link #MAX_BACKOFF} lookups at most.
     */
    private boolean megamorphic;
    private int countdown;
    private int backoff = FIRST_BACKOFF;
    /** Fills in a row that found nothing to cache; past {@link #MAX_FUTILE} the site backs off (its lookups cost). */
    private int futile;
    private static final int MAX_FUTILE = 16;

    AttrCache(String name) {
        this.name = name.intern();
    }

    // ---- loads

    /** {@code obj.name}. */
    Object load(Object obj) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            for (Entry e : entries) {
                if (e.type == t && e.version == t.version()) {
                    Object v = hitLoad(e, inst);
                    if (v != null) {
                        return v;
                    }
                }
            }
            Object v = Attrs.get(obj, name);
            if (tryToCache()) {
                if (fillLoad(inst)) {
                    futile = 0;
                } else {
                    giveUpAfterFutileFills();
                }
            }
            return v;
        }
        return loadOther(obj);
    }

    /**
     * {@code obj.name} on an object that is not an instance of a user class: a hit calls the getset
     * descriptor of a builtin type ({@code r.start}, {@code z.real}) without the dictionary walk. The
     * entry is guarded by the Java class, the type and the registry generation: a builtin type's
     * dictionary never changes, and a bundle swap moves the generation.
     */
    private Object loadOther(Object obj) {
        Class<?> c = obj.getClass();
        for (Entry e : entries) {
            // shape non-null: the Java class alone decides the type (not a PyObject), so no type check is needed
            if (e.kind == LOAD_GETSET && e.cls == c && e.version == TypeRegistry.generation()
                    && (e.shape != null || PyType.of(obj) == e.type)) {
                return ((GetSetDescriptor.Getter) e.value).get(obj); // the guard proved the owner type
            }
        }
        Object v = Attrs.get(obj, name);
        if (tryToCache()) {
            if (fillGetSet(obj)) {
                futile = 0;
            } else {
                giveUpAfterFutileFills();
            }
        }
        return v;
    }

    /** Caches a builtin type's getset/member descriptor that object's own attribute protocol found first. */
    private boolean fillGetSet(Object obj) {
        int gen = TypeRegistry.generation();
        PyType t = PyType.of(obj);
        if (t.isHeapType() || t.slot(Slot.GETATTRIBUTE) != objectSlot(Slot.GETATTRIBUTE)) {
            return false;
        }
        // a data descriptor of a builtin type wins over everything, and builtin types' MROs hold only builtins
        if (t.lookup(name) instanceof GetSetDescriptor d && d.owner() != null && t.isSubtypeOf(d.owner())) {
            Object classDecides = obj instanceof PyObject ? null : Boolean.TRUE;
            add(new Entry(LOAD_GETSET, t, gen, classDecides, -1, d.getter(), obj.getClass()));
            return true;
        }
        return false;
    }

    private Object hitLoad(Entry e, PyInstance inst) {
        switch (e.kind) {
            case LOAD_SLOT:
                return inst.shape() == e.shape ? inst.getAt(e.index) : null;
            case LOAD_DICT:
                return inst.shape() == null ? inst.getAttribute(name) : null;
            case LOAD_CLASS:
                return absent(e, inst) ? e.value : null;
            case LOAD_METHOD:
                return absent(e, inst) ? new PyMethod(inst, e.value) : null;
            case LOAD_MEMBER:
                try {
                    return ((SlotMember) e.value).get(inst);
                } catch (PyException unset) {
                    return null; // the generic path raises it again, giving __getattr__ its chance
                }
            default:
                return null;
        }
    }

    /** Whether the instance lacks the name, so the class attribute the entry holds is the answer. */
    private boolean absent(Entry e, PyInstance inst) {
        Object s = inst.shape();
        if (e.shape == null) {
            return s == null && inst.getAttribute(name) == null;
        }
        return s == e.shape;
    }

    /**
     * For a method call: the Python function to call with the receiver as first argument, when a
     * cached entry says {@code obj.name} would be that function bound to {@code obj}; else null.
     */
    PyFunction method(Object obj) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            for (Entry e : entries) {
                if (e.kind == LOAD_METHOD && e.type == t && e.version == t.version() && absent(e, inst)) {
                    return (PyFunction) e.value;
                }
            }
        }
        return null;
    }

    /** For a method call on a builtin type's instance ({@code lst.append(x)}): its builtin function, or null. */
    PyBuiltinFunction builtinMethod(Object obj) {
        Class<?> c = obj.getClass();
        for (Entry e : entries) {
            if (e.kind == BUILTIN_METHOD && e.cls == c && e.version == TypeRegistry.generation()) {
                return (PyBuiltinFunction) e.value;
            }
        }
        return null;
    }

    /** A method call's attribute when no entry hit: the generic load, filling an entry if it can. */
    Object loadForCall(Object obj) {
        if (obj instanceof PyInstance) {
            return load(obj);
        }
        Object v = Attrs.get(obj, name);
        if (!(obj instanceof PyObject) && v instanceof PyMethod && tryToCache()) {
            if (fillBuiltinMethod(obj)) {
                futile = 0;
            } else {
                giveUpAfterFutileFills();
            }
        }
        return v;
    }

    private boolean fillBuiltinMethod(Object obj) {
        int gen = TypeRegistry.generation();
        PyType t = PyType.of(obj);
        if (t.isHeapType() || t.slot(Slot.GETATTRIBUTE) != objectSlot(Slot.GETATTRIBUTE)) {
            return false;
        }
        if (t.lookup(name) instanceof PyBuiltinFunction bf && !bf.isClassMethod()
                && PyType.of(bf).slot(Slot.GET) == null && !t.lookupOwner(name).isHeapType()) {
            add(new Entry(BUILTIN_METHOD, t, gen, null, -1, bf, obj.getClass()));
            return true;
        }
        return false;
    }

    private void giveUpAfterFutileFills() {
        if (++futile > MAX_FUTILE) {
            futile = 0;
            backOff();
        }
    }

    /** On the generic path: whether to try filling an entry (false while a megamorphic site backs off). */
    private boolean tryToCache() {
        if (!megamorphic) {
            return true;
        }
        if (--countdown > 0) {
            return false;
        }
        // races here only make a site retry early or late; entries stay immutable and correct
        megamorphic = false;
        entries = EMPTY;
        return true;
    }

    private void backOff() {
        megamorphic = true;
        countdown = backoff;
        backoff = Math.min(backoff * 2, MAX_BACKOFF);
    }

    /** Adds an entry for how the generic protocol answered; false if this case cannot be cached. */
    private boolean fillLoad(PyInstance inst) {
        PyType t = inst.getType();
        int version = t.version(); // before the lookups: a concurrent change leaves a dead entry, never a wrong one
        SlotMember member = member(t, Slot.GETATTRIBUTE);
        if (member != null) {
            add(new Entry(LOAD_MEMBER, t, version, null, -1, member, null));
            return true;
        }
        Object descr = cacheableDescriptor(inst, t, Slot.GETATTRIBUTE);
        if (descr == NOT_CACHEABLE) {
            return false;
        }
        Object shape = inst.shape();
        int index = shape == null ? -1 : inst.indexOf(name);
        if (inst.shape() != shape) {
            return true; // the instance changed under us; next time
        }
        if (index >= 0) {
            add(new Entry(LOAD_SLOT, t, version, shape, index, null, null));
        } else if (descr == null) {
            if (shape != null) {
                return false; // absent: AttributeError or __getattr__
            }
            add(new Entry(LOAD_DICT, t, version, null, -1, null, null));
        } else if (descr instanceof PyFunction) {
            add(new Entry(LOAD_METHOD, t, version, shape, -1, descr, null));
        } else if (PyType.of(descr).slot(Slot.GET) == null) {
            add(new Entry(LOAD_CLASS, t, version, shape, -1, descr, null));
        } else {
            return false;
        }
        return true;
    }

    private static final Object NOT_CACHEABLE = new Object();

    /**
     * The class attribute the generic protocol would meet ({@code null} if none) when the site is
     * cacheable for this instance; {@link #NOT_CACHEABLE} when the type customises attribute access
     * or the class attribute is a data descriptor or an object whose type could become one.
     */
    private Object cacheableDescriptor(PyInstance inst, PyType t, Slot hook) {
        if (!t.isHeapType() || !inst.allowsDict() || name.equals("__dict__") || name.equals("__class__")
                || t.slot(hook) != objectSlot(hook)) {
            return NOT_CACHEABLE;
        }
        Object descr = t.lookup(name);
        if (descr == null) {
            return null;
        }
        PyType dt = PyType.of(descr);
        if (dt.isHeapType() || dt.slot(Slot.SET) != null || dt.slot(Slot.DELETE) != null) {
            return NOT_CACHEABLE;
        }
        return descr;
    }

    /**
     * The {@code __slots__} member the name resolves to, when the type uses {@code object}'s own
     * attribute hook: a data descriptor of a builtin type, so it wins over any instance dictionary.
     */
    private SlotMember member(PyType t, Slot hook) {
        if (!t.isHeapType() || t.slot(hook) != objectSlot(hook)) {
            return null;
        }
        return t.lookup(name) instanceof SlotMember m ? m : null;
    }

    private static Object objectSlot(Slot slot) {
        PyType object = TypeRegistry.byName("object");
        return object == null ? null : object.slot(slot);
    }

    /** Whether an entry can still hit (a stale one, after a class change or a type bundle swap, never can). */
    private static boolean isLive(Entry e) {
        return e.kind == BUILTIN_METHOD || e.kind == LOAD_GETSET ? e.version == TypeRegistry.generation()
                : e.version == e.type.version();
    }

    // ---- stores

    /** {@code obj.name = value}. */
    void store(Object obj, Object value) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            for (Entry e : entries) {
                if (e.type == t && e.version == t.version() && hitStore(e, inst, value)) {
                    return;
                }
            }
            if (tryToCache()) {
                if (fillStore(inst, value)) {
                    futile = 0;
                    return;
                }
                giveUpAfterFutileFills();
            }
        }
        Attrs.set(obj, name, value);
    }

    private boolean hitStore(Entry e, PyInstance inst, Object value) {
        switch (e.kind) {
            case STORE_SLOT:
                return inst.setAt(e.shape, e.index, value);
            case STORE_ADD:
                return inst.addAt(e.shape, e.value, e.index, value);
            case STORE_MEMBER:
                ((SlotMember) e.value).set(inst, value);
                return true;
            case STORE_DICT:
                if (inst.shape() == null) {
                    inst.putAttribute(name, value);
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /** Stores through the instance (what the generic protocol would do) and caches how; false if not cacheable. */
    private boolean fillStore(PyInstance inst, Object value) {
        PyType t = inst.getType();
        int version = t.version();
        SlotMember member = member(t, Slot.SETATTR);
        if (member != null) {
            member.set(inst, value);
            add(new Entry(STORE_MEMBER, t, version, null, -1, member, null));
            return true;
        }
        if (cacheableDescriptor(inst, t, Slot.SETATTR) == NOT_CACHEABLE) {
            return false;
        }
        Object before;
        Object after;
        int index;
        int added;
        // structural changes of an instance hold its monitor (the PyInstance contract), so this sees one step
        synchronized (inst) {
            before = inst.shape();
            index = before == null ? -1 : inst.indexOf(name);
            inst.putAttribute(name, value);
            after = inst.shape();
            added = after == null ? -1 : inst.indexOf(name);
        }
        if (before == null) {
            if (after == null) {
                add(new Entry(STORE_DICT, t, version, null, -1, null, null));
            }
        } else if (index >= 0) {
            if (after == before) {
                add(new Entry(STORE_SLOT, t, version, before, index, null, null));
            }
        } else if (after != null && after != before && added >= 0) {
            add(new Entry(STORE_ADD, t, version, before, added, after, null));
        }
        return true;
    }

    private synchronized void add(Entry e) {
        for (Entry x : entries) {
            if (x.equals(e)) {
                return; // another thread, or a hit that gave way (an unset member), made it already
            }
        }
        Entry[] next = new Entry[entries.length + 1];
        int n = 0;
        for (Entry x : entries) {
            if (isLive(x)) {
                next[n++] = x; // a new array: readers may be walking the published one
            }
        }
        if (n >= MAX_ENTRIES) {
            entries = EMPTY;
            backOff();
            return;
        }
        next[n++] = e;
        entries = java.util.Arrays.copyOf(next, n);
    }
}
