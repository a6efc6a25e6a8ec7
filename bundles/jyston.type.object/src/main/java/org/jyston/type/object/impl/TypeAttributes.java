package org.jyston.type.object.impl;

import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyMappingProxy;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * The getset and member descriptors of {@code type} ({@code __name__}, {@code __mro__},
 * {@code __flags__}, ...), as CPython keeps them in {@code type.__dict__}. Reading one through a class
 * normally never reaches them: {@code type.__getattribute__} answers the common names first
 * ({@code Attributes.typeGet}), with the same result; they are what a metaclass, {@code dir(type)} and
 * {@code type.__dict__[name].__get__(cls)} see.
 */
final class TypeAttributes {
    private TypeAttributes() {}

    /** Bits of CPython's {@code tp_flags} that Python code reads ({@code inspect.isabstract}, ...). */
    private static final long HEAPTYPE = 1L << 9;
    private static final long BASETYPE = 1L << 10;
    private static final long READY = 1L << 12;
    private static final long HAVE_GC = 1L << 14;
    private static final long MANAGED_DICT = 1L << 4;
    private static final long IS_ABSTRACT = 1L << 20;
    /** The {@code *_SUBCLASS} bits (24..31) and {@code SEQUENCE}/{@code MAPPING}, which subclasses inherit. */
    private static final long INHERITED = 0xFF000000L | (1L << 5) | (1L << 6);

    /**
     * CPython 3.11's (x86-64) basicsize, itemsize, flags, dictoffset and weaklistoffset of builtin
     * types; a builtin type not listed gets plausible values from {@link #builtinDefault}.
     */
    private static final Map<String, long[]> SIZES = Map.ofEntries(
            Map.entry("object", new long[] {16, 0, 0x81500, 0, 0}),
            Map.entry("type", new long[] {904, 40, 0x80085d00L, 264, 368}),
            Map.entry("int", new long[] {24, 4, 0x1481500, 0, 0}),
            Map.entry("bool", new long[] {32, 4, 0x1481100, 0, 0}),
            Map.entry("float", new long[] {24, 0, 0x401500, 0, 0}),
            Map.entry("complex", new long[] {32, 0, 0x1500, 0, 0}),
            Map.entry("str", new long[] {80, 0, 0x10481500, 0, 0}),
            Map.entry("bytes", new long[] {33, 1, 0x8481500, 0, 0}),
            Map.entry("bytearray", new long[] {56, 0, 0x481500, 0, 0}),
            Map.entry("memoryview", new long[] {144, 8, 0x85120, 0, 136}),
            Map.entry("list", new long[] {40, 0, 0x2485520, 0, 0}),
            Map.entry("tuple", new long[] {24, 8, 0x4485520, 0, 0}),
            Map.entry("dict", new long[] {48, 0, 0x20485540, 0, 0}),
            Map.entry("set", new long[] {200, 0, 0x485500, 0, 192}),
            Map.entry("frozenset", new long[] {200, 0, 0x485500, 0, 192}),
            Map.entry("range", new long[] {48, 0, 0x81120, 0, 0}),
            Map.entry("slice", new long[] {40, 0, 0x5100, 0, 0}),
            Map.entry("NoneType", new long[] {16, 0, 0x81100, 0, 0}),
            Map.entry("property", new long[] {64, 0, 0x85500, 0, 0}),
            Map.entry("classmethod", new long[] {32, 0, 0x85500, 24, 0}),
            Map.entry("staticmethod", new long[] {32, 0, 0x85500, 24, 0}),
            Map.entry("super", new long[] {40, 0, 0x5500, 0, 0}),
            Map.entry("BaseException", new long[] {72, 0, 0x40085500L, 16, 0}));

    static void addTo(TypeSpec spec) {
        spec.attribute("__abstractmethods__", new GetSetDescriptor("__abstractmethods__", "type",
                        TypeAttributes::abstractMethods, TypeAttributes::setAbstractMethods, null))
                .attribute("__annotations__", new GetSetDescriptor("__annotations__", "type",
                        TypeAttributes::annotations, TypeAttributes::setAnnotations, null))
                .attribute("__base__", GetSetDescriptor.member("__base__", "type", self -> {
                    PyType b = ((PyType) self).base();
                    return b == null ? PyNone.None : b;
                }, null, null))
                .attribute("__bases__", new GetSetDescriptor("__bases__", "type",
                        self -> PyTuple.of(((PyType) self).getBases().toArray()),
                        (self, v) -> TypeType.setattr((PyType) self, "__bases__", v), null))
                .attribute("__basicsize__", member("__basicsize__", 0))
                .attribute("__itemsize__", member("__itemsize__", 1))
                .attribute("__flags__", member("__flags__", 2))
                .attribute("__dictoffset__", member("__dictoffset__", 3))
                .attribute("__weakrefoffset__", member("__weakrefoffset__", 4))
                .attribute("__dict__", new GetSetDescriptor("__dict__", "type",
                        self -> new PyMappingProxy(((PyType) self).getDict()), null, null))
                .attribute("__module__", new GetSetDescriptor("__module__", "type",
                        self -> ((PyType) self).moduleAttribute(), TypeAttributes::setModule, null))
                .attribute("__mro__", GetSetDescriptor.member("__mro__", "type",
                        self -> PyTuple.of(((PyType) self).getMro().toArray()), null, null))
                .attribute("__name__", new GetSetDescriptor("__name__", "type",
                        self -> ((PyType) self).getSimpleName(),
                        (self, v) -> TypeType.setattr((PyType) self, "__name__", v), null))
                .attribute("__qualname__", new GetSetDescriptor("__qualname__", "type",
                        self -> ((PyType) self).getQualname(),
                        (self, v) -> TypeType.setattr((PyType) self, "__qualname__", v), null))
                .attribute("__text_signature__", new GetSetDescriptor("__text_signature__", "type",
                        self -> textSignature((PyType) self), null, null));
    }

    /**
     * CPython's builtin types have one (object's is {@code "()"}), derived from their docstrings; Jyston
     * gives None for now: {@code inspect.signature} would parse it with {@code ast.parse}, which Jyston's
     * {@code compile()} does not support yet, turning its "no signature" ValueError into a TypeError.
     */
    private static Object textSignature(PyType t) {
        return PyNone.None;
    }

    private static GetSetDescriptor member(String name, int index) {
        return GetSetDescriptor.member(name, "type", self -> sizes((PyType) self)[index], null, null);
    }

    /** CPython's {@code type_abstractmethods}: the class's own entry; {@code type} itself has none. */
    private static Object abstractMethods(Object self) {
        PyType t = (PyType) self;
        Object v = t.getName().equals("type") && !t.isHeapType() ? null : t.getDict().get("__abstractmethods__");
        if (v == null) {
            throw Errors.raise(Errors.AttributeError, "__abstractmethods__");
        }
        return v;
    }

    private static void setAbstractMethods(Object self, Object value) {
        PyType t = (PyType) self;
        immutable(t, "__abstractmethods__");
        if (value == null && !t.getDict().containsKey("__abstractmethods__")) {
            throw Errors.raise(Errors.AttributeError, "__abstractmethods__");
        }
        t.setAttribute("__abstractmethods__", value);
    }

    /** CPython 3.10+: a class's own {@code __annotations__}, made (empty) on first read; builtin types have none. */
    private static Object annotations(Object self) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) {
            throw Errors.attributeError("type object '" + t.getQualname() + "' has no attribute '__annotations__'",
                    t, "__annotations__");
        }
        Object v = t.getDict().get("__annotations__");
        if (v == null) {
            v = new PyDict();
            t.setAttribute("__annotations__", v);
            return v;
        }
        Slot.Ternary get = PyType.of(v).ternary(Slot.GET);
        return get == null ? v : get.apply(v, PyNone.None, t);
    }

    private static void setAnnotations(Object self, Object value) {
        PyType t = (PyType) self;
        immutable(t, "__annotations__");
        if (value == null && !t.getDict().containsKey("__annotations__")) {
            throw Errors.raise(Errors.AttributeError, "__annotations__");
        }
        t.setAttribute("__annotations__", value);
    }

    private static void setModule(Object self, Object value) {
        PyType t = (PyType) self;
        immutable(t, "__module__");
        if (value == null) {
            throw Errors.typeError("cannot delete '__module__' attribute of immutable type '" + t.getName() + "'");
        }
        t.setAttribute("__module__", value);
    }

    private static void immutable(PyType t, String name) {
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
        }
    }

    /** basicsize, itemsize, flags, dictoffset, weaklistoffset, as CPython would have them. */
    static long[] sizes(PyType t) {
        if (!t.isHeapType()) {
            long[] known = SIZES.get(t.getName());
            return known != null ? known : builtinDefault(t);
        }
        PyType base = t.base();
        long[] b = sizes(base);
        int ownSlots = t.instanceSlotCount() - base.instanceSlotCount();
        boolean addWeak = t.instancesHaveCpythonWeakref() && b[4] == 0;
        boolean addDict = t.instancesHaveCpythonDict() && b[3] == 0;
        long basic = b[0] + (addWeak ? 8 : 0) + 8L * Math.max(ownSlots, 0);
        long flags = HEAPTYPE | BASETYPE | READY | HAVE_GC | (b[2] & INHERITED) | (addDict ? MANAGED_DICT : b[2] & MANAGED_DICT);
        Object abs = t.getDict().get("__abstractmethods__");
        if (abs != null && org.jyston.api.object.Op.isTrue(abs)) {
            flags |= IS_ABSTRACT;
        }
        return new long[] {basic, b[1], flags, addDict ? -48 : b[3], addWeak ? b[0] : b[4]};
    }

    private static long[] builtinDefault(PyType t) {
        if (t.has(TypeSpec.Flag.EXCEPTION)) {
            return new long[] {72, 0, 0x40005500L, 16, 0};
        }
        long flags = READY | (1L << 8) | (t.has(TypeSpec.Flag.BASETYPE) ? BASETYPE : 0);
        for (PyType m : t.getMro()) {
            long[] known = m == t ? null : SIZES.get(m.getName());
            if (known != null && !m.isHeapType()) {
                flags |= known[2] & INHERITED;
                break;
            }
        }
        return new long[] {16, 0, flags, 0, 0};
    }
}
