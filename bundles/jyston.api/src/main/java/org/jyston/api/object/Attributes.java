package org.jyston.api.object;

/**
 * The generic attribute protocol: {@code object.__getattribute__}, {@code __setattr__} and
 * {@code __delattr__}, and {@code type}'s versions of them. Data descriptors on the type win over
 * the instance dictionary, which wins over other attributes of the type.
 */
public final class Attributes {
    private Attributes() {}

    public static PyException noAttribute(Object obj, String name) {
        return Errors.attributeError("'" + Op.typeName(obj) + "' object has no attribute '" + name + "'", obj, name);
    }

    /** {@code object.__getattribute__(obj, name)}. */
    public static Object genericGet(Object obj, String name) {
        PyType t = PyType.of(obj);
        PyType owner = t.lookupOwner(name);
        Object descr = owner == null ? null : owner.getDict().get(name);
        Slot.Ternary get = null;
        if (descr != null) {
            PyType dt = PyType.of(descr);
            get = dt.ternary(Slot.GET);
            if (get != null && (dt.ternary(Slot.SET) != null || dt.binary(Slot.DELETE) != null)) {
                return get.apply(descr, obj, t);
            }
        }
        if (name.equals("__class__")) {
            return t;
        }
        if (obj instanceof PyInstance inst) {
            if (inst.allowsDict()) {
                if (name.equals("__dict__")) {
                    return inst.getDict();
                }
                Object v = inst.getAttribute(name);
                if (v != null) {
                    return v;
                }
            }
        } else if (obj instanceof HasDict h && h.allowsDict()) {
            if (name.equals("__dict__")) {
                return h.getDict();
            }
            PyDict d = h.getDictIfPresent();
            if (d != null) {
                Object v = d.get(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (descr != null) {
            if (get != null) {
                return get.apply(descr, obj, t);
            }
            if (descr instanceof PyBuiltinFunction bf && bf.isClassMethod()) {
                return new PyMethod(t, descr);
            }
            if (descr instanceof PyBuiltinFunction && !owner.isHeapType()) {
                // a method of a builtin type; a subclass instance wrapping a value passes the value
                return new PyMethod(owner.getName().equals("object") ? obj : Derived.unwrap(obj), descr);
            }
            if (descr instanceof PySlotWrapper) {
                return new PyMethod(obj, descr); // a method-wrapper: the wrapper unwraps a derived value itself
            }
            return descr;
        }
        throw noAttribute(obj, name);
    }

    /** {@code object.__setattr__(obj, name, value)}; a null value deletes. */
    public static void genericSet(Object obj, String name, Object value) {
        PyType t = PyType.of(obj);
        Object descr = t.lookup(name);
        if (descr != null) {
            PyType dt = PyType.of(descr);
            if (value != null && dt.ternary(Slot.SET) != null) {
                dt.ternary(Slot.SET).apply(descr, obj, value);
                return;
            }
            if (value == null && dt.binary(Slot.DELETE) != null) {
                dt.binary(Slot.DELETE).apply(descr, obj);
                return;
            }
        }
        if (name.equals("__class__") && obj instanceof PyInstance inst) {
            setClass(inst, value);
            return;
        }
        if (obj instanceof PyInstance inst && inst.allowsDict()) {
            if (name.equals("__dict__")) {
                setInstanceDict(obj, value);
                return;
            }
            if (value != null) {
                inst.putAttribute(name, value);
                return;
            }
            if (inst.removeAttribute(name)) {
                return;
            }
            throw noAttribute(obj, name);
        }
        if (obj instanceof HasDict h && h.allowsDict()) {
            if (value != null) {
                h.getDict().put(name, value);
                return;
            }
            PyDict d = h.getDictIfPresent();
            if (d != null && d.remove(name) != null) {
                return;
            }
            throw noAttribute(obj, name);
        }
        if (descr != null) {
            throw Errors.raise(Errors.AttributeError, "'" + t.getName() + "' object attribute '" + name
                    + "' is read-only");
        }
        throw noAttribute(obj, name);
    }

    /** {@code obj.__dict__ = value} (null: {@code del obj.__dict__}) for an instance of a user class. */
    static void setInstanceDict(Object obj, Object value) {
        if (!(obj instanceof PyInstance inst && inst.allowsDict())) {
            throw Errors.raise(Errors.AttributeError, "attribute '__dict__' of '" + Op.typeName(obj)
                    + "' objects is not writable");
        }
        if (value == null) {
            inst.setDict(new PyDict()); // CPython 3.11 leaves a fresh, empty dictionary
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Op.typeName(value) + "'");
        }
        inst.setDict(d);
    }

    /**
     * Assignment to {@code __class__} of an instance of a user class: the new class must be a user
     * class whose instances have the same layout (same {@code __slots__} cells, a dictionary or not).
     * The instance keeps its attribute storage, whatever layout strategy either class recorded.
     */
    static void setClass(PyInstance inst, Object value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType nt)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Op.typeName(value) + "' object");
        }
        PyType old = inst.getType();
        if (!nt.isHeapType()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!nt.solidBase().getName().equals("object")
                || nt.instanceSlotCount() != old.instanceSlotCount()
                || nt.instancesHaveDict() != old.instancesHaveDict()) {
            throw Errors.typeError("__class__ assignment: '" + nt.getName() + "' object layout differs from '"
                    + old.getName() + "'");
        }
        inst.setType(nt);
    }

    /** {@code type.__getattribute__(cls, name)}: the metatype's data descriptors, then the class's MRO. */
    public static Object typeGet(Object obj, String name) {
        PyType type = (PyType) obj;
        PyType meta = PyType.of(type);
        if (!meta.isHeapType()) {
            // the metatype is type itself: its descriptors for these names are known, answer directly
            Object special = typeSpecial(type, name);
            if (special != null) {
                return special;
            }
        }
        Object metaDescr = meta.lookup(name);
        Slot.Ternary metaGet = null;
        if (metaDescr != null) {
            PyType mdt = PyType.of(metaDescr);
            metaGet = mdt.ternary(Slot.GET);
            if (metaGet != null && (mdt.ternary(Slot.SET) != null || mdt.binary(Slot.DELETE) != null)) {
                return metaGet.apply(metaDescr, type, meta);
            }
        }
        if (meta.isHeapType()) {
            Object special = typeSpecial(type, name);
            if (special != null) {
                return special;
            }
        }
        Object v = type.lookup(name);
        if (v instanceof PyBuiltinFunction bf && bf.isClassMethod()) {
            return new PyMethod(type, v);
        }
        if (v != null) {
            Slot.Ternary get = PyType.of(v).ternary(Slot.GET);
            if (get != null) {
                return get.apply(v, PyNone.None, type);
            }
            return v;
        }
        if (metaDescr != null) {
            if (metaGet != null) {
                return metaGet.apply(metaDescr, type, meta);
            }
            if (metaDescr instanceof PyBuiltinFunction) {
                return new PyMethod(type, metaDescr); // a method of the metatype, such as type.mro
            }
            return metaDescr;
        }
        throw Errors.attributeError("type object '" + type.getQualname() + "' has no attribute '" + name + "'", type,
                name);
    }

    /**
     * What {@code type}'s own descriptors answer for the names read most often ({@code __name__},
     * {@code __mro__}, ...): a switch instead of a dictionary lookup and a descriptor call.
     */
    private static Object typeSpecial(PyType type, String name) {
        switch (name) {
            case "__name__":
                return type.getSimpleName();
            case "__qualname__":
                return type.getQualname();
            case "__module__":
                return type.moduleAttribute();
            case "__bases__":
                return PyTuple.of(type.getBases().toArray());
            case "__base__":
                return type.getBases().isEmpty() ? PyNone.None : type.base();
            case "__mro__":
                return PyTuple.of(type.getMro().toArray());
            case "__class__":
                return PyType.of(type); // object's __class__ descriptor, found through the metatype
            case "__dict__":
                return new PyMappingProxy(type.getDict());
            case "__doc__": {
                Object doc = type.getDict().get("__doc__");
                return doc == null ? PyNone.None : doc;
            }
            default:
                return null;
        }
    }

    /** {@code type.__setattr__(cls, name, value)}; a null value deletes. */
    public static void typeSet(Object obj, String name, Object value) {
        PyType type = (PyType) obj;
        if (!type.isHeapType()) {
            // CPython refuses any change to an immutable type before it looks for a descriptor
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.getName() + "'");
        }
        PyType meta = PyType.of(type);
        Object metaDescr = meta.lookup(name);
        if (metaDescr != null) {
            PyType mdt = PyType.of(metaDescr);
            if (value != null && mdt.ternary(Slot.SET) != null) {
                mdt.ternary(Slot.SET).apply(metaDescr, type, value);
                return;
            }
            if (value == null && mdt.binary(Slot.DELETE) != null) {
                mdt.binary(Slot.DELETE).apply(metaDescr, type);
                return;
            }
        }
        type.setAttribute(name, value);
    }
}
