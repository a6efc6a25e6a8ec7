package org.jyston.api.object;

/**
 * Instances of classes that subclass a builtin type other than {@code object}: they keep the
 * builtin's representation (a {@link PyList} stays a PyList for the list type's code) and add their
 * class and an attribute dictionary. Builtin values represented by final Java classes ({@code int}
 * as Long, {@code str} as String, ...) are wrapped in {@link Value}; the builtin's slots receive the
 * wrapped value.
 */
public final class Derived {
    private Derived() {}

    /** An instance of a subclass of int, float, str, ...: the builtin value and its class. */
    public static final class Value implements PyObject, HasDict, SlotStorage {
        private final PyType type;
        private final Object value;
        private PyDict dict;
        private Object[] slots;

        @Override
        public synchronized Object[] slotValues(int size) {
            if (slots == null) {
                slots = new Object[size];
            }
            return slots;
        }

        public Value(PyType type, Object value) {
            this.type = type;
            this.value = value;
        }

        @Override
        public PyType getType() {
            return type;
        }

        /** The builtin value (a Long for an int subclass, a String for a str subclass, ...). */
        public Object value() {
            return value;
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
        public String toString() {
            return String.valueOf(value);
        }
    }

    /** The builtin value of a derived instance, or the object itself. */
    public static Object unwrap(Object o) {
        return o instanceof Value v ? v.value() : o;
    }

    public static final class List extends PyList implements InstanceState.Holder {
        private final PyType type;
        private final InstanceState d = new InstanceState();

        public List(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public InstanceState state() {
            return d;
        }
    }

    public static final class Dict extends PyDict implements InstanceState.Holder {
        private final PyType type;
        private final InstanceState d = new InstanceState();

        public Dict(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public InstanceState state() {
            return d;
        }
    }

    public static final class Set extends PySet implements InstanceState.Holder {
        private final PyType type;
        private final InstanceState d = new InstanceState();

        public Set(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public InstanceState state() {
            return d;
        }
    }

    public static final class FrozenSet extends PyFrozenSet implements InstanceState.Holder {
        private final PyType type;
        private final InstanceState d = new InstanceState();

        public FrozenSet(PyType type, PyDict members) {
            super(members);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public InstanceState state() {
            return d;
        }
    }

    public static final class Tuple extends PyTuple implements InstanceState.Holder {
        private final PyType type;
        private final InstanceState d = new InstanceState();

        public Tuple(PyType type, Object[] items) {
            super(items);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public InstanceState state() {
            return d;
        }
    }

    /** The derived instance of {@code cls} holding what the builtin's {@code __new__} made. */
    static Object derive(PyType cls, Object made) {
        if (made instanceof PyObject) {
            return made; // the builtin already made an instance of cls (object, exceptions, type)
        }
        if (made instanceof PyList l) {
            List d = new List(cls);
            d.setAll(l.toArray());
            return d;
        }
        if (made instanceof PyDict m) {
            Dict d = new Dict(cls);
            for (Object k : m.keys()) {
                d.put(k, m.get(k));
            }
            return d;
        }
        if (made instanceof PyFrozenSet fs) {
            return new FrozenSet(cls, fs.members().copy());
        }
        if (made instanceof PySet s) {
            Set d = new Set(cls);
            for (Object o : s.toArray()) {
                d.add(o);
            }
            return d;
        }
        if (made instanceof PyTuple t) {
            return new Tuple(cls, t.toArray());
        }
        return new Value(cls, made);
    }
}
