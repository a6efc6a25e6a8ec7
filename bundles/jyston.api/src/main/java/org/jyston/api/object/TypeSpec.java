package org.jyston.api.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a builtin-type bundle publishes: the type's name, its bases (by name, so that bundles need not
 * see each other), the Java classes that represent its instances, and its special and ordinary
 * methods. The {@link TypeRegistry} turns a spec into a {@link PyType}.
 */
public final class TypeSpec {
    /** Feature flags, as CPython's {@code Py_TPFLAGS_*} that Python code can observe. */
    public enum Flag {
        /** Python classes may subclass this type. */
        BASETYPE,
        /** Instances of this type are exceptions ({@code BaseException} and its subclasses). */
        EXCEPTION,
        /** Not bound by name in {@code builtins} (as {@code NoneType} or {@code function} are not). */
        HIDDEN,
        /**
         * The type promises that the tiers may compute some operations on its kernel
         * representation inline instead of calling its slots, because its slots compute exactly
         * that: for {@code int}, {@code + - * // % & | ^ << >>} and comparisons of two {@code Long}s
         * whose result is a {@code long} (anything else, overflow included, is left to the slots);
         * for {@code float}, {@code + - * /} and comparisons of two {@code Double}s as IEEE 754;
         * for {@code list} and {@code tuple}, reading ({@code list}: and writing) the element of a
         * {@code PyList}/{@code PyTuple} at an in-range {@code int} index. Not observable from Python.
         */
        INLINE_FAST_PATHS,
        /**
         * The type's {@code __new__} receives the class asked for (a Python subclass included) and makes
         * an instance of it itself, with an instance dictionary: a subclass instance is then not a
         * wrapped builtin value ({@code property}, {@code classmethod}, {@code staticmethod}).
         */
        SUBCLASS_NEW,
        /**
         * The type's {@code __new__} makes a builtin value (wrapped for a subclass afterwards) but is
         * told the class asked for, to decide as CPython does by the class (keyword arguments are an
         * error for {@code float}, {@code tuple}, {@code set} ... unless a subclass defines its own
         * {@code __init__}). Without the flag it is given the builtin type itself.
         */
        NEW_SEES_SUBCLASS,
        /**
         * Python code cannot make instances: calling the type raises "cannot create 'X' instances"
         * (CPython's types without {@code tp_new}: builtin functions, descriptors, generators, frames).
         */
        NO_INSTANCES
    }

    private final String name;
    private final List<String> bases = new ArrayList<>();
    private final List<Class<?>> representations = new ArrayList<>();
    private final Map<Slot, Object> slots = new EnumMap<>(Slot.class);
    private final Map<String, Object> methods = new LinkedHashMap<>();
    private final List<Flag> flags = new ArrayList<>();
    private final java.util.Set<Slot> internal = java.util.EnumSet.noneOf(Slot.class);
    private final java.util.Set<Slot> seesInstance = java.util.EnumSet.noneOf(Slot.class);
    private String doc;

    public TypeSpec(String name) {
        this.name = name;
    }

    /** A base by its name in {@code builtins}; none means {@code object} (or no base for {@code object}). */
    public TypeSpec base(String baseName) {
        bases.add(baseName);
        return this;
    }

    /** A Java class whose instances are of this type (and which do not implement {@link PyObject}). */
    public TypeSpec representation(Class<?> cls) {
        representations.add(cls);
        return this;
    }

    public TypeSpec unary(Slot slot, Slot.Unary fn) {
        return slot(slot, Slot.Shape.UNARY, fn);
    }

    public TypeSpec binary(Slot slot, Slot.Binary fn) {
        return slot(slot, Slot.Shape.BINARY, fn);
    }

    public TypeSpec ternary(Slot slot, Slot.Ternary fn) {
        return slot(slot, Slot.Shape.TERNARY, fn);
    }

    public TypeSpec call(Slot slot, Slot.Call fn) {
        return slot(slot, Slot.Shape.CALL, fn);
    }

    private TypeSpec slot(Slot slot, Slot.Shape shape, Object fn) {
        if (slot.shape != shape) {
            throw new IllegalArgumentException(slot + " is " + slot.shape + ", not " + shape);
        }
        slots.put(slot, fn);
        return this;
    }

    /** An entry of the type's dictionary other than a special method (a method, a constant, ...). */
    public TypeSpec attribute(String attrName, Object value) {
        methods.put(attrName, value);
        return this;
    }

    /**
     * Marks a slot the type implements for speed only: it works as usual, but no slot wrapper is put in
     * the type's dictionary, so Python code does not see the method. CPython's containers have no
     * {@code __bool__} (their truth comes from {@code __len__}), yet a direct truth slot saves a call.
     */
    public TypeSpec internal(Slot slot) {
        internal.add(slot);
        return this;
    }

    /** Whether {@code slot} is {@link #internal(Slot) internal}: implemented, not listed in the dictionary. */
    public boolean isInternal(Slot slot) {
        return internal.contains(slot);
    }

    /**
     * Marks a slot that, for a Python subclass of a value type, is given the subclass instance rather
     * than the builtin value inside it (it unwraps for itself, with {@link Derived#unwrap}): the hash of
     * a NaN {@code float} is its instance's identity, as CPython's.
     */
    public TypeSpec seesInstance(Slot slot) {
        seesInstance.add(slot);
        return this;
    }

    /** Whether {@code slot} is given the subclass instance itself ({@link #seesInstance(Slot)}). */
    public boolean isSeesInstance(Slot slot) {
        return seesInstance.contains(slot);
    }

    public TypeSpec flag(Flag flag) {
        flags.add(flag);
        return this;
    }

    public TypeSpec doc(String text) {
        this.doc = text;
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> bases() {
        return Collections.unmodifiableList(bases);
    }

    public List<Class<?>> representations() {
        return Collections.unmodifiableList(representations);
    }

    public Map<Slot, Object> slots() {
        return Collections.unmodifiableMap(slots);
    }

    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(methods);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public String doc() {
        return doc;
    }
}
