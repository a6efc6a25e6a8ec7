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
        if (args.length > 1) {
            throw Errors.typeError("memoryview: cast with a shape is not supported");
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
        return new MemoryView(obj, start, step, length, to);
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
        return new PyList(items);
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
        return !(obj instanceof PyByteArray || obj instanceof BufferExport);
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
        s.unary(Slot.LEN, self -> (long) ((MemoryView) self).length() / ((MemoryView) self).itemsize);
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
            if (m.itemsize != 1 || m.format != 'B') {
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
            boolean writable = m.obj instanceof PyByteArray || m.obj instanceof BufferExport;
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
            return new MemoryView(m.obj, m.start, m.step, m.length);
        }
        if (Bin.isBytes(o)) {
            return new MemoryView(o, 0, 1, Bin.self(o).length);
        }
        if (o instanceof PyByteArray a) {
            return new MemoryView(a, 0, 1, a.size());
        }
        if (o instanceof BufferExport e) {
            return new MemoryView(e, 0, 1, e.length());
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
                return 1L;
            case "shape":
                return PyTuple.of((long) length() / itemsize);
            case "strides":
                check();
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
        if (obj instanceof BufferExport e) {
            setExported(e, key, value);
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

    /** Item or slice assignment into an exporter's bytes, in place. */
    private void setExported(BufferExport e, Object key, Object value) {
        byte[] target = e.data();
        if (key instanceof PySlice sl) {
            byte[] d = Bin.data(value);
            if (d == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(value) + "'");
            }
            Bin.Range r = Bin.range(sl, length);
            if (d.length != r.count()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            synchronized (e) {
                for (int k = 0; k < d.length; k++) {
                    target[start + r.at(k) * step] = d[k];
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
        synchronized (e) {
            target[start + p * step] = (byte) (long) l;
        }
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
