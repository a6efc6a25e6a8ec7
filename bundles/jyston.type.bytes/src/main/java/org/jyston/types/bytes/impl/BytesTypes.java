package org.jyston.types.bytes.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code bytes} (represented by {@link PyBytes}, and for now also by the parser's {@code byte[]}
 * literals), {@code bytearray} ({@link PyByteArray}), {@code memoryview} ({@link MemoryView}) and
 * their iterators.
 */
@Component(service = BuiltinType.class)
public class BytesTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(bytesSpec(), byteArraySpec(), MemoryView.spec(), iteratorSpec("bytes_iterator"),
                iteratorSpec("bytearray_iterator"), iteratorSpec("memory_iterator"));
    }

    /** The slots bytes and bytearray share. */
    private static void common(TypeSpec s, String kind) {
        s.unary(Slot.LEN, self -> (long) (self instanceof PyByteArray a ? a.size() : Bin.self(self).length));
        s.unary(Slot.BOOL, self -> (self instanceof PyByteArray a ? a.size() : Bin.self(self).length) != 0)
                .internal(Slot.BOOL); // CPython's truth of bytes comes from __len__
        s.binary(Slot.GETITEM, BytesTypes::getitem);
        s.binary(Slot.CONTAINS, (self, x) -> {
            byte[] d = Bin.self(self);
            byte[] sub = Bin.data(x);
            if (sub == null) {
                if (!Bin.isIndex(x)) {
                    throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(x) + "'");
                }
                sub = new byte[] {(byte) Bin.byteValue(x)};
            }
            return Bin.find(d, sub, 0, d.length) >= 0;
        });
        s.unary(Slot.ITER, self -> new ByteIterator(self));
        s.binary(Slot.ADD, (a, b) -> {
            byte[] y = Bin.data(b);
            if (y == null) {
                Object r = reflected(b, a, Slot.RADD);
                if (r != Bin.NI) {
                    return r;
                }
                throw Errors.typeError("can't concat " + Op.typeName(b) + " to " + Bin.kind(a));
            }
            return Bin.make(a, Bin.concat(Bin.self(a), y));
        });
        s.binary(Slot.MUL, (a, n) -> {
            if (Bin.isIndex(n)) {
                return Bin.make(a, Bin.repeat(Bin.self(a), n));
            }
            Object r = reflected(n, a, Slot.RMUL);
            if (r != Bin.NI) {
                return r;
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
        });
        s.binary(Slot.RMUL, (a, n) -> {
            if (Bin.isIndex(n)) {
                return Bin.make(a, Bin.repeat(Bin.self(a), n));
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(n) + "'");
        });
        s.binary(Slot.MOD, BytesFormat::format);
        s.binary(Slot.EQ, (a, b) -> {
            byte[] y = comparable(b);
            return y == null ? Bin.NI : (Object) java.util.Arrays.equals(Bin.self(a), y);
        });
        s.binary(Slot.NE, (a, b) -> {
            byte[] y = comparable(b);
            return y == null ? Bin.NI : (Object) !java.util.Arrays.equals(Bin.self(a), y);
        });
        s.binary(Slot.LT, (a, b) -> order(a, b, c -> c < 0));
        s.binary(Slot.LE, (a, b) -> order(a, b, c -> c <= 0));
        s.binary(Slot.GT, (a, b) -> order(a, b, c -> c > 0));
        s.binary(Slot.GE, (a, b) -> order(a, b, c -> c >= 0));
        BytesMethods.addTo(s, kind);
    }

    /**
     * The right operand's reflected method, unless it is one of ours: CPython's bytes has no number
     * slots, so {@code b'a' + x} tries {@code x.__radd__} before the sequence concatenation.
     */
    private static Object reflected(Object b, Object a, Slot slot) {
        PyType rt = PyType.of(b);
        Slot.Binary rf = rt.binary(slot);
        // sequences (str, list, tuple, bytes) have no number slots in CPython: no reflected attempt
        if (rf == null || Bin.isBytes(b) || b instanceof PyByteArray || b instanceof String
                || b instanceof org.jyston.api.object.PyList || b instanceof org.jyston.api.object.PyTuple) {
            return Bin.NI;
        }
        return rf.apply(b, a);
    }

    /** What bytes and bytearray compare with: each other (a memoryview compares itself). */
    private static byte[] comparable(Object b) {
        return Bin.isBytes(b) || b instanceof PyByteArray ? Bin.data(b) : null;
    }

    private interface Sign {
        boolean test(int c);
    }

    private static Object order(Object a, Object b, Sign s) {
        byte[] y = comparable(b);
        return y == null ? Bin.NI : (Object) s.test(Bin.compare(Bin.self(a), y));
    }

    static TypeSpec bytesSpec() {
        TypeSpec s = new TypeSpec("bytes")
                .representation(PyBytes.class)
                .representation(byte[].class)
                .flag(TypeSpec.Flag.BASETYPE)
                .doc("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                        + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
                        + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
                        + "bytes() -> empty bytes object");
        s.unary(Slot.REPR, self -> Bin.repr(Bin.self(self)));
        s.unary(Slot.HASH, self -> hash(Bin.self(self)));
        s.call(Slot.NEW, (type, args, kw) -> Construct.newBytes(args, kw));
        common(s, "bytes");
        // CPython's bytes_mod: the left operand must be bytes (a bytearray on the left formats itself)
        s.binary(Slot.RMOD, (self, other) -> Bin.isBytes(org.jyston.api.object.Derived.unwrap(other))
                ? BytesFormat.format(org.jyston.api.object.Derived.unwrap(other), self) : Bin.NI);
        // called on a subclass instance (bytes(b) looks __bytes__ up), both answer its exact bytes value
        java.util.function.Predicate<Object> isBytes = o -> Bin.isBytes(org.jyston.api.object.Derived.unwrap(o));
        s.attribute("__getnewargs__", BuiltinMethods.method("bytes", isBytes, "__getnewargs__", (self, a, k) -> {
            BuiltinMethods.none("bytes.__getnewargs__", a, k);
            return PyTuple.of(org.jyston.api.object.Derived.unwrap(self));
        }));
        s.attribute("__bytes__", BuiltinMethods.method("bytes", isBytes, "__bytes__", (self, a, k) -> {
            BuiltinMethods.none("bytes.__bytes__", a, k);
            return org.jyston.api.object.Derived.unwrap(self);
        }));
        return s;
    }

    static TypeSpec byteArraySpec() {
        TypeSpec s = new TypeSpec("bytearray")
                .representation(PyByteArray.class)
                .flag(TypeSpec.Flag.BASETYPE)
                .doc("bytearray(iterable_of_ints) -> bytearray\n"
                        + "bytearray(string, encoding[, errors]) -> bytearray\n"
                        + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
                        + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
                        + "bytearray() -> empty bytes array");
        s.unary(Slot.REPR, self -> "bytearray(" + Bin.repr(Bin.self(self), true) + ")");
        s.unary(Slot.HASH, self -> {
            throw Errors.typeError("unhashable type: 'bytearray'");
        });
        s.call(Slot.NEW, (type, args, kw) -> Construct.newByteArray(args, kw));
        s.binary(Slot.RMOD, (self, other) -> org.jyston.api.object.Derived.unwrap(other) instanceof PyByteArray o
                ? BytesFormat.format(o, self) : Bin.NI);
        // CPython's allocated size: the bytes plus a terminating NUL, none while empty
        s.attribute("__alloc__", BuiltinMethods.method("bytearray", PyByteArray.class, "__alloc__", (self, a, k) -> {
            BuiltinMethods.none("bytearray.__alloc__", a, k);
            int n = ((PyByteArray) self).size();
            return n == 0 ? 0L : (long) n + 1;
        }));
        s.ternary(Slot.SETITEM, (self, key, value) -> {
            ByteArrayOps.setitem((PyByteArray) self, key, value);
            return org.jyston.api.object.PyNone.None;
        });
        s.binary(Slot.DELITEM, (self, key) -> {
            ByteArrayOps.delitem((PyByteArray) self, key);
            return org.jyston.api.object.PyNone.None;
        });
        s.binary(Slot.IADD, (self, b) -> {
            byte[] y = Bin.data(b);
            if (y == null) {
                throw Errors.typeError("can't concat " + Op.typeName(b) + " to bytearray");
            }
            ((PyByteArray) self).extend(y);
            return self;
        });
        s.binary(Slot.IMUL, (self, n) -> {
            if (!Bin.isIndex(n)) {
                return Bin.NI;
            }
            PyByteArray a = (PyByteArray) self;
            synchronized (a) {
                a.setAll(Bin.repeat(a.toByteArray(), n));
            }
            return self;
        });
        common(s, "bytearray");
        ByteArrayOps.addTo(s);
        return s;
    }

    /** A hash depending only on the content (CPython's is randomised per process, so any will do). */
    static long hash(byte[] d) {
        long h = 0xcbf29ce484222325L;
        for (byte b : d) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h >>= 1;
        return d.length == 0 ? 0 : h == -1 ? -2 : h;
    }

    static Object getitem(Object self, Object key) {
        String kind = Bin.kind(self);
        if (key instanceof PySlice sl) {
            byte[] d = Bin.self(self);
            return Bin.make(self, Bin.slice(d, Bin.range(sl, d.length)));
        }
        if (!Bin.isIndex(key)) {
            throw Errors.typeError((kind.equals("bytes") ? "byte" : "bytearray") + " indices must be integers or slices, not "
                    + Op.typeName(key));
        }
        long i = Bin.asLong(key);
        if (self instanceof PyByteArray a) {
            synchronized (a) {
                int p = Bin.position(i, a.size());
                if (p < 0) {
                    throw Errors.raise(Bin.INDEX_ERROR, "bytearray index out of range");
                }
                return (long) a.get(p);
            }
        }
        byte[] d = Bin.self(self);
        int p = Bin.position(i, d.length);
        if (p < 0) {
            throw Errors.raise(Bin.INDEX_ERROR, "index out of range");
        }
        return (long) (d[p] & 0xff);
    }

    static TypeSpec iteratorSpec(String name) {
        TypeSpec s = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((ByteIterator) self).next())
                .attribute("__length_hint__", new org.jyston.api.object.PyBuiltinFunction("__length_hint__",
                        (args, kw) -> ((ByteIterator) args[0]).lengthHint()));
        if (name.equals("memory_iterator")) {
            return s; // CPython's memory_iterator cannot be pickled
        }
        return org.jyston.api.object.IterPickling.methods(s, name, ByteIterator.class, self -> ((ByteIterator) self).reduce(),
                (self, state) -> ((ByteIterator) self).setState(org.jyston.api.object.IterPickling.index(state)));
    }

    /** The iterator of a bytes, bytearray or memoryview: reads the current content at each step. */
    static final class ByteIterator implements PyObject {
        private static final TypeRef BYTES = TypeRef.of("bytes_iterator");
        private static final TypeRef ARRAY = TypeRef.of("bytearray_iterator");
        private static final TypeRef MEMORY = TypeRef.of("memory_iterator");
        private final TypeRef type;
        private Object seq;
        private int index;

        ByteIterator(Object seq) {
            this.seq = seq;
            // chosen once: the type stays when the iterator lets go of its sequence at the end
            this.type = seq instanceof PyByteArray ? ARRAY : seq instanceof MemoryView ? MEMORY : BYTES;
        }

        @Override
        public PyType getType() {
            return type.get();
        }

        /** {@code (iter, (seq,), index)}, or {@code (iter, ((),))} once exhausted, as CPython. */
        synchronized Object reduce() {
            Object s = seq;
            return s == null ? org.jyston.api.object.IterPickling.reduceEmpty(org.jyston.api.object.PyTuple.EMPTY)
                    : org.jyston.api.object.IterPickling.reduce(s, (long) index);
        }

        /** Moves to an index clipped to 0..len. */
        synchronized void setState(long i) {
            Object s = seq;
            if (s != null) {
                int n = s instanceof PyByteArray a ? a.size() : Bin.self(s).length;
                index = (int) Math.max(0, Math.min(i, n));
            }
        }

        synchronized Object next() {
            Object s = seq;
            if (s != null) {
                if (s instanceof PyByteArray a) {
                    synchronized (a) {
                        if (index < a.size()) {
                            return (long) a.get(index++);
                        }
                    }
                } else if (s instanceof MemoryView m) {
                    if (index < m.length()) {
                        return (long) m.get(index++);
                    }
                } else {
                    byte[] d = Bin.self(s);
                    if (index < d.length) {
                        return (long) (d[index++] & 0xff);
                    }
                }
                seq = null;
            }
            throw Errors.raise(Errors.StopIteration);
        }

        synchronized long lengthHint() {
            Object s = seq;
            if (s == null) {
                return 0;
            }
            int n = s instanceof PyByteArray a ? a.size() : s instanceof MemoryView m ? m.length() : Bin.self(s).length;
            return Math.max(0, n - index);
        }
    }
}
