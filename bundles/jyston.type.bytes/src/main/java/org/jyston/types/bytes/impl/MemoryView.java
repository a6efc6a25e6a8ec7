package org.jyston.types.bytes.impl;

import org.jyston.api.object.Attributes;
import org.jyston.api.object.BufferExport;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code memoryview} over a bytes or a bytearray: one dimension, format {@code 'B'}, item size 1.
 * A view is {@code (start, step, length)} over the underlying object; slicing makes another view of
 * the same object. A bytearray stays resizable while viewed (CPython forbids that; here a view
 * reading past the current end raises IndexError). A view of a {@link BufferExport} (such as
 * {@code BytesIO.getbuffer()}) reads and writes the exporter's array in place and counts as an export
 * until it is released or collected.
 */
final class MemoryView implements PyObject, BufferExport.View {
    private static final TypeRef TYPE = TypeRef.of("memoryview");

    private final Object obj;
    private final int start;
    private final int step;
    private final int length;
    /** The struct format of the items ('B' unless made by {@code cast}) and their size in bytes. */
    private final char format;
    private final int itemsize;
    /** The dimensions of a view made by {@code cast(format, shape)} with more than one, else null (one dimension). */
    private int[] shape;
    private volatile boolean released;

    MemoryView(Object obj, int start, int step, int length) {
        this(obj, start, step, length, 'B');
    }

    private MemoryView(Object obj, int start, int step, int length, char format) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
        this.itemsize = itemSize(format);
        if (obj instanceof BufferExport e) {
            e.register(this);
        }
    }

    @Override
    public boolean isReleased() {
        return released;
    }

    private static int itemSize(char f) {
        return switch (f) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h' -> 2;
            case 'I', 'i', 'f' -> 4;
            default -> 8; // L l Q q n N d P
        };
    }

    /** {@code cast(format)}: the same bytes seen as items of another native format (one dimension). */
    private MemoryView cast(Object[] args, String[] kw) {
        check();
        if (args.length < 1 || !(args[0] instanceof String f)) {
            throw Errors.typeError(args.length < 1 ? "cast() missing required argument 'format' (pos 1)"
                    : "memoryview: format argument must be a string");
        }
        int[] dims = null;
        if (args.length > 1) {
            if (!(args[1] instanceof PyTuple) && !(args[1] instanceof PyList)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            Object[] items = args[1] instanceof PyTuple t ? t.toArray() : ((PyList) args[1]).toArray();
            dims = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                long d = Op.indexAsLong(items[i], "shape");
                if (d <= 0) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                dims[i] = (int) d;
            }
        }
        String fmt = f.startsWith("@") ? f.substring(1) : f;
        if (fmt.length() != 1 || "BbcHhIiLlQqnN?fd".indexOf(fmt.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        char to = fmt.charAt(0);
        if (itemsize != 1 && itemSize(to) != 1) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (step != 1) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (length % itemSize(to) != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (dims != null) {
            if (shape != null) {
                throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            long product = itemSize(to);
            for (int d : dims) {
                product *= d;
            }
            if (product != length) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        MemoryView v = new MemoryView(obj, start, step, length, to);
        v.shape = dims != null && dims.length != 1 ? dims : null;
        return v;
    }

    /** Item {@code i} of a cast view, decoded as the native (little-endian) format does. */
    private Object item(byte[] d, int i) {
        int at = i * itemsize;
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = (v << 8) | (d[at + k] & 0xff);
        }
        return switch (format) {
            case 'b' -> (long) (byte) v;
            case 'h' -> (long) (short) v;
            case 'i' -> (long) (int) v;
            case 'c' -> PyBytes.wrap(new byte[] {(byte) v});
            case '?' -> v != 0;
            case 'f' -> (double) Float.intBitsToFloat((int) v);
            case 'd' -> Double.longBitsToDouble(v);
            case 'L', 'Q', 'N' -> v >= 0 ? (Object) v : java.math.BigInteger.valueOf(v).add(
                    java.math.BigInteger.ONE.shiftLeft(64));
            default -> v; // B H I l q n
        };
    }

    private PyList castList() {
        byte[] d = toBytes();
        Object[] items = new Object[d.length / itemsize];
        for (int i = 0; i < items.length; i++) {
            items[i] = item(d, i);
        }
        return shape == null ? new PyList(items) : nested(items, 0, 0);
    }

    /** {@code tolist()} of a view of several dimensions: lists of lists, row by row. */
    private PyList nested(Object[] items, int dim, int from) {
        int inner = 1;
        for (int k = dim + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        Object[] out = new Object[shape[dim]];
        for (int i = 0; i < out.length; i++) {
            out[i] = dim == shape.length - 1 ? items[from + i] : nested(items, dim + 1, from + i * inner);
        }
        return new PyList(out);
    }

    private static RuntimeException subViews() {
        return Errors.raise(org.jyston.api.object.TypeRef.of("NotImplementedError"),
                "multi-dimensional sub-views are not implemented");
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    private void check() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    int length() {
        check();
        return length;
    }

    boolean readonly() {
        return !(obj instanceof PyByteArray
                || obj instanceof org.jyston.api.object.PyBuffer b && !b.bufferReadonly());
    }

    /** The byte at position {@code i} of the view (0..length-1), unsigned. */
    int get(int i) {
        check();
        int p = start + i * step;
        if (obj instanceof PyByteArray a) {
            synchronized (a) {
                if (p >= a.size()) {
                    throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
                }
                return a.get(p);
            }
        }
        if (obj instanceof BufferExport e) {
            synchronized (e) {
                return e.data()[p] & 0xff;
            }
        }
        return Bin.self(obj)[p] & 0xff;
    }

    /** A copy of the bytes seen through the view. */
    byte[] toBytes() {
        check();
        byte[] d = Bin.data(obj);
        if (obj instanceof PyByteArray && start + (long) (length - 1) * step >= d.length && length > 0) {
            throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        if (step == 1) {
            return java.util.Arrays.copyOfRange(d, start, start + length);
        }
        byte[] out = new byte[length];
        for (int k = 0; k < length; k++) {
            out[k] = d[start + k * step];
        }
        return out;
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("memoryview")
                .representation(MemoryView.class)
                .doc("Create a new memoryview object which references the given object.");
        s.call(Slot.NEW, (type, args, kw) -> {
            int nkw = Args.kwCount(kw);
            Object o = null;
            if (args.length > 1) {
                throw Errors.typeError("memoryview() takes at most 1 argument (" + args.length + " given)");
            }
            if (args.length == 1) {
                if (nkw == 1 && !kw[0].equals("object")) {
                    throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for memoryview()");
                }
                o = args[0];
            }
            if (o == null) {
                throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(o);
        });
        s.unary(Slot.LEN, self -> {
            MemoryView m = (MemoryView) self;
            return m.shape != null ? (long) m.shape[0] : (long) m.length() / m.itemsize;
        });
        s.unary(Slot.REPR, self -> (((MemoryView) self).released ? "<released memory at 0x" : "<memory at 0x")
                + String.format("%012x", System.identityHashCode(self)) + ">");
        s.unary(Slot.HASH, self -> {
            MemoryView m = (MemoryView) self;
            m.check();
            if (!m.readonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return BytesTypes.hash(m.toBytes());
        });
        s.binary(Slot.GETITEM, (self, key) -> {
            MemoryView m = (MemoryView) self;
            if (m.shape != null) {
                m.check();
                if (!(key instanceof PyTuple t) || t.size() != m.shape.length) {
                    throw subViews();
                }
                long at = 0;
                for (int k = 0; k < m.shape.length; k++) {
                    long i = Op.indexAsLong(t.get(k), "index");
                    if (i < 0) {
                        i += m.shape[k];
                    }
                    if (i < 0 || i >= m.shape[k]) {
                        throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension " + (k + 1));
                    }
                    at = at * m.shape[k] + i;
                }
                return m.item(m.toBytes(), (int) at);
            }
            if (m.format != 'B') {
                PyList items = m.castList();
                if (key instanceof PySlice) {
                    return Op.getitem(items, key);
                }
                long i = Op.indexAsLong(key, "index");
                long p = i < 0 ? i + items.size() : i;
                if (p < 0 || p >= items.size()) {
                    throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
                }
                return items.get((int) p);
            }
            return m.getitem(key);
        });
        s.ternary(Slot.SETITEM, (self, key, value) -> {
            ((MemoryView) self).setitem(key, value);
            return PyNone.None;
        });
        s.unary(Slot.ITER, self -> {
            ((MemoryView) self).check();
            if (((MemoryView) self).shape != null) {
                throw subViews();
            }
            if (((MemoryView) self).format != 'B') {
                return Op.iter(((MemoryView) self).castList());
            }
            return new BytesTypes.ByteIterator(self);
        });
        s.binary(Slot.EQ, (a, b) -> eq((MemoryView) a, b));
        s.binary(Slot.NE, (a, b) -> {
            Object r = eq((MemoryView) a, b);
            return r instanceof Boolean x ? (Object) !x : r;
        });
        s.binary(Slot.GETATTRIBUTE, (self, name) -> ((MemoryView) self).attribute((String) name));
        s.binary(Slot.DELITEM, (self, key) -> {
            MemoryView m = (MemoryView) self;
            m.check();
            throw Errors.typeError(m.readonly() ? "cannot modify read-only memory" : "cannot delete memory");
        });
        // CPython's getset descriptors; reads take the switch in attribute()
        String[][] getsets = {
            {"c_contiguous", "A bool indicating whether the memory is C contiguous."},
            {"contiguous", "A bool indicating whether the memory is contiguous."},
            {"f_contiguous", "A bool indicating whether the memory is Fortran contiguous."},
            {"format", "A string containing the format (in struct module style)\n for each element in the view."},
            {"itemsize", "The size in bytes of each element of the memoryview."},
            {"nbytes", "The amount of space in bytes that the array would use in\n a contiguous representation."},
            {"ndim", "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
            {"obj", "The underlying object of the memoryview."},
            {"readonly", "A bool indicating whether the memory is read only."},
            {"shape", "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
            {"strides", "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
            {"suboffsets", "A tuple of integers used internally for PIL-style arrays."}};
        for (String[] g : getsets) {
            String n = g[0];
            s.attribute(n, new org.jyston.api.object.GetSetDescriptor(n, "memoryview",
                    self -> ((MemoryView) self).attribute(n), null, g[1]));
        }
        method(s, "tobytes", m -> PyBytes.wrap(m.toBytes()));
        s.attribute("cast", new PyBuiltinFunction("cast", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof MemoryView m)) {
                throw Errors.typeError("descriptor 'cast' for 'memoryview' objects doesn't apply to this object");
            }
            return m.cast(java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        }));
        method(s, "tolist", m -> {
            if (m.itemsize != 1 || m.format != 'B' || m.shape != null) {
                return m.castList();
            }
            byte[] d = m.toBytes();
            Object[] items = new Object[d.length];
            for (int i = 0; i < d.length; i++) {
                items[i] = (long) (d[i] & 0xff);
            }
            return new PyList(items);
        });
        method(s, "hex", m -> BytesMethods.hexOf(m.toBytes(), null, null));
        method(s, "release", m -> {
            m.released = true;
            return PyNone.None;
        });
        method(s, "__enter__", m -> {
            m.check();
            return m;
        });
        s.attribute("__exit__", new PyBuiltinFunction("__exit__", (args, kw) -> {
            ((MemoryView) args[0]).released = true;
            return PyNone.None;
        }));
        method(s, "toreadonly", m -> {
            m.check();
            boolean writable = !m.readonly();
            return new MemoryView(writable ? PyBytes.wrap(m.toBytes()) : m.obj, writable ? 0 : m.start,
                    writable ? 1 : m.step, m.length);
        });
        return s;
    }

    private interface Body {
        Object apply(MemoryView m);
    }

    private static void method(TypeSpec s, String name, Body body) {
        s.attribute(name, new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof MemoryView m)) {
                throw Errors.typeError("descriptor '" + name + "' for 'memoryview' objects doesn't apply to a '"
                        + (args.length == 0 ? "NoneType" : Op.typeName(args[0])) + "' object");
            }
            if (args.length > 1 || Args.kwCount(kw) > 0) {
                throw Errors.typeError("memoryview." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return body.apply(m);
        }));
    }

    /** {@code memoryview(o)}. */
    static MemoryView of(Object o) {
        if (o instanceof MemoryView m) {
            m.check();
            MemoryView v = new MemoryView(m.obj, m.start, m.step, m.length, m.format); // same format and shape
            v.shape = m.shape;
            return v;
        }
        if (Bin.isBytes(o)) {
            return new MemoryView(o, 0, 1, Bin.self(o).length);
        }
        if (o instanceof PyByteArray a) {
            return new MemoryView(a, 0, 1, a.size());
        }
        if (o instanceof org.jyston.api.object.PyBuffer b) {
            return new MemoryView(o, 0, 1, b.bufferLength(), b.bufferFormat());
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Op.typeName(o) + "'");
    }

    private Object attribute(String name) {
        switch (name) {
            case "obj":
                check();
                return obj;
            case "nbytes":
                return (long) length();
            case "readonly":
                check();
                return readonly();
            case "format":
                check();
                return String.valueOf(format);
            case "itemsize":
                check();
                return (long) itemsize;
            case "ndim":
                check();
                return shape == null ? 1L : (long) shape.length;
            case "shape":
                if (shape != null) {
                    Object[] d = new Object[shape.length];
                    for (int k = 0; k < d.length; k++) {
                        d[k] = (long) shape[k];
                    }
                    return PyTuple.of(d);
                }
                return PyTuple.of((long) length() / itemsize);
            case "strides":
                check();
                if (shape != null) { // C order: the last dimension's items are adjacent
                    Object[] d = new Object[shape.length];
                    long stride = itemsize;
                    for (int k = d.length - 1; k >= 0; k--) {
                        d[k] = stride;
                        stride *= shape[k];
                    }
                    return PyTuple.of(d);
                }
                return PyTuple.of((long) step);
            case "c_contiguous":
            case "f_contiguous":
            case "contiguous":
                check();
                return step == 1 || length <= 1;
            case "suboffsets":
                check();
                return PyTuple.of();
            case "released":
                return released;
            default:
                return Attributes.genericGet(this, name);
        }
    }

    private Object getitem(Object key) {
        check();
        if (key instanceof PySlice sl) {
            Bin.Range r = Bin.range(sl, length);
            return new MemoryView(obj, start + r.start() * step, step * r.step(), r.count());
        }
        if (!Bin.isIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        long i = Bin.asLong(key);
        int p = Bin.position(i, length);
        if (p < 0) {
            throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        return (long) get(p);
    }

    private void setitem(Object key, Object value) {
        check();
        if (readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (obj instanceof org.jyston.api.object.PyBuffer b) {
            setBufferItem(b, key, value);
            return;
        }
        PyByteArray a = (PyByteArray) obj;
        if (key instanceof PySlice sl) {
            byte[] d = Bin.data(value);
            if (d == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(value) + "'");
            }
            Bin.Range r = Bin.range(sl, length);
            if (d.length != r.count()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            synchronized (a) {
                for (int k = 0; k < d.length; k++) {
                    a.set(start + r.at(k) * step, d[k] & 0xff);
                }
            }
            return;
        }
        if (!Bin.isIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        int p = Bin.position(Bin.asLong(key), length);
        if (p < 0) {
            throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        if (!(value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger)) {
            throw Errors.typeError("memoryview: invalid type for format 'B'");
        }
        Object v = Op.index(value);
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw Errors.valueError("memoryview: invalid value for format 'B'");
        }
        synchronized (a) {
            a.set(start + p * step, (int) (long) l);
        }
    }

    /** Assignment through a view of another object's buffer: whole items of the view's format. */
    private void setBufferItem(org.jyston.api.object.PyBuffer b, Object key, Object value) {
        int n = length / itemsize;
        if (key instanceof PySlice sl) {
            byte[] d = Bin.data(value);
            if (d == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(value) + "'");
            }
            Bin.Range r = Bin.range(sl, n);
            if (d.length != r.count() * itemsize || step != 1) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < r.count(); k++) {
                b.bufferWrite(start + r.at(k) * itemsize, d, k * itemsize, itemsize);
            }
            return;
        }
        if (!Bin.isIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        int p = Bin.position(Bin.asLong(key), n);
        if (p < 0) {
            throw Errors.raise(Bin.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        b.bufferWrite(start + p * itemsize, encodeItem(value), 0, itemsize);
    }

    /** One item of the view's format, native little-endian, with memoryview's errors. */
    private byte[] encodeItem(Object value) {
        long bits;
        if (format == 'f' || format == 'd') {
            Object u = org.jyston.api.object.Derived.unwrap(value);
            double x;
            if (u instanceof Double f) {
                x = f;
            } else if (u instanceof Long l) {
                x = l;
            } else if (u instanceof Boolean z) {
                x = z ? 1 : 0;
            } else if (u instanceof java.math.BigInteger g) {
                x = g.doubleValue();
            } else {
                throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
            }
            bits = format == 'f' ? Float.floatToIntBits((float) x) : Double.doubleToLongBits(x);
        } else {
            if (!Bin.isIndex(value)) {
                throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
            }
            Object v = Op.index(value);
            boolean signed = "bhilqn".indexOf(format) >= 0;
            java.math.BigInteger big = v instanceof Long l ? java.math.BigInteger.valueOf(l)
                    : v instanceof Boolean z ? (z ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO)
                    : (java.math.BigInteger) v;
            int bitsN = itemsize * 8;
            java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(bitsN - 1).negate()
                    : java.math.BigInteger.ZERO;
            java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(bitsN - 1)
                    : java.math.BigInteger.ONE.shiftLeft(bitsN);
            if (big.compareTo(lo) < 0 || big.compareTo(hi) >= 0) {
                throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
            }
            bits = big.longValue();
        }
        byte[] d = new byte[itemsize];
        for (int k = 0; k < itemsize; k++) {
            d[k] = (byte) (bits >>> (8 * k));
        }
        return d;
    }

    private static Object eq(MemoryView a, Object b) {
        if (a == b) {
            return true;
        }
        if (a.released) {
            return false;
        }
        byte[] y;
        if (b instanceof MemoryView m) {
            if (m.released) {
                return false;
            }
            y = m.toBytes();
        } else {
            y = Bin.data(b);
        }
        return y == null ? Bin.NI : (Object) java.util.Arrays.equals(a.toBytes(), y);
    }
}
