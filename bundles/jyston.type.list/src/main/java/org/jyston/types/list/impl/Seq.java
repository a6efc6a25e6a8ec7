package org.jyston.types.list.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/** What list and tuple share: indices, slices, comparison, repetition, the repr recursion guard. */
final class Seq {
    static final TypeRef MEMORY_ERROR = TypeRef.of("MemoryError");
    private static final ThreadLocal<Map<Object, Object>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    private Seq() {}

    /** Whether the object can be used as an index ({@code int}, {@code bool} or has {@code __index__}). */
    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean
                || PyType.of(o).slot(Slot.INDEX) != null;
    }

    /** An index as a long: IndexError when it does not fit, as CPython's {@code PyNumber_AsSsize_t}. */
    static long index(Object o) {
        return Op.indexAsLong(o, null);
    }

    /** An index argument of a method ({@code list.pop(i)}, {@code insert}): too big is an OverflowError (a C ssize_t). */
    static long sizeArg(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    /** Python's {@code seq[i]} position check: the position in 0..size-1, or -1 if out of range. */
    static int position(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** A slice bound: None gives {@code dflt}; ints are clamped to the long range. */
    static long sliceIndex(Object o, long dflt) {
        if (o == PyNone.None) {
            return dflt;
        }
        if (!isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clamp(Op.index(o));
    }

    /** An {@code __index__} result clamped to the long range (as CPython clamps to Py_ssize_t). */
    static long clamp(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((BigInteger) v).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** {@code start, stop, step, slicelength} of a slice applied to a sequence of {@code length}. */
    static long[] slice(PySlice s, long length) {
        long step = sliceIndex(s.step(), 1);
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (step < -Long.MAX_VALUE) {
            step = -Long.MAX_VALUE;
        }
        long start = sliceIndex(s.start(), step < 0 ? Long.MAX_VALUE : 0);
        long stop = sliceIndex(s.stop(), step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        start = adjust(start, length, step);
        stop = adjust(stop, length, step);
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, n};
    }

    private static long adjust(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** The items a slice selects. */
    static Object[] take(Object[] items, long[] sl) {
        int n = (int) sl[3];
        Object[] out = new Object[n];
        long p = sl[0];
        for (int i = 0; i < n; i++, p += sl[2]) {
            out[i] = items[(int) p];
        }
        return out;
    }

    /**
     * The items of any iterable: the storage of an exact list or tuple; a subclass is iterated, since
     * CPython honours an overridden {@code __iter__} there.
     */
    static Object[] toArray(Object iterable) {
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).toArray();
        }
        Object it = Op.iter(iterable);
        ArrayList<Object> out = new ArrayList<>();
        for (Object x; (x = Op.next(it)) != null;) {
            out.add(x);
        }
        return out.toArray();
    }

    /** Lexicographic rich comparison of two snapshots, as list and tuple compare. */
    static Object compare(Object[] a, Object[] b, Slot op) {
        if ((op == Slot.EQ || op == Slot.NE) && a.length != b.length) {
            return op == Slot.NE;
        }
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && Op.eq(a[i], b[i])) {
            i++;
        }
        if (i >= n) {
            int c = Integer.compare(a.length, b.length);
            switch (op) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
        if (op == Slot.EQ) {
            return false;
        }
        if (op == Slot.NE) {
            return true;
        }
        return Op.compare(op, a[i], b[i]);
    }

    /** The repeat count of {@code seq * n}, or null when {@code n} is not an index. */
    static Long repeatCount(Object n) {
        if (!isIndex(n)) {
            return null;
        }
        Object v = Op.index(n);
        if (v instanceof BigInteger) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long c = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
        return Math.max(0, c);
    }

    /** Whether o is a builtin sequence whose {@code *} is repetition (str, list, tuple). */
    static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple;
    }

    /**
     * The error of {@code b * seq} when b is no int: CPython tries b's own repetition first when b is a
     * sequence, so the message names seq's type then; else it names b's.
     */
    static RuntimeException cantMultiply(Object seq, Object b) {
        return Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(isSequence(b) ? seq : b)
                + "'");
    }

    static Object[] repeat(Object[] items, long count) {
        if (count == 0 || items.length == 0) {
            return new Object[0];
        }
        if (count > (Integer.MAX_VALUE - 8) / items.length) {
            throw Errors.raise(MEMORY_ERROR);
        }
        int n = items.length;
        Object[] out = new Object[(int) (n * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, out, i * n, n);
        }
        return out;
    }

    static Object[] concat(Object[] a, Object[] b) {
        if ((long) a.length + b.length > Integer.MAX_VALUE - 8) {
            throw Errors.raise(MEMORY_ERROR);
        }
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** CPython's {@code Py_ReprEnter}: false if the object's repr is already being made on this thread. */
    static boolean reprEnter(Object o) {
        return IN_REPR.get().put(o, o) == null;
    }

    static void reprLeave(Object o) {
        IN_REPR.get().remove(o);
    }

    static String join(Object[] items, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Op.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    /** {@code index(x[, start[, stop]])} of list and tuple: the position or -1. */
    static long indexOf(Object[] items, Object x, Object[] args) {
        long start = args.length > 1 ? indexArg(args[1]) : 0;
        long stop = args.length > 2 ? indexArg(args[2]) : Long.MAX_VALUE;
        int n = items.length;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < Math.min(stop, n); i++) {
            if (Op.eq(items[(int) i], x)) {
                return i;
            }
        }
        return -1;
    }

    private static long indexArg(Object o) {
        if (!isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return clamp(Op.index(o));
    }

    static long count(Object[] items, Object x) {
        long c = 0;
        for (Object o : items) {
            if (Op.eq(o, x)) {
                c++;
            }
        }
        return c;
    }
}
