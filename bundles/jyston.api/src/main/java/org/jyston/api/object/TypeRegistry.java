package org.jyston.api.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open table of builtin types: specs come and go as type bundles start and stop. Java classes
 * are mapped to their Python type through a {@link ClassValue}, so {@code type(x)} for a
 * {@code Long} is a single lookup; unregistering a type clears those entries so a stopped bundle's
 * classes are not held.
 */
public final class TypeRegistry {
    private static final Map<String, PyType> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<Class<?>, PyType> BY_CLASS = new ConcurrentHashMap<>();
    private static volatile int generation;
    /** Whether the types of {@code Long} and {@code Double} values allow inline arithmetic now. */
    private static volatile boolean longsInline;
    private static volatile boolean doublesInline;
    private static volatile boolean listsInline;
    private static volatile boolean tuplesInline;
    /**
     * The registered types of the commonest representation classes (null while none is), read by
     * {@link PyType#of} before anything else: a class compare and a field read instead of an
     * interface test and a {@link ClassValue} lookup on every operation.
     */
    static volatile PyType longType;
    static volatile PyType doubleType;
    static volatile PyType stringType;
    static volatile PyType booleanType;
    static volatile PyType listType;
    static volatile PyType tupleType;
    /**
     * Representation classes of types that were unregistered, with the type's name, so that a value
     * outliving its type's bundle fails with a message about the Python type. Weak keys: the map
     * does not keep a stopped bundle's classes.
     */
    private static final Map<Class<?>, String> DEPARTED = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static final ClassValue<PyType> CLASS_TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> cls) {
            for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
                PyType t = BY_CLASS.get(c);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
    };

    private TypeRegistry() {}

    /**
     * Makes a type from its spec. Its bases must be registered already.
     *
     * @throws IllegalStateException if the name or a representation class is taken, or a base is missing
     */
    public static synchronized PyType register(TypeSpec spec) {
        if (BY_NAME.containsKey(spec.name())) {
            throw new IllegalStateException("builtin type '" + spec.name() + "' is already registered");
        }
        List<PyType> bases = new ArrayList<>();
        List<String> baseNames = spec.bases().isEmpty() && !spec.name().equals("object")
                ? List.of("object") : spec.bases();
        for (String b : baseNames) {
            PyType base = BY_NAME.get(b);
            if (base == null) {
                throw new IllegalStateException("base '" + b + "' of '" + spec.name() + "' is not registered");
            }
            bases.add(base);
        }
        for (Class<?> c : spec.representations()) {
            if (BY_CLASS.containsKey(c)) {
                throw new IllegalStateException(c.getName() + " already represents '" + BY_CLASS.get(c).getName() + "'");
            }
        }
        PyType type = new PyType(spec, bases);
        BY_NAME.put(spec.name(), type);
        for (Class<?> c : spec.representations()) {
            BY_CLASS.put(c, type);
            CLASS_TYPES.remove(c);
            DEPARTED.remove(c);
        }
        generation++;
        refreshInline();
        return type;
    }

    /** Forgets a type, and every cached mapping of its representation classes. */
    public static synchronized void unregister(PyType type) {
        if (BY_NAME.get(type.getName()) != type) {
            return;
        }
        BY_NAME.remove(type.getName());
        for (Class<?> c : type.spec().representations()) {
            BY_CLASS.remove(c);
            CLASS_TYPES.remove(c);
            DEPARTED.put(c, type.getName());
        }
        generation++;
        refreshInline();
    }

    private static void refreshInline() {
        PyType l = BY_CLASS.get(Long.class);
        PyType d = BY_CLASS.get(Double.class);
        longsInline = l != null && l.spec().has(TypeSpec.Flag.INLINE_FAST_PATHS);
        doublesInline = d != null && d.spec().has(TypeSpec.Flag.INLINE_FAST_PATHS);
        PyType li = BY_CLASS.get(PyList.class);
        PyType tu = BY_CLASS.get(PyTuple.class);
        listsInline = li != null && li.spec().has(TypeSpec.Flag.INLINE_FAST_PATHS);
        tuplesInline = tu != null && tu.spec().has(TypeSpec.Flag.INLINE_FAST_PATHS);
        longType = l;
        doubleType = d;
        stringType = BY_CLASS.get(String.class);
        booleanType = BY_CLASS.get(Boolean.class);
        listType = li;
        tupleType = tu;
    }

    /** As {@link #longsInline()}, for indexing a {@code PyList} by the registered {@code list}. */
    public static boolean listsInline() {
        return listsInline;
    }

    /** As {@link #longsInline()}, for indexing a {@code PyTuple} by the registered {@code tuple}. */
    public static boolean tuplesInline() {
        return tuplesInline;
    }

    /**
     * Whether two {@code Long} operands may be combined inline (see {@link TypeSpec.Flag#INLINE_FAST_PATHS}):
     * true while the registered {@code int} says so. A type bundle swapped in without the flag turns it off
     * for every running node at once.
     */
    public static boolean longsInline() {
        return longsInline;
    }

    /** As {@link #longsInline()}, for two {@code Double} operands and the registered {@code float}. */
    public static boolean doublesInline() {
        return doublesInline;
    }

    /** Whether all the bases a spec names are present, so {@link #register} can take it now. */
    public static boolean canRegister(TypeSpec spec) {
        for (String b : spec.bases()) {
            if (!BY_NAME.containsKey(b)) {
                return false;
            }
        }
        return spec.name().equals("object") || !spec.bases().isEmpty() || BY_NAME.containsKey("object");
    }

    public static PyType byName(String name) {
        return BY_NAME.get(name);
    }

    /** The builtin types registered now, by name. */
    public static Map<String, PyType> all() {
        return Map.copyOf(BY_NAME);
    }

    /** Increases whenever a type comes or goes; {@link TypeRef} revalidates on a change. */
    public static int generation() {
        return generation;
    }

    static PyType typeOfClass(Class<?> cls) {
        PyType t = CLASS_TYPES.get(cls);
        if (t == null) {
            CLASS_TYPES.remove(cls); // do not keep the negative answer: its bundle may start later
            // A value whose type's bundle is no longer active: a Python error naming the Python type.
            for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
                String gone = DEPARTED.get(c);
                if (gone != null) {
                    throw Errors.typeError("the type '" + gone + "' of this object is no longer available "
                            + "(the bundle that provided it was stopped)");
                }
            }
            throw Errors.systemError("an object of a Java class that has no Python type: " + cls.getSimpleName());
        }
        return t;
    }
}
