package org.jyston.modules.array.impl;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code array.array} (subclassable) and its iterator {@code array.arrayiterator}. */
@Component(service = BuiltinType.class)
public class ArrayTypes implements BuiltinType {
    static final String ARRAY = "array.array";
    static final String ITERATOR = "array.arrayiterator";
    static final TypeRef ARRAY_TYPE = TypeRef.of(ARRAY);
    private static final TypeRef EOF_ERROR = TypeRef.of("EOFError");
    private static final Object NI = PyNotImplemented.NotImplemented;
    private static final int BLOCKSIZE = 64 * 1024;

    @Override
    public List<TypeSpec> specs() {
        return List.of(array(), ArrayIterator.spec());
    }

    private static ArrayObject self(Object[] a) {
        return (ArrayObject) a[0];
    }

    private static void method(TypeSpec s, String name, ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method("array", ARRAY, ArrayObject.class, name, body));
    }

    static TypeSpec array() {
        TypeSpec s = new TypeSpec(ARRAY).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN).doc(Docs.ARRAY)
                .call(Slot.NEW, (type, a, kw) -> construct((PyType) type, a, kw))
                .unary(Slot.REPR, ArrayTypes::repr)
                .unary(Slot.LEN, self -> (long) ((ArrayObject) self).size())
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + Op.typeName(self) + "'");
                })
                .unary(Slot.ITER, self -> new ArrayIterator((ArrayObject) self))
                .binary(Slot.GETITEM, (self, key) -> getitem((ArrayObject) self, key))
                .ternary(Slot.SETITEM, (self, key, value) -> {
                    setitem((ArrayObject) self, key, value);
                    return PyNone.None;
                })
                .binary(Slot.DELITEM, (self, key) -> {
                    delitem((ArrayObject) self, key);
                    return PyNone.None;
                })
                .binary(Slot.CONTAINS, (self, v) -> indexOf((ArrayObject) self, v, 0, Integer.MAX_VALUE) >= 0)
                .binary(Slot.ADD, ArrayTypes::add)
                .binary(Slot.MUL, (self, n) -> repeat((ArrayObject) self, n, true))
                .binary(Slot.RMUL, (self, n) -> repeat((ArrayObject) self, n, false))
                .binary(Slot.IADD, ArrayTypes::iadd)
                .binary(Slot.IMUL, ArrayTypes::imul);
        for (Slot op : new Slot[] {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE}) {
            s.binary(op, (x, y) -> compare((ArrayObject) x, y, op));
        }
        s.attribute("typecode", new GetSetDescriptor("typecode", ARRAY,
                o -> String.valueOf(((ArrayObject) o).code.code), null, "the typecode character used to create the array"));
        s.attribute("itemsize", new GetSetDescriptor("itemsize", ARRAY,
                o -> (long) ((ArrayObject) o).code.size, null, "the size, in bytes, of one array item"));
        method(s, "append", (a, kw) -> {
            Object v = ClinicArgs.one("append", a, kw);
            self(a).appendBits(self(a).code.toBits(v));
            return PyNone.None;
        });
        method(s, "buffer_info", (a, kw) -> {
            ClinicArgs.none("buffer_info", a, kw);
            return PyTuple.of((long) System.identityHashCode(self(a).data), (long) self(a).size());
        });
        method(s, "byteswap", (a, kw) -> {
            ClinicArgs.none("byteswap", a, kw);
            byteswap(self(a));
            return PyNone.None;
        });
        method(s, "count", (a, kw) -> {
            Object v = ClinicArgs.one("count", a, kw);
            ArrayObject x = self(a);
            long c = 0;
            for (int k = 0; k < x.size(); k++) {
                if (Op.eq(x.get(k), v)) {
                    c++;
                }
            }
            return c;
        });
        method(s, "extend", (a, kw) -> {
            extend(self(a), ClinicArgs.one("extend", a, kw));
            return PyNone.None;
        });
        method(s, "frombytes", (a, kw) -> {
            frombytes(self(a), ClinicArgs.one("frombytes", a, kw));
            return PyNone.None;
        });
        method(s, "fromfile", (a, kw) -> {
            ClinicArgs.noKw("fromfile", kw);
            ClinicArgs.positional("fromfile", a.length - 1, 2, 2);
            fromfile(self(a), a[1], a[2]);
            return PyNone.None;
        });
        method(s, "fromlist", (a, kw) -> {
            Object list = ClinicArgs.one("fromlist", a, kw);
            if (!(list instanceof PyList l)) {
                throw Errors.typeError("arg must be list");
            }
            Object[] items = l.toArray();
            appendItems(self(a), items, items.length);
            return PyNone.None;
        });
        method(s, "fromunicode", (a, kw) -> {
            Object u = ClinicArgs.one("fromunicode", a, kw);
            if (!(Derived.unwrap(u) instanceof String str)) {
                throw Errors.typeError("fromunicode() argument must be str, not " + Op.typeName(u));
            }
            if (self(a).code != TypeCode.u) {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            fromunicode(self(a), str);
            return PyNone.None;
        });
        method(s, "index", (a, kw) -> {
            ClinicArgs.noKw("index", kw);
            ClinicArgs.positional("index", a.length - 1, 1, 3);
            ArrayObject x = self(a);
            int n = x.size();
            long start = a.length > 2 ? clampIndex(ClinicArgs.sliceIndex(a[2]), n) : 0;
            long stop = a.length > 3 ? clampIndex(ClinicArgs.sliceIndex(a[3]), n) : n;
            int at = indexOf(x, a[1], start, stop);
            if (at < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return (long) at;
        });
        method(s, "insert", (a, kw) -> {
            ClinicArgs.noKw("insert", kw);
            ClinicArgs.positional("insert", a.length - 1, 2, 2);
            insert(self(a), ClinicArgs.ssize(a[1]), a[2]);
            return PyNone.None;
        });
        method(s, "pop", (a, kw) -> {
            ClinicArgs.noKw("pop", kw);
            ClinicArgs.positional("pop", a.length - 1, 0, 1);
            return pop(self(a), a.length > 1 ? ClinicArgs.ssize(a[1]) : -1);
        });
        method(s, "remove", (a, kw) -> {
            Object v = ClinicArgs.one("remove", a, kw);
            ArrayObject x = self(a);
            int at = indexOf(x, v, 0, Integer.MAX_VALUE);
            if (at < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            x.replace(at, at + 1, new byte[0]);
            return PyNone.None;
        });
        method(s, "reverse", (a, kw) -> {
            ClinicArgs.none("reverse", a, kw);
            reverse(self(a));
            return PyNone.None;
        });
        method(s, "tobytes", (a, kw) -> {
            ClinicArgs.none("tobytes", a, kw);
            return PyBytes.wrap(self(a).bufferBytes());
        });
        method(s, "tofile", (a, kw) -> {
            Object f = ClinicArgs.one("tofile", a, kw);
            byte[] d = self(a).bufferBytes();
            Object write = Op.getattr(f, "write");
            for (int off = 0; off < d.length; off += BLOCKSIZE) {
                Op.call(write, PyBytes.wrap(java.util.Arrays.copyOfRange(d, off, Math.min(d.length, off + BLOCKSIZE))));
            }
            return PyNone.None;
        });
        method(s, "tolist", (a, kw) -> {
            ClinicArgs.none("tolist", a, kw);
            return new PyList(items(self(a)));
        });
        method(s, "tounicode", (a, kw) -> {
            ClinicArgs.none("tounicode", a, kw);
            return tounicode(self(a));
        });
        method(s, "__copy__", (a, kw) -> {
            ClinicArgs.none("__copy__", a, kw);
            return copy(self(a));
        });
        method(s, "__deepcopy__", (a, kw) -> {
            ClinicArgs.one("__deepcopy__", a, kw);
            return copy(self(a));
        });
        method(s, "__reduce_ex__", (a, kw) -> reduce(self(a), ClinicArgs.one("__reduce_ex__", a, kw)));
        method(s, "__sizeof__", (a, kw) -> {
            ClinicArgs.none("__sizeof__", a, kw);
            return 64L + self(a).data.length;
        });
        return s;
    }

    // ---- construction

    private static Object construct(PyType type, Object[] a, String[] kw) {
        int nkw = ClinicArgs.nkw(kw);
        if (nkw > 0 && type == ARRAY_TYPE.get()) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("array() takes at least 1 argument (" + npos + " given)");
        }
        if (npos > 2) {
            throw Errors.typeError("array() takes at most 2 arguments (" + npos + " given)");
        }
        Object tc = Derived.unwrap(a[0]);
        if (!(tc instanceof String s) || s.length() != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + Op.typeName(a[0]));
        }
        TypeCode code = TypeCode.of(s.charAt(0));
        if (code == null) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        ArrayObject r = ArrayObject.of(type, code);
        if (npos == 2) {
            initialize(r, a[1]);
        }
        return r;
    }

    private static void initialize(ArrayObject r, Object init) {
        Object u = Derived.unwrap(init);
        if (u instanceof String str) {
            if (r.code != TypeCode.u) {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '" + r.code.code + "'");
            }
            fromunicode(r, str);
            return;
        }
        if (init instanceof ArrayObject src && src.code == TypeCode.u && r.code != TypeCode.u) {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + r.code.code
                    + "'");
        }
        if (u instanceof PyBytes || u instanceof byte[] || u instanceof PyByteArray) {
            frombytes(r, init);
            return;
        }
        if (init instanceof ArrayObject src) {
            Object[] items = items(src);
            appendItems(r, items, items.length);
            return;
        }
        extendIterable(r, init);
    }

    // ---- helpers

    static Object[] items(ArrayObject x) {
        synchronized (x) {
            Object[] out = new Object[x.n];
            for (int k = 0; k < out.length; k++) {
                out[k] = x.code.get(x.data, k);
            }
            return out;
        }
    }

    /** Converts all items first, so a bad one leaves the array unchanged (as CPython's fromlist does). */
    private static void appendItems(ArrayObject x, Object[] items, int count) {
        long[] bits = new long[count];
        for (int k = 0; k < count; k++) {
            bits[k] = x.code.toBits(items[k]);
        }
        x.appendAll(bits, count);
    }

    private static void extendIterable(ArrayObject x, Object iterable) {
        Object u = Derived.unwrap(iterable);
        if (u instanceof PyList l) {
            // CPython appends item by item: those before a bad one stay
            for (Object item : l.toArray()) {
                x.appendBits(x.code.toBits(item));
            }
            return;
        }
        if (u instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                x.appendBits(x.code.toBits(t.get(k)));
            }
            return;
        }
        Object it = Op.iter(iterable);
        for (Object item = Op.next(it); item != null; item = Op.next(it)) {
            x.appendBits(x.code.toBits(item));
        }
    }

    private static void extend(ArrayObject x, Object bb) {
        if (bb instanceof ArrayObject b) {
            if (b.code != x.code) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            byte[] d = b.bufferBytes();
            x.appendBytes(d, 0, d.length);
            return;
        }
        extendIterable(x, bb);
    }

    private static void frombytes(ArrayObject x, Object buffer) {
        byte[] d = bytesLike(buffer);
        if (d.length % x.code.size != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        x.appendBytes(d, 0, d.length);
    }

    private static byte[] bytesLike(Object o) {
        Object u = Derived.unwrap(o);
        if (u instanceof PyBytes b) {
            return b.array();
        }
        if (u instanceof byte[] b) {
            return b;
        }
        if (u instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (u instanceof org.jyston.api.object.PyBuffer b) {
            return b.bufferBytes();
        }
        if (Op.typeName(o).equals("memoryview")) {
            return ((PyBytes) Op.call(TypeRef.of("bytes").get(), o)).array();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
    }

    private static void fromfile(ArrayObject x, Object f, Object count) {
        long n = ClinicArgs.ssize(count);
        if (n < 0) {
            throw Errors.valueError("negative count");
        }
        int size = x.code.size;
        if (n > (Integer.MAX_VALUE - 8) / size) {
            throw Errors.raise(Errors.MemoryError);
        }
        long nbytes = n * size;
        Object r = Op.call(Op.getattr(f, "read"), nbytes);
        Object u = Derived.unwrap(r);
        if (!(u instanceof PyBytes) && !(u instanceof byte[])) {
            throw Errors.typeError("read() didn't return bytes");
        }
        byte[] d = u instanceof PyBytes b ? b.array() : (byte[]) u;
        int whole = d.length / size * size;
        x.appendBytes(d, 0, whole);
        if (d.length != nbytes) {
            throw Errors.raise(EOF_ERROR, "read() didn't return enough bytes");
        }
    }

    private static void fromunicode(ArrayObject x, String s) {
        int count = s.codePointCount(0, s.length());
        long[] bits = new long[count];
        int k = 0;
        for (int i = 0; i < s.length(); k++) {
            int cp = s.codePointAt(i);
            bits[k] = cp;
            i += Character.charCount(cp);
        }
        x.appendAll(bits, count);
    }

    private static String tounicode(ArrayObject x) {
        if (x.code != TypeCode.u) {
            throw Errors.valueError("tounicode() may only be called on unicode type arrays");
        }
        StringBuilder b = new StringBuilder();
        synchronized (x) {
            for (int k = 0; k < x.n; k++) {
                int cp = (int) x.code.bits(x.data, k);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw Errors.valueError("character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
                }
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static void byteswap(ArrayObject x) {
        synchronized (x) {
            int size = x.code.size;
            byte[] d = x.data;
            for (int k = 0; k < x.n; k++) {
                int at = k * size;
                for (int i = 0, j = size - 1; i < j; i++, j--) {
                    byte t = d[at + i];
                    d[at + i] = d[at + j];
                    d[at + j] = t;
                }
            }
        }
    }

    private static void reverse(ArrayObject x) {
        synchronized (x) {
            for (int i = 0, j = x.n - 1; i < j; i++, j--) {
                long t = x.code.bits(x.data, i);
                x.code.putBits(x.data, i, x.code.bits(x.data, j));
                x.code.putBits(x.data, j, t);
            }
        }
    }

    private static long clampIndex(long i, int n) {
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        }
        return Math.min(i, n);
    }

    private static int indexOf(ArrayObject x, Object v, long start, long stop) {
        for (long k = start; k < Math.min(stop, x.size()); k++) {
            Object item;
            synchronized (x) {
                if (k >= x.n) {
                    break;
                }
                item = x.code.get(x.data, (int) k);
            }
            if (Op.eq(item, v)) {
                return (int) k;
            }
        }
        return -1;
    }

    private static void insert(ArrayObject x, long i, Object v) {
        long bits = x.code.toBits(v);
        synchronized (x) {
            int n = x.n;
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            }
            if (i > n) {
                i = n;
            }
            byte[] one = new byte[x.code.size];
            x.code.putBits(one, 0, bits);
            x.replace((int) i, (int) i, one);
        }
    }

    private static Object pop(ArrayObject x, long i) {
        synchronized (x) {
            int n = x.n;
            if (n == 0) {
                throw Errors.raise(Errors.IndexError, "pop from empty array");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.raise(Errors.IndexError, "pop index out of range");
            }
            Object v = x.code.get(x.data, (int) i);
            x.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        }
    }

    private static ArrayObject copy(ArrayObject x) {
        ArrayObject r = ArrayObject.of(x.getType(), x.code);
        byte[] d = x.bufferBytes();
        r.appendBytes(d, 0, d.length);
        return r;
    }

    /** A plain array (slices, concatenations and repetitions are {@code array.array}, whatever self's class). */
    private static ArrayObject plain(TypeCode code, byte[] d) {
        ArrayObject r = new ArrayObject(ARRAY_TYPE.get(), code);
        r.appendBytes(d, 0, d.length);
        return r;
    }

    // ---- sequence protocol

    /** {@code (start, stop, step, length)} of a slice over {@code n} items, as {@code PySlice_GetIndicesEx}. */
    static long[] slice(PySlice s, int n) {
        long step = s.step() == PyNone.None ? 1 : ClinicArgs.sliceIndex(s.step());
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (step < -Long.MAX_VALUE) {
            step = -Long.MAX_VALUE;
        }
        long start;
        long stop;
        if (s.start() == PyNone.None) {
            start = step < 0 ? n - 1 : 0;
        } else {
            start = ClinicArgs.sliceIndex(s.start());
            if (start < 0) {
                start += n;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= n) {
                start = step < 0 ? n - 1 : n;
            }
        }
        if (s.stop() == PyNone.None) {
            stop = step < 0 ? -1 : n;
        } else {
            stop = ClinicArgs.sliceIndex(s.stop());
            if (stop < 0) {
                stop += n;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= n) {
                stop = step < 0 ? n - 1 : n;
            }
        }
        long len;
        if (step < 0) {
            len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, len};
    }

    private static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || PyType.of(o).unary(Slot.INDEX) != null;
    }

    private static int position(ArrayObject x, Object key, String msg) {
        long i = ClinicArgs.ssize(key);
        int n = x.n;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.raise(Errors.IndexError, msg);
        }
        return (int) i;
    }

    private static Object getitem(ArrayObject x, Object key) {
        if (key instanceof PySlice sl) {
            synchronized (x) {
                long[] r = slice(sl, x.n);
                int size = x.code.size;
                byte[] out = new byte[(int) r[3] * size];
                for (int k = 0; k < r[3]; k++) {
                    System.arraycopy(x.data, (int) (r[0] + k * r[2]) * size, out, k * size, size);
                }
                return plain(x.code, out);
            }
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        synchronized (x) {
            return x.code.get(x.data, position(x, key, "array index out of range"));
        }
    }

    private static void setitem(ArrayObject x, Object key, Object value) {
        if (key instanceof PySlice sl) {
            if (!(value instanceof ArrayObject v)) {
                throw Errors.typeError("can only assign array (not \"" + Op.typeName(value) + "\") to array slice");
            }
            if (v.code != x.code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            assignSlice(x, sl, v.bufferBytes());
            return;
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        synchronized (x) {
            int at = position(x, key, "array assignment index out of range");
            x.code.putBits(x.data, at, x.code.toBits(value));
        }
    }

    private static void assignSlice(ArrayObject x, PySlice sl, byte[] d) {
        synchronized (x) {
            int size = x.code.size;
            long[] r = slice(sl, x.n);
            long start = r[0];
            long step = r[2];
            long len = r[3];
            int count = d.length / size;
            if (step == 1) {
                long stop = Math.max(start, r[1]);
                x.replace((int) start, (int) stop, d);
                return;
            }
            if (count == 0 && len > 0) { // deleting an extended slice
                deleteExtended(x, start, step, len);
                return;
            }
            if (count != len) {
                throw Errors.valueError("attempt to assign array of size " + count + " to extended slice of size "
                        + len);
            }
            for (int k = 0; k < len; k++) {
                System.arraycopy(d, k * size, x.data, (int) (start + k * step) * size, size);
            }
        }
    }

    private static void deleteExtended(ArrayObject x, long start, long step, long len) {
        if (step < 0) { // the same items, taken in increasing order
            start = start + step * (len - 1);
            step = -step;
        }
        int size = x.code.size;
        int n = x.n;
        byte[] out = new byte[(int) (n - len) * size];
        int o = 0;
        long next = start;
        long taken = 0;
        for (int k = 0; k < n; k++) {
            if (taken < len && k == next) {
                taken++;
                next += step;
                continue;
            }
            System.arraycopy(x.data, k * size, out, o, size);
            o += size;
        }
        x.data = out;
        x.n = (int) (n - len);
    }

    private static void delitem(ArrayObject x, Object key) {
        if (key instanceof PySlice sl) {
            assignSlice(x, sl, new byte[0]);
            return;
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        synchronized (x) {
            int at = position(x, key, "array assignment index out of range");
            x.replace(at, at + 1, new byte[0]);
        }
    }

    private static Object add(Object a, Object b) {
        ArrayObject x = (ArrayObject) a;
        if (!(b instanceof ArrayObject y)) {
            throw Errors.typeError("can only append array (not \"" + Op.typeName(b) + "\") to array");
        }
        if (x.code != y.code) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        byte[] p = x.bufferBytes();
        byte[] q = y.bufferBytes();
        byte[] d = java.util.Arrays.copyOf(p, p.length + q.length);
        System.arraycopy(q, 0, d, p.length, q.length);
        return plain(x.code, d);
    }

    private static Object iadd(Object a, Object b) {
        ArrayObject x = (ArrayObject) a;
        if (!(b instanceof ArrayObject y)) {
            throw Errors.typeError("can only extend array with array (not \"" + Op.typeName(b) + "\")");
        }
        extend(x, y);
        return x;
    }

    private static Long count(Object n) {
        if (!isIndex(n)) {
            return null;
        }
        Object v = Op.index(n);
        if (v instanceof BigInteger) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long c = v instanceof Boolean z ? (z ? 1 : 0) : (Long) v;
        return Math.max(0, c);
    }

    private static byte[] repeated(byte[] d, long c) {
        if (d.length > 0 && c > (Integer.MAX_VALUE - 8) / d.length) {
            throw Errors.raise(Errors.MemoryError);
        }
        byte[] out = new byte[(int) (d.length * c)];
        for (int k = 0; k < c; k++) {
            System.arraycopy(d, 0, out, k * d.length, d.length);
        }
        return out;
    }

    private static Object repeat(ArrayObject x, Object n, boolean left) {
        Long c = count(n);
        if (c == null) {
            if (left && !(n instanceof ArrayObject)) {
                PyType rt = PyType.of(n);
                Slot.Binary rf = rt.binary(Slot.RMUL);
                // only a Python class's __rmul__ is the number protocol (builtin sequences' is repetition)
                if (rf != null && rt != x.getType() && rt.isHeapType()) {
                    Object r = rf.apply(n, x);
                    if (r != NI) {
                        return r;
                    }
                }
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
        }
        return plain(x.code, repeated(x.bufferBytes(), c));
    }

    private static Object imul(Object a, Object n) {
        ArrayObject x = (ArrayObject) a;
        Long c = count(n);
        if (c == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
        }
        synchronized (x) {
            byte[] d = repeated(x.bufferBytes(), c);
            x.replace(0, x.n, d);
        }
        return x;
    }

    private static Object compare(ArrayObject x, Object other, Slot op) {
        if (!(other instanceof ArrayObject y)) {
            return NI;
        }
        int nx = x.size();
        int ny = y.size();
        if (nx != ny && (op == Slot.EQ || op == Slot.NE)) {
            return op == Slot.NE;
        }
        Object[] a = items(x);
        Object[] b = items(y);
        int k = 0;
        for (; k < Math.min(a.length, b.length); k++) {
            if (!Op.eq(a[k], b[k])) {
                break;
            }
        }
        if (k >= a.length || k >= b.length) {
            int c = Integer.compare(a.length, b.length);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
        if (op == Slot.EQ) {
            return false;
        }
        if (op == Slot.NE) {
            return true;
        }
        return Op.compare(op, a[k], b[k]);
    }

    private static String repr(Object o) {
        ArrayObject x = (ArrayObject) o;
        String name = x.getType().getSimpleName();
        if (x.size() == 0) {
            return name + "('" + x.code.code + "')";
        }
        Object body = x.code == TypeCode.u ? tounicode(x) : new PyList(items(x));
        return name + "('" + x.code.code + "', " + Op.repr(body) + ")";
    }

    // ---- pickling

    private static Object reduce(ArrayObject x, Object protocol) {
        long p = ClinicArgs.exactSsize(protocol);
        Object dict = PyNone.None;
        if (x instanceof HasDict h && h.getDictIfPresent() != null) {
            dict = h.getDictIfPresent();
        } else if (x instanceof ArrayObject.Sub) {
            dict = new PyDict();
        }
        if (p < 3) {
            Object list = new PyList(items(x));
            return PyTuple.of(x.getType(), PyTuple.of(String.valueOf(x.code.code), list), dict);
        }
        return PyTuple.of(ArrayModule.RECONSTRUCTOR, PyTuple.of(x.getType(), String.valueOf(x.code.code),
                (long) x.code.machineFormat(), PyBytes.wrap(x.bufferBytes())), dict);
    }

    /** {@code (iter, (array,), index)}, or {@code (iter, ((),))} once exhausted, with the builtins' {@code iter}. */
    static Object iterReduce(ArrayObject x, int index) {
        org.jyston.api.object.FrameView f = org.jyston.api.object.PyThreadState.current().frame;
        Object iter = f == null ? null : f.builtins().get("iter");
        if (iter == null) {
            throw Errors.raise(Errors.RuntimeError, "no builtins to find iter in");
        }
        if (x == null) {
            return PyTuple.of(iter, PyTuple.of(PyTuple.of()));
        }
        return PyTuple.of(iter, PyTuple.of(x), (long) index);
    }
}
