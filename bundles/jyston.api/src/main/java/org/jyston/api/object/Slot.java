package org.jyston.api.object;

/**
 * The one table of special methods. Each constant names the Python method, its calling shape, and
 * for binary operators the symbol used in error messages and the reflected partner. Type creation,
 * operator dispatch and (later) subclass overrides are all driven from here.
 */
public enum Slot {
    // unary: self -> object
    REPR("__repr__", Shape.UNARY), STR("__str__", Shape.UNARY), HASH("__hash__", Shape.UNARY),
    BOOL("__bool__", Shape.UNARY), LEN("__len__", Shape.UNARY), INDEX("__index__", Shape.UNARY),
    INT("__int__", Shape.UNARY), FLOAT("__float__", Shape.UNARY), ITER("__iter__", Shape.UNARY),
    NEXT("__next__", Shape.UNARY),
    /** A heap type's finalizer; only instances of classes that define it pay for finalization. */
    DEL("__del__", Shape.UNARY),
    NEG("__neg__", Shape.UNARY, "unary -"), POS("__pos__", Shape.UNARY, "unary +"),
    INVERT("__invert__", Shape.UNARY, "unary ~"), ABS("__abs__", Shape.UNARY, "abs()"),

    // binary arithmetic: (self, other) -> object or NotImplemented; reflected partners follow
    ADD("__add__", "+"), RADD("__radd__", "+"), SUB("__sub__", "-"), RSUB("__rsub__", "-"),
    MUL("__mul__", "*"), RMUL("__rmul__", "*"), MATMUL("__matmul__", "@"), RMATMUL("__rmatmul__", "@"),
    TRUEDIV("__truediv__", "/"), RTRUEDIV("__rtruediv__", "/"),
    FLOORDIV("__floordiv__", "//"), RFLOORDIV("__rfloordiv__", "//"), MOD("__mod__", "%"), RMOD("__rmod__", "%"),
    DIVMOD("__divmod__", "divmod()"), RDIVMOD("__rdivmod__", "divmod()"),
    POW("__pow__", "** or pow()"), RPOW("__rpow__", "** or pow()"),
    LSHIFT("__lshift__", "<<"), RLSHIFT("__rlshift__", "<<"), RSHIFT("__rshift__", ">>"),
    RRSHIFT("__rrshift__", ">>"), AND("__and__", "&"), RAND("__rand__", "&"), XOR("__xor__", "^"),
    RXOR("__rxor__", "^"), OR("__or__", "|"), ROR("__ror__", "|"),

    // rich comparison: (self, other) -> object or NotImplemented
    LT("__lt__", "<"), LE("__le__", "<="), EQ("__eq__", "=="), NE("__ne__", "!="), GT("__gt__", ">"),
    GE("__ge__", ">="),

    // in-place operators: (self, other) -> result or NotImplemented; the binary slot is the fallback
    IADD("__iadd__", "+="), ISUB("__isub__", "-="), IMUL("__imul__", "*="), IMATMUL("__imatmul__", "@="),
    ITRUEDIV("__itruediv__", "/="), IFLOORDIV("__ifloordiv__", "//="), IMOD("__imod__", "%="),
    IPOW("__ipow__", "**="), ILSHIFT("__ilshift__", "<<="), IRSHIFT("__irshift__", ">>="), IAND("__iand__", "&="),
    IXOR("__ixor__", "^="), IOR("__ior__", "|="),

    // containers and attributes
    GETITEM("__getitem__", Shape.BINARY), CONTAINS("__contains__", Shape.BINARY),
    SETITEM("__setitem__", Shape.TERNARY), DELITEM("__delitem__", Shape.BINARY),
    GETATTRIBUTE("__getattribute__", Shape.BINARY), GETATTR("__getattr__", Shape.BINARY),
    SETATTR("__setattr__", Shape.TERNARY), DELATTR("__delattr__", Shape.BINARY),
    FORMAT("__format__", Shape.BINARY),

    // descriptors: __get__(self, instance, owner), __set__(self, instance, value), __delete__(self, instance)
    GET("__get__", Shape.TERNARY), SET("__set__", Shape.TERNARY), DELETE("__delete__", Shape.BINARY),

    // calls: (self, args, kwnames) -> object; args holds keyword values last, named by kwnames
    CALL("__call__", Shape.CALL), INIT("__init__", Shape.CALL),
    /** {@code __new__(type, args, kwnames)}: first argument is the type being instantiated. */
    NEW("__new__", Shape.CALL);

    /** How a slot is called, and so which functional interface implements it. */
    public enum Shape { UNARY, BINARY, TERNARY, CALL }

    /** {@code self -> result}. */
    @FunctionalInterface
    public interface Unary {
        Object apply(Object self);
    }

    /** {@code (self, other) -> result}. */
    @FunctionalInterface
    public interface Binary {
        Object apply(Object self, Object other);
    }

    /** {@code (self, a, b) -> result}. */
    @FunctionalInterface
    public interface Ternary {
        Object apply(Object self, Object a, Object b);
    }

    /** {@code (self, args, kwnames) -> result}; {@code kwnames} may be null when there are none. */
    @FunctionalInterface
    public interface Call {
        Object apply(Object self, Object[] args, String[] kwnames);
    }

    public final String methodName;
    public final Shape shape;
    /** The operator as it appears in CPython's "unsupported operand" messages, or null. */
    public final String symbol;
    private Slot reflected;
    private Slot swapped;
    private Slot binaryOf;

    Slot(String methodName, Shape shape) {
        this(methodName, shape, null);
    }

    Slot(String methodName, Shape shape, String symbol) {
        this.methodName = methodName;
        this.shape = shape;
        this.symbol = symbol;
    }

    Slot(String methodName, String symbol) {
        this(methodName, Shape.BINARY, symbol);
    }

    static {
        Slot[] binops = {ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, DIVMOD, POW, LSHIFT, RSHIFT, AND, XOR, OR};
        for (Slot s : binops) {
            Slot r = values()[s.ordinal() + 1];
            s.reflected = r;
            r.reflected = s;
        }
        Slot[] inplace = {IADD, ISUB, IMUL, IMATMUL, ITRUEDIV, IFLOORDIV, IMOD, IPOW, ILSHIFT, IRSHIFT, IAND, IXOR, IOR};
        Slot[] plain = {ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, XOR, OR};
        for (int i = 0; i < inplace.length; i++) {
            inplace[i].binaryOf = plain[i];
        }
        pair(LT, GT);
        pair(LE, GE);
        pair(EQ, EQ);
        pair(NE, NE);
    }

    private static void pair(Slot a, Slot b) {
        a.swapped = b;
        b.swapped = a;
    }

    /** For {@code __add__} this is {@code __radd__} and vice versa; null for non-arithmetic slots. */
    public Slot reflected() {
        return reflected;
    }

    /** For a comparison, the one tried on the right operand: {@code __lt__} gives {@code __gt__}. */
    public Slot swapped() {
        return swapped;
    }

    /** For an in-place slot ({@code __iadd__}), the binary one it falls back to ({@code __add__}). */
    public Slot binaryFallback() {
        return binaryOf;
    }

    public boolean isComparison() {
        return swapped != null;
    }
}
