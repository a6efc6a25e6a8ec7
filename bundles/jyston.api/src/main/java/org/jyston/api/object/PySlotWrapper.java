package org.jyston.api.object;

/**
 * A special method seen as an attribute of its type ({@code int.__add__}): CPython's
 * {@code wrapper_descriptor}.
 */
public final class PySlotWrapper implements PyObject {
    private static final TypeRef TYPE = TypeRef.of("wrapper_descriptor");

    private final PyType owner;
    private final Slot slot;
    private final Object fn;

    PySlotWrapper(PyType owner, Slot slot, Object fn) {
        this.owner = owner;
        this.slot = slot;
        this.fn = fn;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    public PyType owner() {
        return owner;
    }

    public Slot slot() {
        return slot;
    }

    /** Calls the slot with {@code self} as first argument, as {@code int.__add__(1, 2)} does. */
    public Object invoke(Object[] args, String[] kwnames) {
        String n = slot.methodName;
        if (args.length == 0) {
            throw Errors.typeError("descriptor '" + n + "' of '" + owner.getName() + "' object needs an argument");
        }
        Object self = args[0];
        if (slot == Slot.NEW) {
            return invokeNew(args, kwnames);
        }
        if (!PyType.of(self).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + n + "' requires a '" + owner.getName()
                    + "' object but received a '" + PyType.of(self).getName() + "'");
        }
        if (!owner.getName().equals("object")) {
            self = Derived.unwrap(self); // a subclass instance of int, str, ...: the slot sees the value
        }
        int given = args.length - 1;
        switch (slot.shape) {
            case UNARY:
                expect(n, 0, given);
                return ((Slot.Unary) fn).apply(self);
            case BINARY:
                expect(n, 1, given);
                return ((Slot.Binary) fn).apply(self, args[1]);
            case TERNARY:
                if (slot == Slot.GET) {
                    return invokeGet((Slot.Ternary) fn, self, args, given);
                }
                expect(n, 2, given);
                return ((Slot.Ternary) fn).apply(self, args[1], args[2]);
            default:
                Object[] rest = new Object[given];
                System.arraycopy(args, 1, rest, 0, given);
                return ((Slot.Call) fn).apply(self, rest, kwnames);
        }
    }

    /**
     * {@code T.__new__(cls, ...)}: {@code cls} must be a subtype of {@code T}; a builtin whose
     * {@code __new__} does not make subclass instances itself has its result wrapped for {@code cls}.
     */
    private Object invokeNew(Object[] args, String[] kwnames) {
        String n = owner.getName();
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError(n + ".__new__(X): X is not a type object (" + Op.typeName(args[0]) + ")");
        }
        if (!cls.isSubtypeOf(owner)) {
            throw Errors.typeError(n + ".__new__(" + cls.getName() + "): " + cls.getName() + " is not a subtype of "
                    + n);
        }
        if (cls != owner && !cls.isHeapType() && !cls.has(TypeSpec.Flag.EXCEPTION) && cls.ownsSlot(Slot.NEW)) {
            // CPython's tp_new_wrapper: a builtin with its own __new__ is made by it, never by a base's
            throw Errors.typeError(n + ".__new__(" + cls.getName() + ") is not safe, use " + cls.getName()
                    + ".__new__()");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        boolean makesOwn = n.equals("object") || n.equals("type") || owner.has(TypeSpec.Flag.EXCEPTION)
                || owner.has(TypeSpec.Flag.SUBCLASS_NEW)
                || !cls.isHeapType();
        if (makesOwn) {
            return ((Slot.Call) fn).apply(cls, rest, kwnames);
        }
        PyType given = owner.has(TypeSpec.Flag.NEW_SEES_SUBCLASS) ? cls : owner;
        return Derived.derive(cls, ((Slot.Call) fn).apply(given, rest, kwnames));
    }

    /** {@code __get__(inst[, owner])}: the owner may be left out; both may not be None. */
    private static Object invokeGet(Slot.Ternary get, Object self, Object[] args, int given) {
        if (given < 1 || given > 2) {
            throw Errors.typeError(" expected " + (given < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + given);
        }
        Object inst = args[1];
        Object owner = given == 2 ? args[2] : PyNone.None;
        if (inst == PyNone.None && owner == PyNone.None) {
            throw Errors.typeError("__get__(None, None) is invalid");
        }
        return get.apply(self, inst, owner);
    }

    private static void expect(String name, int n, int given) {
        if (n != given) {
            throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + given);
        }
    }

    @Override
    public String toString() {
        return "<slot wrapper '" + slot.methodName + "' of '" + owner.getName() + "' objects>";
    }
}
