package org.jyston.runtime.impl;

import java.util.Arrays;
import org.jyston.api.object.BufferExport;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.InstanceState;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/** {@code _io.BytesIO}: bytes in a growable array, with CPython's positions, padding and messages. */
final class BytesIOObject implements InstanceState.Holder {
    private static final byte[] EMPTY = new byte[0];

    private final PyType type;
    private final InstanceState state = new InstanceState();
    private byte[] buf = EMPTY;
    private int size;
    private int pos;
    private boolean closed;
    /** The buffers lent by {@code getbuffer()} that may still be in use, or null: no resizing while any is. */
    private java.util.ArrayList<BufferExport> exports;

    static final TypeRef BUFFER_TYPE = TypeRef.of("_io._BytesIOBuffer");
    private static final TypeRef MEMORYVIEW = TypeRef.of("memoryview");

    BytesIOObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public boolean allowsDict() {
        return true;
    }

    void checkClosed() {
        if (closed) {
            throw IoSupport.closedFile();
        }
    }

    synchronized void init(Object initial) {
        closed = false;
        pos = 0;
        size = 0;
        buf = EMPTY;
        if (initial != null && initial != PyNone.None) {
            byte[] b = IoSupport.bytesOf(initial);
            buf = Arrays.copyOf(b, b.length);
            size = b.length;
        }
    }

    /** CPython's CHECK_EXPORTS: a BufferError while a view from {@code getbuffer()} is in use. */
    private void checkExports() {
        java.util.ArrayList<BufferExport> e = exports;
        if (e != null) {
            e.removeIf(x -> !x.inUse());
            if (!e.isEmpty()) {
                throw BufferExport.resizeError();
            }
            exports = null;
        }
    }

    /** {@code getbuffer()}: a writable memoryview of the bytes, in place; the stream cannot resize while it lives. */
    synchronized Object getbuffer() {
        checkClosed();
        BufferExport e = new BufferExport(BUFFER_TYPE, buf, size);
        if (exports == null) {
            exports = new java.util.ArrayList<>(2);
        }
        exports.add(e);
        return Op.call(MEMORYVIEW.get(), e);
    }

    /** {@code __init__} again: as CPython, the size and position are reset before the exports are checked. */
    synchronized void reinit(Object initial) {
        size = 0;
        pos = 0;
        checkExports();
        init(initial);
    }

    static TypeSpec bufferSpec() {
        return new TypeSpec(BUFFER_TYPE.name()).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES);
    }

    private void ensure(int capacity) {
        if (capacity > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(capacity, Math.max(16, buf.length + (buf.length >> 1))));
        }
    }

    synchronized long write(byte[] data, int n) {
        checkClosed();
        checkExports();
        if (n == 0) {
            return 0;
        }
        int end = pos + n;
        ensure(end);
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, n);
        pos = end;
        if (end > size) {
            size = end;
        }
        return n;
    }

    synchronized PyBytes read(long n) {
        checkClosed();
        int left = Math.max(0, size - pos);
        int take = n < 0 || n > left ? left : (int) n;
        if (take == 0) {
            return PyBytes.EMPTY;
        }
        byte[] out = Arrays.copyOfRange(buf, pos, pos + take);
        pos += take;
        return PyBytes.wrap(out);
    }

    synchronized PyBytes readline(long limit) {
        checkClosed();
        int left = Math.max(0, size - pos);
        int stop = limit < 0 || limit > left ? size : pos + (int) limit;
        int end = pos;
        while (end < stop) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        if (end <= pos) {
            return PyBytes.EMPTY;
        }
        byte[] out = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return PyBytes.wrap(out);
    }

    synchronized long seek(long target, long whence) {
        checkClosed();
        if (target < 0 && whence == 0) {
            throw Errors.valueError("negative seek value " + target);
        }
        long p;
        if (whence == 0) {
            p = target;
        } else if (whence == 1) {
            p = Math.max(0, pos + target);
        } else if (whence == 2) {
            p = Math.max(0, size + target);
        } else {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return pos;
    }

    synchronized long truncate(Object arg) {
        checkClosed();
        checkExports();
        long n = arg == null || arg == PyNone.None ? pos : IoSupport.integer(arg);
        if (n < 0) {
            throw Errors.valueError("negative size value " + n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }

    synchronized PyBytes getvalue() {
        checkClosed();
        return PyBytes.wrap(Arrays.copyOf(buf, size));
    }

    synchronized Object getstate() {
        checkClosed();
        PyDict own = state.dictIfPresent();
        PyDict d = null;
        if (own != null) {
            d = new PyDict();
            for (Object k : own.keys()) {
                d.put(k, own.get(k));
            }
        }
        return PyTuple.of(PyBytes.wrap(Arrays.copyOf(buf, size)), (long) pos, d == null ? PyNone.None : d);
    }

    synchronized void setstate(Object state) {
        checkClosed();
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw Errors.typeError((type.isHeapType() ? "" : "_io.") + Op.typeName(this)
                    + ".__setstate__ argument should be 3-tuple, got " + Op.typeName(state));
        }
        checkExports();
        init(t.get(0));
        Object p = t.get(1);
        if (!(p instanceof Long)) {
            throw Errors.typeError("second item of state must be an integer, not " + Op.typeName(p));
        }
        if ((Long) p < 0) {
            throw Errors.valueError("position value cannot be negative");
        }
        pos = (int) Math.min((Long) p, Integer.MAX_VALUE - 8);
        Object d = t.get(2);
        if (d != PyNone.None) {
            if (!(d instanceof PyDict pd)) {
                throw Errors.typeError("third item of state should be a dict, got a " + Op.typeName(d));
            }
            PyDict mine = getDict();
            for (Object k : pd.keys()) {
                mine.put(k, pd.get(k));
            }
        }
    }

    private static BytesIOObject self(Object o) {
        return (BytesIOObject) o;
    }

    private static final String[] INIT_NAMES = {"initial_bytes"};

    static TypeSpec spec() {
        String o = "BytesIO";
        return new TypeSpec(o).base("_BufferedIOBase").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "_io")
                .doc("Buffered I/O implementation using an in-memory bytes buffer.")
                .call(Slot.NEW, (t, args, kw) -> new BytesIOObject((PyType) t))
                .call(Slot.INIT, (s, args, kw) -> {
                    Object[] v = Args.parse("BytesIO", args, kw, INIT_NAMES, 0, 0);
                    self(s).reinit(v[0]);
                    return PyNone.None;
                })
                .unary(Slot.ITER, s -> {
                    self(s).checkClosed();
                    return s;
                })
                .unary(Slot.NEXT, s -> {
                    PyBytes line = self(s).readline(-1);
                    if (line.size() == 0) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return line;
                })
                .attribute("readable", IoSupport.method(o, "readable", (s, a, k) -> open(s)))
                .attribute("writable", IoSupport.method(o, "writable", (s, a, k) -> open(s)))
                .attribute("seekable", IoSupport.method(o, "seekable", (s, a, k) -> open(s)))
                .attribute("close", IoSupport.method(o, "close", (s, a, k) -> {
                    IoSupport.positional("close", a, k, 0, 0);
                    synchronized (s) {
                        self(s).checkExports();
                        self(s).closed = true;
                        self(s).buf = EMPTY;
                        self(s).size = 0;
                    }
                    return PyNone.None;
                }))
                .attribute("flush", IoSupport.method(o, "flush", (s, a, k) -> {
                    IoSupport.positional("flush", a, k, 0, 0);
                    self(s).checkClosed();
                    return PyNone.None;
                }))
                .attribute("isatty", IoSupport.method(o, "isatty", (s, a, k) -> {
                    IoSupport.positional("isatty", a, k, 0, 0);
                    self(s).checkClosed();
                    return false;
                }))
                .attribute("tell", IoSupport.method(o, "tell", (s, a, k) -> {
                    IoSupport.positional("tell", a, k, 0, 0);
                    self(s).checkClosed();
                    return (long) self(s).pos;
                }))
                .attribute("write", IoSupport.method(o, "write", (s, a, k) -> {
                    IoSupport.positional("write", a, k, 1, 1);
                    self(s).checkClosed();
                    byte[] b = IoSupport.bytesOf(a[0]);
                    return self(s).write(b, b.length);
                }))
                .attribute("writelines", IoSupport.method(o, "writelines", (s, a, k) -> {
                    IoSupport.positional("writelines", a, k, 1, 1);
                    self(s).checkClosed();
                    Object it = Op.iter(a[0]);
                    for (Object x = IoBases.next(it); x != null; x = IoBases.next(it)) {
                        byte[] b = IoSupport.bytesOf(x);
                        self(s).write(b, b.length);
                    }
                    return PyNone.None;
                }))
                .attribute("read", IoSupport.method(o, "read", (s, a, k) -> {
                    IoSupport.positional("read", a, k, 0, 1);
                    return self(s).read(IoSupport.size(a, 0));
                }))
                .attribute("read1", IoSupport.method(o, "read1", (s, a, k) -> {
                    IoSupport.positional("read1", a, k, 0, 1);
                    return self(s).read(IoSupport.size(a, 0));
                }))
                .attribute("readinto", IoSupport.method(o, "readinto", (s, a, k) -> {
                    IoSupport.positional("readinto", a, k, 1, 1);
                    PyBytes data = self(s).read(IoSupport.byteLength(a[0]));
                    IoSupport.copyInto(a[0], data.array(), data.size());
                    return (long) data.size();
                }))
                .attribute("readline", IoSupport.method(o, "readline", (s, a, k) -> {
                    IoSupport.positional("readline", a, k, 0, 1);
                    return self(s).readline(IoSupport.size(a, 0));
                }))
                .attribute("readlines", IoSupport.method(o, "readlines", (s, a, k) -> {
                    IoSupport.positional("readlines", a, k, 0, 1);
                    long hint = IoSupport.size(a, 0);
                    PyList out = new PyList();
                    long total = 0;
                    for (PyBytes line = self(s).readline(-1); line.size() > 0; line = self(s).readline(-1)) {
                        out.append(line);
                        total += line.size();
                        if (hint > 0 && total >= hint) {
                            break;
                        }
                    }
                    return out;
                }))
                .attribute("getbuffer", IoSupport.method(o, "getbuffer", (s, a, k) -> {
                    IoSupport.positional("getbuffer", a, k, 0, 0);
                    return self(s).getbuffer();
                }))
                .attribute("getvalue", IoSupport.method(o, "getvalue", (s, a, k) -> {
                    IoSupport.positional("getvalue", a, k, 0, 0);
                    return self(s).getvalue();
                }))
                .attribute("seek", IoSupport.method(o, "seek", (s, a, k) -> {
                    IoSupport.positional("seek", a, k, 1, 2);
                    long whence = a.length > 1 ? IoSupport.integer(a[1]) : 0;
                    return self(s).seek(IoSupport.integer(a[0]), whence);
                }))
                .attribute("truncate", IoSupport.method(o, "truncate", (s, a, k) -> {
                    IoSupport.positional("truncate", a, k, 0, 1);
                    return self(s).truncate(a.length > 0 ? a[0] : null);
                }))
                .attribute("__getstate__", IoSupport.method(o, "__getstate__", (s, a, k) -> self(s).getstate()))
                .attribute("__setstate__", IoSupport.method(o, "__setstate__", (s, a, k) -> {
                    IoSupport.positional("__setstate__", a, k, 1, 1);
                    self(s).setstate(a[0]);
                    return PyNone.None;
                }))
                .attribute("closed", new GetSetDescriptor("closed", o, s -> self(s).closed, null, null));
    }

    private static Object open(Object s) {
        self(s).checkClosed();
        return true;
    }
}
