package org.jyston.api.object;

/**
 * The abstract object protocol: what the interpreter, the builtins and every type bundle call to
 * operate on objects they do not know. Each operation dispatches through the slot table of the
 * operands' types, with CPython's rules for reflected operands and {@code NotImplemented}.
 */
public final class Op {
    private static final Object NI = PyNotImplemented.NotImplemented;

    private Op() {}

    public static String typeName(Object o) {
        return PyType.of(o).getName();
    }

    // ---- text

    public static String repr(Object o) {
        Slot.Unary f = PyType.of(o).unary(Slot.REPR);
        Object r = f.apply(o);
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        Slot.Unary f = PyType.of(o).unary(Slot.STR);
        Object r = f == null ? repr(o) : f.apply(o);
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError("__str__ returned non-string (type " + typeName(r) + ")");
    }

    // ---- truth and hashing

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == PyNone.None) {
            return false;
        }
        PyType t = PyType.of(o);
        Slot.Unary f = t.unary(Slot.BOOL);
        if (f != null) {
            Object r = f.apply(o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        if (t.unary(Slot.LEN) != null) {
            return len(o) != 0;
        }
        return true;
    }

    // ---- operators

    /**
     * {@code a <op> b} for an arithmetic or bitwise slot: the left operand's method, then the right
     * operand's reflected one; a right operand whose type is a proper subtype overriding the
     * reflected method goes first.
     */
    public static Object binary(Slot op, Object a, Object b) {
        return binary(op, a, b, op.symbol);
    }

    /** As {@link #binary(Slot, Object, Object)}, naming {@code symbol} in the error (for {@code +=}). */
    private static Object binary(Slot op, Object a, Object b, String symbol) {
        PyType lt = PyType.of(a);
        PyType rt = PyType.of(b);
        Slot rop = op.reflected();
        Slot.Binary lf = lt.binary(op);
        Slot.Binary rf = rt == lt ? null : rt.binary(rop);
        if (rf != null && rt.isSubtypeOf(lt) && rf != lt.binary(rop) && rt.slotIdentity(rop) != lt.slotIdentity(rop)) {
            Object r = rf.apply(b, rt.isHeapType() ? a : Derived.unwrap(a));
            if (r != NI) {
                return r;
            }
            rf = null;
        }
        if (lf != null) {
            // a builtin's slot sees the value of a subclass instance on the other side (but str's
            // % formats the argument object itself: a str subclass's own __str__ must be seen)
            Object r = lf.apply(a, lt.isHeapType() || (op == Slot.MOD && a instanceof String) ? b : Derived.unwrap(b));
            if (r != NI) {
                return r;
            }
        }
        if (rf != null) {
            Object r = rf.apply(b, rt.isHeapType() ? a : Derived.unwrap(a));
            if (r != NI) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + lt.getName()
                + "' and '" + rt.getName() + "'");
    }

    /** Rich comparison with CPython's fallbacks: identity for {@code ==} and {@code !=}, else TypeError. */
    public static Object compare(Slot op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && TypeRegistry.longsInline()) {
            return compareLongs(op, x, y);
        }
        if (a instanceof Double x && b instanceof Double y && TypeRegistry.doublesInline()) {
            return compareDoubles(op, x, y);
        }
        PyType lt = PyType.of(a);
        PyType rt = PyType.of(b);
        Slot sw = op.swapped();
        // unlike arithmetic, a comparison tries a subclass's reflected method first even if inherited
        boolean rightFirst = rt != lt && rt.isSubtypeOf(lt) && rt.binary(sw) != null;
        if (rightFirst) {
            Object r = rt.binary(sw).apply(b, a);
            if (r != NI) {
                return r;
            }
        }
        Slot.Binary lf = lt.binary(op);
        if (lf != null) {
            Object r = lf.apply(a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!rightFirst) {
            Slot.Binary rf = rt.binary(sw);
            if (rf != null) {
                Object r = rf.apply(b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        switch (op) {
            case EQ:
                return a == b;
            case NE:
                return a != b;
            default:
                throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + lt.getName()
                        + "' and '" + rt.getName() + "'");
        }
    }

    /** What int's own comparison answers, without its dispatch (the registered int allows inlining). */
    private static Boolean compareLongs(Slot op, long x, long y) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case GT: return x > y;
            case GE: return x >= y;
            case EQ: return x == y;
            default: return x != y;
        }
    }

    /** As {@link #compareLongs}, for two floats (IEEE comparisons are Python's, NaN included). */
    private static Boolean compareDoubles(Slot op, double x, double y) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case GT: return x > y;
            case GE: return x >= y;
            case EQ: return x == y;
            default: return x != y;
        }
    }

    /** A unary operator ({@code -x}, {@code +x}, {@code ~x}, {@code abs(x)}). */
    public static Object unary(Slot op, Object o) {
        Slot.Unary f = PyType.of(o).unary(op);
        if (f == null) {
            throw Errors.typeError("bad operand type for " + op.symbol + ": '" + typeName(o) + "'");
        }
        return f.apply(o);
    }

    // ---- calls

    private static final Object[] NO_ARGS = new Object[0];

    /** {@code callable(*args)} with keyword values last in {@code args}, named by {@code kwnames}. */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        PyType t;
        if (callable instanceof PyType ty) {
            t = ty.getType(); // a class (ValueError(i)): a class test before the interface tests
        } else if (callable instanceof PyCallable f) {
            return f.call(args, kwnames);
        } else {
            t = PyType.of(callable);
        }
        Slot.Call f = t.call(Slot.CALL);
        if (f == null) {
            throw Errors.typeError("'" + typeName(callable) + "' object is not callable");
        }
        return f.apply(callable, args, kwnames);
    }

    public static Object call(Object callable, Object... args) {
        return call(callable, args.length == 0 ? NO_ARGS : args, null);
    }

    // ---- hashing and equality, as dict and set use them

    /**
     * {@code hash(o)} as a Java long. Strings, ints and bools take a fast path that agrees with
     * their types' {@code __hash__}; everything else goes through the slot.
     */
    public static long hash(Object o) {
        if (o instanceof String s) {
            int h = s.hashCode();
            return h == -1 ? -2 : h; // -1 is never a hash in CPython
        }
        if (o instanceof Long l) {
            return Hashing.ofLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Slot.Unary f = PyType.of(o).unary(Slot.HASH);
        if (f == null) {
            throw Errors.typeError("unhashable type: '" + typeName(o) + "'");
        }
        Object h = f.apply(o);
        if (h instanceof Long l) {
            // a 64-bit result stands as it is (frozenset's hash uses the whole range), but -1 is
            // reserved: CPython turns it into -2; results beyond 64 bits are reduced as ints are
            return l == -1 ? -2 : l;
        }
        if (h instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (h instanceof java.math.BigInteger big) {
            return Hashing.ofBig(big);
        }
        throw Errors.typeError("__hash__ method should return an integer");
    }

    /** {@code a == b} as a truth value, identity first (as containers compare). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if ((a instanceof Long || a instanceof Boolean) && (b instanceof Long || b instanceof Boolean)) {
            return smallInt(a) == smallInt(b);
        }
        return isTrue(compare(Slot.EQ, a, b));
    }

    private static long smallInt(Object o) {
        return o instanceof Long l ? l : ((Boolean) o ? 1 : 0);
    }

    // ---- iteration, indexing, sizes

    /** {@code iter(o)}: the type's {@code __iter__}, or "'X' object is not iterable". */
    public static Object iter(Object o) {
        PyType t = PyType.of(o);
        Slot.Unary f = t.unary(Slot.ITER);
        if (f == null) {
            if (t.binary(Slot.GETITEM) != null && t.isHeapType()) {
                return new SeqIterator(o);
            }
            throw Errors.typeError("'" + typeName(o) + "' object is not iterable");
        }
        Object it = f.apply(o);
        if (PyType.of(it).unary(Slot.NEXT) == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
        }
        return it;
    }

    /**
     * The next item of an iterator, or null when it is exhausted (its {@code StopIteration} is
     * swallowed here, so loops in Java need no exception handling).
     */
    public static Object next(Object iterator) {
        Slot.Unary f = PyType.of(iterator).unary(Slot.NEXT);
        if (f == null) {
            throw Errors.typeError("'" + typeName(iterator) + "' object is not an iterator");
        }
        try {
            return f.apply(iterator);
        } catch (PyException e) {
            PyType stop = Errors.StopIteration.getOrNull();
            if (stop != null && e.matches(stop)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code operator.index(o)} as a Java long, or OverflowError when it does not fit. */
    public static long indexAsLong(Object o, String what) {
        Object v = index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.raise(Errors.IndexError, "cannot fit 'int' into an index-sized integer");
    }

    /** {@code operator.index(o)}: ints as they are, else {@code __index__}, else TypeError. */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof java.math.BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Derived.Value v && (v.value() instanceof Long || v.value() instanceof java.math.BigInteger)) {
            return v.value(); // an int subclass is an int: CPython does not call its __index__
        }
        Slot.Unary f = PyType.of(o).unary(Slot.INDEX);
        if (f == null) {
            throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object raw = f.apply(o);
        if (raw instanceof Long || raw instanceof java.math.BigInteger) {
            return raw;
        }
        Object r = Derived.unwrap(raw);
        if (r instanceof Long || r instanceof java.math.BigInteger || r instanceof Boolean) {
            Warnings.strictSubclassResult("__index__", raw, "int");
            return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
        }
        throw Errors.typeError("__index__ returned non-int (type " + typeName(raw) + ")");
    }

    /** {@code len(o)}. */
    public static long len(Object o) {
        Slot.Unary f = PyType.of(o).unary(Slot.LEN);
        if (f == null) {
            throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        Object n = f.apply(o);
        if (n instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!(n instanceof Long) && !(n instanceof java.math.BigInteger)) {
            if (PyType.of(n).unary(Slot.INDEX) == null) {
                throw Errors.typeError("'" + typeName(n) + "' object cannot be interpreted as an integer");
            }
            n = index(n);
        }
        if (n instanceof java.math.BigInteger big) {
            if (big.signum() < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            }
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long l = (Long) n;
        if (l < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return l;
    }

    /** {@code o[key]}. */
    public static Object getitem(Object o, Object key) {
        Slot.Binary f = PyType.of(o).binary(Slot.GETITEM);
        if (f == null) {
            if (o instanceof PyType cls) {
                if (!cls.isHeapType() && cls.getName().equals("type")) {
                    return new PyGenericAlias(cls, key); // type[int], as CPython special-cases it
                }
                Object cgi = cls.lookup("__class_getitem__");
                if (cgi != null) {
                    // implicitly a class method
                    Slot.Ternary get = PyType.of(cgi).ternary(Slot.GET);
                    Object bound = get != null && !(cgi instanceof PyCallable && !(cgi instanceof PyMethod))
                            ? get.apply(cgi, PyNone.None, cls) : new PyMethod(cls, cgi);
                    return call(bound, key);
                }
                throw Errors.typeError("type '" + cls.getQualname() + "' is not subscriptable");
            }
            throw Errors.typeError("'" + typeName(o) + "' object is not subscriptable");
        }
        return f.apply(o, key);
    }

    /** {@code o[key] = value}. */
    public static void setitem(Object o, Object key, Object value) {
        Slot.Ternary f = PyType.of(o).ternary(Slot.SETITEM);
        if (f == null) {
            throw Errors.typeError("'" + typeName(o) + "' object does not support item assignment");
        }
        f.apply(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delitem(Object o, Object key) {
        Slot.Binary f = PyType.of(o).binary(Slot.DELITEM);
        if (f == null) {
            // CPython's sequence path says "doesn't", its generic path "does not"
            String verb = PyType.of(o).binary(Slot.GETITEM) != null ? "doesn't" : "does not";
            throw Errors.typeError("'" + typeName(o) + "' object " + verb + " support item deletion");
        }
        f.apply(o, key);
    }

    /**
     * {@code a op= b}: the in-place method if the left operand has one and it does not decline,
     * else the binary operator; the error names the augmented operator, as CPython's does.
     */
    public static Object inplace(Slot iop, Object a, Object b) {
        Slot.Binary f = PyType.of(a).binary(iop);
        if (f != null) {
            Object r = f.apply(a, b);
            if (r != NI) {
                return r;
            }
        }
        return binary(iop.binaryFallback(), a, b, iop.symbol);
    }

    /** {@code format(value, spec)}: the type's {@code __format__}, or {@code str()} for an empty spec. */
    public static String format(Object value, String spec) {
        if (spec.isEmpty() && value instanceof Derived.Value) {
            // a builtin's __format__ with an empty spec is str(self): of the subclass instance, whose
            // __str__ may be its own (the builtin's slot would see only the unwrapped value)
            Object own = PyType.of(value).lookup("__format__");
            if (own instanceof PySlotWrapper || own instanceof PyBuiltinFunction) {
                return str(value);
            }
        }
        Slot.Binary f = PyType.of(value).binary(Slot.FORMAT);
        if (f == null) {
            if (spec.isEmpty()) {
                return str(value);
            }
            throw Errors.typeError("unsupported format string passed to " + typeName(value) + ".__format__");
        }
        Object r = f.apply(value, spec);
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError("__format__ must return a str, not " + typeName(r));
    }

    // ---- attributes

    /**
     * {@code getattr(obj, name)}: the type's {@code __getattribute__}, then, on AttributeError,
     * {@code __getattr__} if the type defines one.
     */
    public static Object getattr(Object obj, String name) {
        PyType t = PyType.of(obj);
        Slot.Binary ga = t.binary(Slot.GETATTRIBUTE);
        try {
            return ga != null ? ga.apply(obj, name) : Attributes.genericGet(obj, name);
        } catch (PyException e) {
            Object hook = t.isHeapType() ? t.lookup("__getattr__") : null;
            if (hook != null && e.matches(Errors.AttributeError.get())) {
                return SlotAdapters.callMethod(hook, obj, new Object[] {name}, null);
            }
            throw e;
        }
    }

    /** {@code setattr(obj, name, value)}. */
    public static void setattr(Object obj, String name, Object value) {
        Slot.Ternary sa = PyType.of(obj).ternary(Slot.SETATTR);
        if (sa != null) {
            sa.apply(obj, name, value);
        } else {
            Attributes.genericSet(obj, name, value);
        }
    }

    /** {@code delattr(obj, name)}. */
    public static void delattr(Object obj, String name) {
        Slot.Binary da = PyType.of(obj).binary(Slot.DELATTR);
        if (da != null) {
            da.apply(obj, name);
        } else {
            Attributes.genericSet(obj, name, null);
        }
    }
}
