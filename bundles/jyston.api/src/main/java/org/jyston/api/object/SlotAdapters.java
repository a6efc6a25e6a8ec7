package org.jyston.api.object;

/**
 * Special methods written in Python, as slot functions: {@code __add__} defined in a class becomes
 * the class's {@link Slot#ADD}. Plain functions are called with the instance first; other
 * descriptors are bound through {@code __get__} first.
 */
final class SlotAdapters {
    private SlotAdapters() {}

    static Object of(Slot slot, Object method) {
        if (slot == Slot.NEW) {
            return (Slot.Call) (cls, args, kw) -> callStatic(method, (PyType) cls, args, kw);
        }
        switch (slot.shape) {
            case UNARY:
                return (Slot.Unary) self -> callMethod(method, self, new Object[0], null);
            case BINARY:
                return (Slot.Binary) (self, other) -> callMethod(method, self, new Object[] {other}, null);
            case TERNARY:
                return (Slot.Ternary) (self, a, b) -> callMethod(method, self, new Object[] {a, b}, null);
            default:
                return (Slot.Call) (self, args, kw) -> callMethod(method, self, args, kw);
        }
    }

    /** Calls a method found in a class dictionary on {@code self}. */
    static Object callMethod(Object method, Object self, Object[] args, String[] kw) {
        if (method instanceof PyCallable c) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return c.call(all, kw);
        }
        if (method instanceof PySlotWrapper w) {
            // a builtin's special method stored in a class ({@code __hash__ = object.__hash__})
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return w.invoke(all, kw);
        }
        Slot.Ternary get = PyType.of(method).ternary(Slot.GET);
        Object bound = get == null ? method : get.apply(method, self, PyType.of(self));
        return Op.call(bound, args, kw);
    }

    /** {@code __new__}: a static method taking the class first. */
    private static Object callStatic(Object method, PyType cls, Object[] args, String[] kw) {
        Object fn = method;
        Slot.Ternary get = PyType.of(method).ternary(Slot.GET);
        if (!(method instanceof PyCallable) && get != null) {
            fn = get.apply(method, PyNone.None, cls);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        return Op.call(fn, all, kw);
    }

    /** A builtin's {@code __new__} for a subclass: made by the builtin, then wrapped as an instance of the class. */
    static Slot.Call deriving(Slot.Call builtinNew, PyType builtin) {
        if (builtin.has(TypeSpec.Flag.NEW_SEES_SUBCLASS)) {
            return (cls, args, kw) -> Derived.derive((PyType) cls, builtinNew.apply(cls, args, kw));
        }
        return (cls, args, kw) -> Derived.derive((PyType) cls, builtinNew.apply(builtin, args, kw));
    }

    /** A builtin's slot for a subclass whose instances wrap the builtin value: the slot sees the value. */
    static Object unwrapping(Slot slot, Object fn) {
        switch (slot.shape) {
            case UNARY: {
                Slot.Unary f = (Slot.Unary) fn;
                return (Slot.Unary) self -> f.apply(Derived.unwrap(self));
            }
            case BINARY: {
                Slot.Binary f = (Slot.Binary) fn;
                return (Slot.Binary) (self, other) -> f.apply(Derived.unwrap(self), Derived.unwrap(other));
            }
            case TERNARY: {
                Slot.Ternary f = (Slot.Ternary) fn;
                return (Slot.Ternary) (self, a, b) -> f.apply(Derived.unwrap(self), Derived.unwrap(a), Derived.unwrap(b));
            }
            default: {
                Slot.Call f = (Slot.Call) fn;
                return (Slot.Call) (self, args, kw) -> f.apply(Derived.unwrap(self), args, kw);
            }
        }
    }
}
