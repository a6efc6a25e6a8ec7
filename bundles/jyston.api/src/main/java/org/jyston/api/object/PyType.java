package org.jyston.api.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type. Its special methods sit in an array indexed by {@link Slot#ordinal()}, already
 * inherited along the MRO, so operator dispatch is one array load. Each type carries a version tag;
 * caches keyed on a type compare it, and any change to the type bumps it.
 */
public final class PyType implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("type");

    private String name;
    private String module;
    private String qualname;
    /** Both change only by {@code __bases__} assignment ({@link #setBases}), which republishes them. */
    private volatile List<PyType> bases;
    private volatile List<PyType> mro;
    private final Map<String, Object> dict;
    private final Object[] slots = new Object[Slot.values().length];
    /*
     * The same functions in arrays typed by their interface, so that the hot paths read them without
     * a checkcast: a cast to an interface consults the class's one-element secondary-supers cache,
     * and HotSpot's handling of that cache made the cast the top of tier 0's generator profile.
     */
    private final Slot.Unary[] unarySlots = new Slot.Unary[Slot.values().length];
    private final Slot.Binary[] binarySlots = new Slot.Binary[Slot.values().length];
    private final Slot.Ternary[] ternarySlots = new Slot.Ternary[Slot.values().length];
    private final Slot.Call[] callSlots = new Slot.Call[Slot.values().length];
    /** Heap types: the type along the MRO whose definition each slot comes from. */
    private final PyType[] slotOwners = new PyType[Slot.values().length];
    /** The spec of a builtin type; null for a class made by Python code (a heap type). */
    private final TypeSpec spec;
    /** A builtin type's own slot functions: its spec's, plus special methods it gives as plain attributes. */
    private final Map<Slot, Object> ownSlots = new java.util.EnumMap<>(Slot.class);
    private final PyType metatype;
    private final boolean exception;
    /** Heap types made from this one, held weakly, whose slots follow changes to this one. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int version;
    /** Heap types: how many {@code __slots__} names instances hold, and whether they have a {@code __dict__}. */
    private int slotCount;
    private boolean hasDict = true;
    /** Heap types: whether CPython's instances would have a dict / weak-reference list (slot rules). */
    private boolean cpyDict;
    private boolean cpyWeak;
    /** Heap types: the layout strategy active when the class was created, which makes its instances. */
    private final org.jyston.api.layout.LayoutStrategy layout;

    PyType(TypeSpec spec, List<PyType> bases) {
        this.spec = spec;
        this.name = spec.name();
        // a spec named "collections.deque" is CPython's tp_name: error messages show it whole, while
        // __name__/__qualname__ are "deque" and __module__ "collections"
        int dot = name.lastIndexOf('.');
        Object mod = spec.attributes().get("__module__");
        this.module = mod instanceof String m ? m : dot > 0 ? name.substring(0, dot) : "builtins";
        this.qualname = name.substring(dot + 1);
        this.metatype = null;
        this.layout = null;
        this.bases = List.copyOf(bases);
        this.mro = Collections.unmodifiableList(linearize(this, bases));
        this.exception = spec.has(TypeSpec.Flag.EXCEPTION);
        Map<String, Object> d = new LinkedHashMap<>();
        spec.slots().forEach((slot, fn) -> {
            if (!spec.isInternal(slot)) {
                d.put(slot.methodName, new PySlotWrapper(this, slot, fn));
            }
        });
        d.putAll(spec.attributes());
        for (Object v : spec.attributes().values()) {
            if (v instanceof PyBuiltinFunction bf) {
                bf.setOwner(this); // a method of this type: CPython's method_descriptor
            }
        }
        if (spec.doc() != null) {
            d.putIfAbsent("__doc__", spec.doc());
        }
        this.dict = Collections.unmodifiableMap(d);
        for (PyType b : bases) {
            b.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
        ownSlots.putAll(spec.slots());
        for (Slot slot : Slot.values()) {
            Object attr = spec.attributes().get(slot.methodName);
            if (!ownSlots.containsKey(slot) && attr instanceof PyBuiltinFunction) {
                ownSlots.put(slot, SlotAdapters.of(slot, attr));
            }
        }
        for (Slot slot : Slot.values()) {
            for (PyType t : mro) {
                Object fn = t == this ? ownSlots.get(slot) : t.slots[slot.ordinal()];
                if (fn != null) {
                    putSlot(slot.ordinal(), fn);
                    break;
                }
            }
        }
    }

    /** A class made by Python code: {@code class} statements and {@code type(name, bases, dict)}. */
    private PyType(String name, List<PyType> bases, Map<String, Object> ns, PyType metatype) {
        this.spec = null;
        this.name = name;
        this.metatype = metatype;
        this.layout = org.jyston.api.layout.Layouts.active();
        this.bases = List.copyOf(bases);
        this.mro = Collections.unmodifiableList(linearize(this, bases));
        boolean exc = false;
        for (PyType b : bases) {
            exc |= b.exception;
        }
        this.exception = exc;
        this.dict = Collections.synchronizedMap(new LinkedHashMap<>(ns));
        Object mod = ns.get("__module__");
        this.module = mod instanceof String m ? m : "builtins";
        Object qn = ns.get("__qualname__");
        this.qualname = qn instanceof String q ? q : name;
        dict.remove("__qualname__");
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", PyNone.None);
        }
        for (PyType b : bases) {
            b.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
        layoutSlots(ns.get("__slots__"));
        dict.putIfAbsent("__doc__", PyNone.None);
        computeSlots();
    }

    /**
     * {@code __slots__}: each name becomes a member descriptor over a cell of the instance; instances
     * have a {@code __dict__} only if some class in the MRO lacks {@code __slots__} or lists it. As in
     * CPython, the class gets {@code __dict__}/{@code __weakref__} descriptors when it adds what its
     * best base lacks, with CPython's refusals ({@link #cpyDict}/{@link #cpyWeak} record the facts).
     */
    private void layoutSlots(Object declared) {
        int inherited = 0;
        boolean dictFromBases = false;
        for (PyType b : bases) {
            inherited = Math.max(inherited, b.slotCount);
            if (b.isHeapType() ? b.hasDict : !b.name.equals("object")) {
                dictFromBases = true;
            }
        }
        PyType base = bestBase(bases);
        boolean mayAddDict = !providesDict(base);
        boolean mayAddWeak = !providesWeak(base) && !variableSized(base);
        slotCount = inherited;
        boolean addDict = mayAddDict;
        boolean addWeak = mayAddWeak;
        List<String> names = new ArrayList<>();
        if (declared == null) {
            hasDict = true;
        } else {
            if (declared instanceof String one) {
                names.add(one);
            } else {
                Object it = Op.iter(declared);
                for (Object n = Op.next(it); n != null; n = Op.next(it)) {
                    if (!(n instanceof String s)) {
                        throw Errors.typeError("__slots__ items must be strings, not '" + Op.typeName(n) + "'");
                    }
                    names.add(s);
                }
            }
            if (!names.isEmpty() && variableSized(base)) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
            }
            addDict = false;
            addWeak = false;
            for (String n : names) {
                if (n.equals("__dict__")) {
                    if (!mayAddDict || addDict) {
                        throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                } else if (n.equals("__weakref__")) {
                    if (!mayAddWeak || addWeak) {
                        throw Errors.typeError("__weakref__ slot disallowed: either we already got one, "
                                + "or __itemsize__ != 0");
                    }
                    addWeak = true;
                }
            }
            hasDict = dictFromBases || addDict;
            java.util.Set<String> made = new java.util.HashSet<>();
            for (String n : names) {
                if (n.equals("__dict__") || n.equals("__weakref__")) {
                    continue;
                }
                // a name listed twice gets a second cell, its descriptor replacing the first (as in CPython)
                if (dict.containsKey(n) && !made.contains(n)) {
                    throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
                }
                dict.put(n, new SlotMember(n, this, slotCount++));
                made.add(n);
            }
        }
        cpyDict = providesDict(base) || addDict;
        cpyWeak = providesWeak(base) || addWeak;
        if (addDict) {
            dict.put("__dict__", GetSetDescriptor.instanceDict(this));
        }
        if (addWeak) {
            dict.put("__weakref__", GetSetDescriptor.weakref(this));
        }
    }

    /** Whether instances of {@code t} have a dictionary as CPython lays them out (its {@code tp_dictoffset}). */
    private static boolean providesDict(PyType t) {
        if (t.isHeapType()) {
            return t.cpyDict;
        }
        return t.exception || switch (t.name) {
            case "type", "classmethod", "staticmethod", "module", "function" -> true;
            default -> false;
        };
    }

    /** Whether instances of {@code t} support weak references in CPython (its {@code tp_weaklistoffset}). */
    private static boolean providesWeak(PyType t) {
        if (t.isHeapType()) {
            return t.cpyWeak;
        }
        return switch (t.name) {
            case "type", "set", "frozenset", "module", "function", "BaseExceptionGroup", "ExceptionGroup" -> true;
            default -> false;
        };
    }

    /** CPython's variable-sized instances ({@code __itemsize__ != 0}): no weak references, no nonempty slots. */
    private static boolean variableSized(PyType t) {
        PyType s = t.solidBase();
        return switch (s.name) {
            case "int", "bool", "tuple", "bytes", "type" -> !s.isHeapType();
            default -> false;
        };
    }

    /** The layout strategy this heap type's instances use (recorded at creation); null for builtin types. */
    public org.jyston.api.layout.LayoutStrategy layout() {
        return layout;
    }

    /** How many {@code __slots__} cells instances hold (inherited ones included); 0 for builtin types. */
    public int instanceSlotCount() {
        return slotCount;
    }

    /** Whether CPython's instances support weak references (its {@code tp_weaklistoffset} is set). */
    public boolean instancesHaveCpythonWeakref() {
        return providesWeak(this);
    }

    public boolean instancesHaveDict() {
        return hasDict;
    }

    /** Heap types: whether CPython's instances have a {@code __dict__} (false when {@code __slots__} leave it out). */
    public boolean instancesHaveCpythonDict() {
        return !isHeapType() || cpyDict;
    }

    /**
     * Creates a class, as {@code type.__new__} does: checks the bases, linearises the MRO (CPython's
     * TypeError when that is impossible), and derives the slot table from the special methods the
     * namespace and the bases define.
     */
    public static PyType newHeapType(String name, List<PyType> bases, Map<String, Object> ns, PyType metatype) {
        List<PyType> bs = bases.isEmpty() ? List.of(TypeRegistry.byName("object")) : bases;
        for (PyType b : bs) {
            if (!b.has(TypeSpec.Flag.BASETYPE)) {
                throw Errors.typeError("type '" + b.getName() + "' is not an acceptable base type");
            }
        }
        for (int i = 0; i < bs.size(); i++) {
            for (int j = i + 1; j < bs.size(); j++) {
                if (bs.get(i) == bs.get(j)) {
                    throw Errors.typeError("duplicate base class " + bs.get(i).getName());
                }
            }
        }
        PyType layout = null;
        for (PyType b : bs) {
            PyType sb = b.layoutSolid();
            if (layout == null || sb.isSubtypeOf(layout)) {
                layout = sb;
            } else if (!layout.isSubtypeOf(sb)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        try {
            return new PyType(name, bs, ns, metatype);
        } catch (MroConflict e) {
            throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + e.names);
        }
    }

    /**
     * CPython's "solid base" for the lay-out conflict check: the nearest type along the first-base
     * chain that adds instance fields: a class with its own {@code __slots__} names, a builtin type
     * other than {@code object}, except the exception classes that keep their base's fields
     * ({@code KeyError} and {@code ValueError} combine; {@code OSError} adds fields).
     */
    PyType layoutSolid() {
        if (isHeapType()) {
            PyType base = bestBase(bases);
            return slotCount > base.layoutSolid().slotCount ? this : base.layoutSolid();
        }
        if (bases.isEmpty()) {
            return this;
        }
        if (exception) {
            return switch (name) {
                case "BaseException", "BaseExceptionGroup", "SyntaxError", "ImportError", "UnicodeError",
                        "SystemExit", "OSError", "StopIteration", "NameError", "AttributeError" -> this;
                default -> bases.get(0).layoutSolid();
            };
        }
        return this;
    }

    /** Whether this class was made by Python code (its dictionary can change). */
    public boolean isHeapType() {
        return spec == null;
    }

    /** The nearest builtin type in the MRO other than {@code object}, whose representation instances use. */
    public PyType solidBase() {
        for (PyType t : mro) {
            if (!t.isHeapType() && !t.name.equals("object")) {
                return t;
            }
        }
        return mro.get(mro.size() - 1);
    }

    /**
     * Sets an attribute of a heap type; a special method changes the slot table of this type and
     * of every class derived from it.
     */
    public void setAttribute(String attr, Object value) {
        if (!isHeapType()) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(attr) == null) {
                throw Errors.raise(Errors.AttributeError, "type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else {
            dict.put(attr, value);
        }
        if (attr.equals("__qualname__") && value instanceof String q) {
            qualname = q;
        } else if (attr.equals("__module__") && value instanceof String m) {
            module = m;
        }
        changed(attr.startsWith("__") && attr.endsWith("__"));
    }

    private void changed(boolean slotsToo) {
        version++;
        if (slotsToo) {
            computeSlots();
        }
        for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.changed(slotsToo);
            }
        }
    }

    /** {@code __contains__ = None}: membership tests raise CPython's error instead of iterating. */
    private static final Slot.Binary NOT_A_CONTAINER = (self, item) -> {
        throw Errors.typeError("'" + Op.typeName(self) + "' object is not a container");
    };

    /** A heap type's slots: the nearest definition along the MRO, Python methods through adapters. */
    private void computeSlots() {
        PyType solid = solidBase();
        boolean value = isValueBased(solid);
        boolean derives = value || isContainer(solid);
        for (Slot slot : Slot.values()) {
            int i = slot.ordinal();
            Object fn = null;
            PyType owner = null;
            for (PyType t : mro) {
                if (t.isHeapType()) {
                    Object m = t.dict.get(slot.methodName);
                    if (m != null) {
                        owner = t;
                        // None blocks hashing, iteration and membership; for other slots CPython calls
                        // it ("'NoneType' object is not callable")
                        boolean blocked = m == PyNone.None && (slot == Slot.HASH || slot == Slot.ITER);
                        if (m == PyNone.None && slot == Slot.CONTAINS) {
                            // no fallback to iteration: membership is refused outright
                            fn = t == this ? NOT_A_CONTAINER : t.slots[i];
                        } else {
                            fn = blocked ? null : t == this ? SlotAdapters.of(slot, m) : t.slots[i];
                        }
                        break;
                    }
                } else {
                    Object own = t.ownSlots.get(slot);
                    if (own != null) {
                        owner = t;
                        fn = inherited(slot, t);
                        if (fn == null) {
                            boolean fromBuiltinBase = !t.name.equals("object");
                            if (slot == Slot.NEW && derives) {
                                fn = SlotAdapters.deriving((Slot.Call) own, t);
                            } else if (value && fromBuiltinBase && slot != Slot.NEW && slot != Slot.GETATTRIBUTE
                                    && slot != Slot.SETATTR && slot != Slot.DELATTR
                                    && !(t.spec != null && t.spec.isSeesInstance(slot))) {
                                // attribute access must see the instance (its __dict__); the rest sees the value
                                fn = SlotAdapters.unwrapping(slot, own);
                            } else {
                                fn = own;
                            }
                        }
                        break;
                    }
                }
            }
            putSlot(i, fn);
            slotOwners[i] = owner;
        }
        int b = Slot.BOOL.ordinal();
        int l = Slot.LEN.ordinal();
        if (slotOwners[b] != null && !slotOwners[b].isHeapType() && slotOwners[b].ownSlots.containsKey(Slot.LEN)
                && slotOwners[l] != null && slotOwners[l].isHeapType()) {
            // a builtin container's truth is its length (CPython gives it no __bool__): an overridden
            // __len__ decides
            putSlot(b, null);
            slotOwners[b] = null;
        }
    }

    /** Every write of a slot goes through here, so the typed arrays never disagree with {@link #slots}. */
    private void putSlot(int i, Object fn) {
        slots[i] = fn;
        unarySlots[i] = fn instanceof Slot.Unary u ? u : null;
        binarySlots[i] = fn instanceof Slot.Binary b ? b : null;
        ternarySlots[i] = fn instanceof Slot.Ternary t ? t : null;
        callSlots[i] = fn instanceof Slot.Call c ? c : null;
    }

    /**
     * What decides whether a subclass overrides a slot (CPython compares slot function pointers): a
     * heap type's slot that adapts an inherited builtin's function answers that function.
     */
    Object slotIdentity(Slot slot) {
        int i = slot.ordinal();
        PyType o = slotOwners[i];
        if (o != null && !o.isHeapType()) {
            Object own = o.ownSlots.get(slot);
            if (own != null) {
                return own;
            }
        }
        return slots[i];
    }

    /**
     * The slot function a heap base already made for the same definition: a class that does not
     * override a special method shares its base's function, so "overrides" tests compare equal.
     */
    private Object inherited(Slot slot, PyType owner) {
        int i = slot.ordinal();
        for (int k = 1; k < mro.size(); k++) {
            PyType b = mro.get(k);
            if (b.isHeapType() && b.slotOwners[i] == owner) {
                return b.slots[i];
            }
        }
        return null;
    }

    /** Whether instances of subclasses of {@code solid} wrap a Java value (int, float, str, ...). */
    private static boolean isValueBased(PyType solid) {
        if (solid.isHeapType() || solid.name.equals("object") || solid.exception || solid.name.equals("type")
                || solid.has(TypeSpec.Flag.SUBCLASS_NEW)) {
            return false;
        }
        return !isContainer(solid);
    }

    private static boolean isContainer(PyType solid) {
        if (solid.spec == null) {
            return false;
        }
        for (Class<?> c : solid.spec.representations()) {
            if (PyList.class.isAssignableFrom(c) || PyDict.class.isAssignableFrom(c) || PySet.class.isAssignableFrom(c)
                    || PyTuple.class.isAssignableFrom(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * C3 linearisation, as CPython computes {@code __mro__}: merge the bases' MROs and the list of
     * bases, each time taking the first head that appears in no other list's tail.
     */
    private static List<PyType> linearize(PyType self, List<PyType> bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(b.mro));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out;
            }
            PyType next = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw new MroConflict(seqs);
            }
            out.add(next);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == next) {
                    seq.remove(0);
                }
            }
        }
    }

    /**
     * The C3 merge failed: CPython names the heads of the lists still to merge (the bases' MROs,
     * then the list of bases), each class once.
     */
    private static final class MroConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String names;

        MroConflict(List<List<PyType>> left) {
            super(null, null, false, false);
            List<PyType> heads = new ArrayList<>();
            for (List<PyType> seq : left) {
                if (!heads.contains(seq.get(0))) {
                    heads.add(seq.get(0));
                }
            }
            StringBuilder sb = new StringBuilder();
            for (PyType t : heads) {
                sb.append(sb.length() == 0 ? "" : ", ").append(t.name);
            }
            this.names = sb.toString();
        }
    }

    /**
     * {@code cls.__bases__ = value} on a heap type, with CPython's checks: the new bases must keep the
     * instance layout (same deallocator and same solid layout as the old {@code __base__}); the MROs
     * of this class and of every class derived from it are recomputed (all or none: a conflict
     * restores the old ones), the subclass links move to the new bases, and the slot tables and
     * version tags of the whole subtree are refreshed so inline caches miss.
     */
    public void setBases(List<PyType> newBases) {
        String who = name + ".__bases__";
        if (newBases.isEmpty()) {
            throw Errors.typeError("can only assign non-empty tuple to " + who + ", not ()");
        }
        for (PyType b : newBases) {
            if (b.isSubtypeOf(this)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(newBases);
        PyType oldBase = bestBase(bases);
        if (gcFreed(newBase) != gcFreed(oldBase)) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name + "' deallocator differs from '"
                    + oldBase.name + "'");
        }
        if (newBase.solidBase() != oldBase.solidBase() || newBase.slotCount != oldBase.slotCount
                || newBase.hasDict != oldBase.hasDict) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name + "' object layout differs from '"
                    + oldBase.name + "'");
        }
        for (int i = 0; i < newBases.size(); i++) {
            for (int j = i + 1; j < newBases.size(); j++) {
                if (newBases.get(i) == newBases.get(j)) {
                    throw Errors.typeError("duplicate base class " + newBases.get(i).getName());
                }
            }
        }
        synchronized (PyType.class) {
            List<PyType> oldBases = bases;
            List<Object[]> undo = new ArrayList<>();
            bases = List.copyOf(newBases);
            try {
                remro(undo);
            } catch (MroConflict e) {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    ((PyType) undo.get(i)[0]).mro = ((List<PyType>) undo.get(i)[1]);
                }
                bases = oldBases;
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + e.names);
            }
            for (PyType b : oldBases) {
                b.subclasses.removeIf(r -> r.get() == this || r.get() == null);
            }
            for (PyType b : bases) {
                b.subclasses.add(new java.lang.ref.WeakReference<>(this));
            }
            changed(true);
        }
    }

    /** Recomputes the MRO of this class and its subclasses, recording the old ones in {@code undo}. */
    @SuppressWarnings("unchecked")
    private void remro(List<Object[]> undo) {
        undo.add(new Object[] {this, mro});
        mro = Collections.unmodifiableList(linearize(this, bases));
        for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.remro(undo);
            }
        }
    }

    /** Whether instances are freed as CPython's garbage-collected objects (its "deallocator" check). */
    private static boolean gcFreed(PyType t) {
        return t.isHeapType() || t.exception || isContainer(t) || t.name.equals("type");
    }

    /** {@code __base__}: the base whose solid base is the most derived (the first on ties), as CPython's best_base. */
    public PyType base() {
        return bases.isEmpty() ? null : bestBase(bases);
    }

    private static PyType bestBase(List<PyType> bs) {
        PyType best = null;
        PyType solid = null;
        for (PyType b : bs) {
            PyType sb = b.layoutSolid();
            if (best == null || (sb != solid && sb.isSubtypeOf(solid))) {
                best = b;
                solid = sb;
            }
        }
        return best;
    }

    /** {@code cls.__name__ = value} on a heap type (the caller has checked the value, as CPython does). */
    public void setName(String value) {
        name = value;
        changed(false);
    }

    /** {@code cls.__qualname__ = value} on a heap type. */
    public void setQualname(String value) {
        qualname = value;
        changed(false);
    }

    /** {@code cls.__subclasses__()}: the direct subclasses still alive, in the order they were made. */
    public List<PyType> liveSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                out.add(sub);
            }
        }
        return out;
    }

    @Override
    public PyType getType() {
        return metatype != null ? metatype : TYPE.get();
    }

    /** The type of any Python object. */
    public static PyType of(Object o) {
        Class<?> c = o.getClass();
        PyType t = c == Long.class ? TypeRegistry.longType
                : c == String.class ? TypeRegistry.stringType
                : c == Double.class ? TypeRegistry.doubleType
                : c == PyTuple.class ? TypeRegistry.tupleType
                : c == PyList.class ? TypeRegistry.listType
                : c == Boolean.class ? TypeRegistry.booleanType
                : null;
        if (t != null) {
            return t;
        }
        if (o instanceof PyInstance i) {
            return i.getType(); // a class test, not an interface one, and a final method
        }
        if (c == PyType.class) {
            return ((PyType) o).getType();
        }
        if (o instanceof PyBaseException b) {
            return b.getType(); // a class test: raising asks this of each new exception
        }
        return o instanceof PyObject p ? p.getType() : TypeRegistry.typeOfClass(c);
    }

    /** CPython's {@code tp_name}, as error messages show it ({@code collections.deque} for a module's builtin type). */
    public String getName() {
        return name;
    }

    /** {@code __name__}: the name without the module a builtin type's spec may qualify it with. */
    public String getSimpleName() {
        return spec == null ? name : qualname;
    }

    public String getModule() {
        return module;
    }

    /**
     * {@code type.__module__} as Python reads it: a class's own {@code __module__} entry, whatever
     * object was stored there (CPython's {@code type_module}), else the module name.
     */
    public Object moduleAttribute() {
        if (isHeapType()) {
            Object m = getDict().get("__module__");
            if (m != null) {
                return m;
            }
        }
        return module;
    }

    /** {@code __qualname__}; for builtin types the same as the name. */
    public String getQualname() {
        return qualname;
    }

    public List<PyType> getBases() {
        return bases;
    }

    public List<PyType> getMro() {
        return mro;
    }

    public Map<String, Object> getDict() {
        return dict;
    }

    public int version() {
        return version;
    }

    public boolean has(TypeSpec.Flag flag) {
        if (spec != null) {
            return spec.has(flag);
        }
        return flag == TypeSpec.Flag.BASETYPE || (flag == TypeSpec.Flag.EXCEPTION && exception);
    }

    TypeSpec spec() {
        return spec;
    }

    /** Whether this (builtin) type implements {@code slot} itself, rather than inheriting it. */
    boolean ownsSlot(Slot slot) {
        return ownSlots.containsKey(slot);
    }

    /** The implementation of {@code slot}, inherited if need be, or null if no type in the MRO has it. */
    public Object slot(Slot slot) {
        return slots[slot.ordinal()];
    }

    public Slot.Unary unary(Slot slot) {
        return unarySlots[slot.ordinal()];
    }

    public Slot.Binary binary(Slot slot) {
        return binarySlots[slot.ordinal()];
    }

    public Slot.Ternary ternary(Slot slot) {
        return ternarySlots[slot.ordinal()];
    }

    public Slot.Call call(Slot slot) {
        return callSlots[slot.ordinal()];
    }

    /** Whether this type defines {@code slot} itself rather than inheriting it. */
    public boolean definesOwn(Slot slot) {
        return spec != null ? ownSlots.containsKey(slot) : dict.containsKey(slot.methodName);
    }

    /** Attribute lookup along the MRO, as {@code _PyType_Lookup}; null when absent. */
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The type along the MRO whose dictionary holds {@code attr}, or null. */
    public PyType lookupOwner(String attr) {
        for (PyType t : mro) {
            if (t.dict.containsKey(attr)) {
                return t;
            }
        }
        return null;
    }

    /**
     * {@code isinstance(obj, self)} without a metaclass hook: the type check, then, only when it fails
     * and the class of {@code obj} defines {@code __class__} (a property may lie), that attribute.
     */
    public boolean isInstance(Object obj) {
        PyType t = of(obj);
        if (t.isSubtypeOf(this)) {
            return true;
        }
        if (!t.isHeapType() || t.lookup("__class__") == null) {
            return false;
        }
        Object c;
        try {
            c = Op.getattr(obj, "__class__");
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return false;
            }
            throw e;
        }
        return c != t && c instanceof PyType ct && ct.isSubtypeOf(this);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        List<PyType> m = mro;
        for (int i = 0, n = m.size(); i < n; i++) {
            if (m.get(i) == other) {
                return true; // identity: List.contains would call equals on each entry
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "<class '" + ("builtins".equals(module) ? "" : module + ".") + qualname + "'>";
    }
}
