package org.jyston.types.bytes.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/**
 * What bytes, bytearray and memoryview share: reading any bytes-like object, making a result of the
 * same kind as {@code self}, indices and slices, byte values, the repr.
 */
final class Bin {
    static final Object NI = PyNotImplemented.NotImplemented;
    static final TypeRef INDEX_ERROR = Errors.IndexError;
    static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");
    static final TypeRef MEMORY_ERROR = TypeRef.of("MemoryError");

    private Bin() {}

    /** Whether {@code o} is a {@code bytes} (the parser's {@code byte[]} literals included). */
    static boolean isBytes(Object o) {
        return o instanceof PyBytes || o instanceof byte[];
    }

    /**
     * The content of a bytes-like object ({@code bytes}, {@code bytearray}, {@code memoryview}), or
     * null. A bytes' array is shared (never to be changed); the others are copies.
     */
    static byte[] data(Object o) {
        o = org.jyston.api.object.Derived.unwrap(o); // a subclass instance exposes its buffer, whatever __iter__ says
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof byte[] b) {
            return b;
        }
        if (o instanceof PyByteArray a) {
            return a.toByteArray();
        }
        if (o instanceof MemoryView m) {
            return m.toBytes();
        }
        if (o instanceof org.jyston.api.object.BufferExport e) {
            return e.copy();
        }
        return null;
    }

    /** The content of a bytes-like object, or "a bytes-like object is required, not 'str'". */
    static byte[] need(Object o) {
        byte[] d = data(o);
        if (d == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
        }
        return d;
    }

    /** The content of {@code self}, which is a bytes or a bytearray. */
    static byte[] self(Object self) {
        return data(self);
    }

    static boolean isArray(Object self) {
        return self instanceof PyByteArray;
    }

    static String kind(Object self) {
        return isArray(self) ? "bytearray" : "bytes";
    }

    /** A result of the same type as {@code self} (bytes or bytearray) that owns {@code d}. */
    static Object make(Object self, byte[] d) {
        return isArray(self) ? PyByteArray.wrap(d) : PyBytes.wrap(d);
    }

    // ---- integers

    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean
                || PyType.of(o).slot(Slot.INDEX) != null;
    }

    /** An index value clamped to the long range. */
    static long clamp(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        BigInteger b = (BigInteger) v;
        return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** An index as a long; IndexError "cannot fit 'int' into an index-sized integer" if too big. */
    static long asLong(Object o) {
        return Op.indexAsLong(o, null);
    }

    /** {@code o} as a byte value: "'str' object cannot be interpreted as an integer", "byte must be in range(0, 256)". */
    static int byteValue(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l && l >= 0 && l < 256) {
            return (int) (long) l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.valueError("byte must be in range(0, 256)");
    }

    /** Python's {@code seq[i]} position: 0..size-1, or -1 when out of range. */
    static int position(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** A slice bound: None gives {@code dflt}. */
    static long sliceIndex(Object o, long dflt) {
        if (o == PyNone.None) {
            return dflt;
        }
        if (!isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clamp(Op.index(o));
    }

    /** A slice resolved against a length: start, step and the number of items. */
    record Range(int start, int step, int count) {
        int at(int k) {
            return start + k * step;
        }
    }

    static Range range(PySlice s, int len) {
        long step = sliceIndex(s.step(), 1);
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (step < -Long.MAX_VALUE) {
            step = -Long.MAX_VALUE;
        }
        long start = bound(sliceIndex(s.start(), step < 0 ? Long.MAX_VALUE : 0), len, step);
        long stop = bound(sliceIndex(s.stop(), step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE), len, step);
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        int st = (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Range((int) start, st, (int) n);
    }

    private static long bound(long i, long length, long step) {
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

    static byte[] slice(byte[] d, Range r) {
        if (r.step() == 1) {
            return java.util.Arrays.copyOfRange(d, r.start(), r.start() + r.count());
        }
        byte[] out = new byte[r.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = d[r.at(k)];
        }
        return out;
    }

    /** {@code start}/{@code end} arguments of find, count, startswith...: positions clamped into 0..len. */
    static int[] span(Object start, Object end, int len) {
        long s = start == null ? 0 : sliceIndex(start, 0);
        long e = end == null ? len : sliceIndex(end, len);
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        if (e < 0) {
            e = Math.max(0, e + len);
        } else if (e > len) {
            e = len;
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    // ---- text

    /** {@code repr(b)}: {@code b'...'} (or {@code b"..."} when that avoids escaping quotes). */
    static String repr(byte[] d) {
        return repr(d, false);
    }

    /** As {@link #repr(byte[])}; a bytearray's escapes a single quote even inside double quotes. */
    static String repr(byte[] d, boolean array) {
        boolean squote = false;
        boolean dquote = false;
        for (byte b : d) {
            squote |= b == '\'';
            dquote |= b == '"';
        }
        char q = squote && !dquote ? '"' : '\'';
        StringBuilder sb = new StringBuilder(d.length + 3);
        sb.append('b').append(q);
        for (byte x : d) {
            int c = x & 0xff;
            if (c == q || c == '\\' || (array && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** {@code d * n} with CPython's limits. */
    static byte[] repeat(byte[] d, Object count) {
        Object n = Op.index(count);
        if (n instanceof BigInteger big) {
            if (big.signum() <= 0) {
                return new byte[0];
            }
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long k = n instanceof Boolean b ? (b ? 1 : 0) : (Long) n;
        if (k <= 0 || d.length == 0) {
            return new byte[0];
        }
        long total;
        try {
            total = Math.multiplyExact((long) d.length, k);
        } catch (ArithmeticException e) {
            throw Errors.raise(MEMORY_ERROR);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw Errors.raise(MEMORY_ERROR);
        }
        byte[] r = new byte[(int) total];
        for (int i = 0; i < k; i++) {
            System.arraycopy(d, 0, r, i * d.length, d.length);
        }
        return r;
    }

    /** Three-way comparison of unsigned byte strings. */
    static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }

    /** Whether {@code sub} occurs in {@code d} within {@code [from, to)}: its first position, or -1. */
    static int find(byte[] d, byte[] sub, int from, int to) {
        if (from > d.length || to - from < sub.length) {
            return -1;
        }
        outer:
        for (int i = from; i <= to - sub.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (d[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last position of {@code sub} within {@code [from, to)}, or -1. */
    static int rfind(byte[] d, byte[] sub, int from, int to) {
        if (from > d.length || to - from < sub.length) {
            return -1;
        }
        outer:
        for (int i = to - sub.length; i >= from; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (d[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
