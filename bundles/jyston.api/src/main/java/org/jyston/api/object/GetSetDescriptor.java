package org.jyston.api.object;

/**
 * CPython's {@code getset_descriptor}: a data descriptor computed by Java code. A class whose
 * instances gain a dictionary or weak-reference support carries one for {@code __dict__} and one for
 * {@code __weakref__} in its own dictionary, as CPython's classes do.
 */
public final class GetSetDescriptor implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("getset_descriptor");
    private static final TypeRef MEMBER = TypeRef.of("member_descriptor");

    /** Reads the attribute of an instance already checked to be of the owner type. */
    public interface Getter {
        Object get(Object obj);
    }

    /** Writes the attribute; a null value deletes. */
    public interface Setter {
        void set(Object obj, Object value);
    }

    private final String name;
    /** The owner, or null while it is named only ({@link #ownerRef}): a builtin type's spec is made before its type. */
    private final PyType owner;
    private final TypeRef ownerRef;
    private final Getter getter;
    private final Setter setter;
    private final String doc;
    /** Shown as a {@code member_descriptor}: CPython keeps this attribute in a struct field, not a getset. */
    private boolean member;

    public GetSetDescriptor(String name, PyType owner, Getter getter, Setter setter, String doc) {
        this.name = name;
        this.owner = owner;
        this.ownerRef = null;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /** A descriptor for a builtin type's spec, naming its owner. */
    public GetSetDescriptor(String name, String ownerName, Getter getter, Setter setter, String doc) {
        this.name = name;
        this.owner = null;
        this.ownerRef = TypeRef.of(ownerName);
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /** A builtin type's attribute that CPython declares as a struct member ({@code function.__globals__}). */
    public static GetSetDescriptor member(String name, String ownerName, Getter getter, Setter setter, String doc) {
        GetSetDescriptor d = new GetSetDescriptor(name, ownerName, getter, setter, doc);
        d.member = true;
        return d;
    }

    /** {@code __dict__} of a class whose instances have a dictionary. */
    static GetSetDescriptor instanceDict(PyType owner) {
        return new GetSetDescriptor("__dict__", owner, obj -> {
            if (obj instanceof HasDict h && h.allowsDict()) {
                return h.getDict();
            }
            throw Attributes.noAttribute(obj, "__dict__");
        }, Attributes::setInstanceDict, "dictionary for instance variables");
    }

    /** {@code object.__class__}: the type; assignment follows CPython's rules (object's __setattr__ checks them). */
    public static GetSetDescriptor classAttribute() {
        return new GetSetDescriptor("__class__", "object", PyType::of, (obj, value) -> {
            if (obj instanceof PyInstance i && value != null) {
                Attributes.setClass(i, value);
            }
        }, "the object's class");
    }

    /** {@code __weakref__}: Jyston's objects keep no list of weak references, so it reads None. */
    static GetSetDescriptor weakref(PyType owner) {
        return new GetSetDescriptor("__weakref__", owner, obj -> PyNone.None, null,
                "list of weak references to the object");
    }

    @Override
    public PyType getType() {
        return member ? MEMBER.get() : TYPE.get();
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner != null ? owner : ownerRef.get();
    }

    public String doc() {
        return doc;
    }

    /**
     * The getter itself, for a caller that has already proved the instance is of the owner type (an
     * inline cache guarded by the type): {@link #get} without the check.
     */
    public Getter getter() {
        return getter;
    }

    private void check(Object obj) {
        if (!PyType.of(obj).isSubtypeOf(owner())) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner().getName()
                    + "' objects doesn't apply to a '" + Op.typeName(obj) + "' object");
        }
    }

    public Object get(Object obj) {
        check(obj);
        return getter.get(obj);
    }

    /** Sets the value; null deletes. */
    public void set(Object obj, Object value) {
        if (setter == null && member) {
            check(obj);
            throw Errors.raise(Errors.AttributeError, "readonly attribute");
        }
        if (setter == null) {
            throw Errors.raise(Errors.AttributeError, "attribute '" + name + "' of '" + owner().getName()
                    + "' objects is not writable");
        }
        check(obj);
        setter.set(obj, value);
    }

    @Override
    public String toString() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner().getName() + "' objects>";
    }
}
