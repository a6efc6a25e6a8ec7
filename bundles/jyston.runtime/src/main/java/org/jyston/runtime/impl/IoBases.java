package org.jyston.runtime.impl;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The abstract bases of the {@code _io} types ({@code _IOBase}, {@code _RawIOBase}, {@code _BufferedIOBase},
 * {@code _TextIOBase}) and {@code io.UnsupportedOperation}. As in CPython, their methods work on any subclass
 * through the subclass's own methods ({@code _RawIOBase.read} calls {@code self.readinto}, {@code _IOBase.close}
 * calls {@code self.flush} and records {@code __IOBase_closed} in the instance), so a Python class that
 * defines only {@code readinto} is a complete raw stream. Instances of Python subclasses are ordinary
 * instances laid out by the class's layout strategy.
 */
final class IoBases {
    private static final String CLOSED_ATTR = "__IOBase_closed";
    private static final TypeRef NOT_IMPLEMENTED = TypeRef.of("NotImplementedError");

    private IoBases() {}

    /** An instance of one of the base types itself ({@code _io._IOBase()}). */
    static final class Instance implements PyObject, HasDict {
        private final PyType type;
        private PyDict dict;

        Instance(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public PyDict getDictIfPresent() {
            return dict;
        }
    }

    static List<TypeSpec> specs() {
        return List.of(ioBase(), rawIoBase(), bufferedIoBase(), textIoBase());
    }

    private static TypeSpec base(String name) {
        // SUBCLASS_NEW on each: a Python subclass's instance is made by _IOBase.__new__ for that class
        return new TypeSpec(name).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "_io");
    }

    /** Whether close() has run ({@code __IOBase_closed} is present, as CPython's iobase_is_closed asks). */
    static boolean baseClosed(Object self) {
        return IoSupport.lookup(self, CLOSED_ATTR) != null;
    }

    /** CPython's {@code _checkClosed}: {@code self.closed} is true → ValueError. */
    static void checkClosed(Object self) {
        if (Op.isTrue(Op.getattr(self, "closed"))) {
            throw IoSupport.closedFile();
        }
    }

    private static TypeSpec ioBase() {
        String o = "_IOBase";
        return base(o)
                .doc("The abstract base class for all I/O classes.")
                .call(Slot.NEW, (t, args, kw) -> {
                    PyType cls = (PyType) t;
                    return cls.isHeapType() ? PyInstance.create(cls) : new Instance(cls);
                })
                .unary(Slot.ITER, self -> {
                    checkClosed(self);
                    return self;
                })
                .unary(Slot.NEXT, self -> {
                    Object line = IoSupport.callMethod(self, "readline");
                    if (Op.len(line) == 0) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return line;
                })
                .attribute("__del__", IoSupport.method(o, "__del__", (self, a, k) -> {
                    try {
                        if (!baseClosed(self)) {
                            IoSupport.callMethod(self, "close");
                        }
                    } catch (PyException e) {
                        // CPython reports it as unraisable; the object is going away either way
                    }
                    return PyNone.None;
                }))
                .attribute("seek", IoSupport.method(o, "seek", (self, a, k) -> {
                    throw IoSupport.unsupported("seek");
                }))
                .attribute("tell", IoSupport.method(o, "tell", (self, a, k) -> {
                    IoSupport.positional("tell", a, k, 0, 0);
                    return IoSupport.callMethod(self, "seek", 0L, 1L);
                }))
                .attribute("truncate", IoSupport.method(o, "truncate", (self, a, k) -> {
                    throw IoSupport.unsupported("truncate");
                }))
                .attribute("flush", IoSupport.method(o, "flush", (self, a, k) -> {
                    IoSupport.positional("flush", a, k, 0, 0);
                    if (baseClosed(self)) {
                        throw IoSupport.closedFile();
                    }
                    return PyNone.None;
                }))
                .attribute("close", IoSupport.method(o, "close", (self, a, k) -> {
                    IoSupport.positional("close", a, k, 0, 0);
                    if (baseClosed(self)) {
                        return PyNone.None;
                    }
                    try {
                        IoSupport.callMethod(self, "flush");
                    } finally {
                        Op.setattr(self, CLOSED_ATTR, Boolean.TRUE);
                    }
                    return PyNone.None;
                }))
                .attribute("seekable", IoSupport.method(o, "seekable", (self, a, k) -> false))
                .attribute("readable", IoSupport.method(o, "readable", (self, a, k) -> false))
                .attribute("writable", IoSupport.method(o, "writable", (self, a, k) -> false))
                .attribute("_checkClosed", IoSupport.method(o, "_checkClosed", (self, a, k) -> {
                    checkClosed(self);
                    return PyNone.None;
                }))
                .attribute("_checkSeekable", IoSupport.method(o, "_checkSeekable", (self, a, k) ->
                        check(self, "seekable", "File or stream is not seekable.")))
                .attribute("_checkReadable", IoSupport.method(o, "_checkReadable", (self, a, k) ->
                        check(self, "readable", "File or stream is not readable.")))
                .attribute("_checkWritable", IoSupport.method(o, "_checkWritable", (self, a, k) ->
                        check(self, "writable", "File or stream is not writable.")))
                .attribute("fileno", IoSupport.method(o, "fileno", (self, a, k) -> {
                    throw IoSupport.unsupported("fileno");
                }))
                .attribute("isatty", IoSupport.method(o, "isatty", (self, a, k) -> {
                    checkClosed(self);
                    return false;
                }))
                .attribute("__enter__", IoSupport.method(o, "__enter__", (self, a, k) -> {
                    checkClosed(self);
                    return self;
                }))
                .attribute("__exit__", IoSupport.method(o, "__exit__", (self, a, k) ->
                        IoSupport.callMethod(self, "close")))
                .attribute("readline", IoSupport.method(o, "readline", (self, a, k) -> {
                    IoSupport.positional("readline", a, k, 0, 1);
                    return readline(self, IoSupport.size(a, 0));
                }))
                .attribute("readlines", IoSupport.method(o, "readlines", (self, a, k) -> {
                    IoSupport.positional("readlines", a, k, 0, 1);
                    return readlines(self, IoSupport.size(a, 0));
                }))
                .attribute("writelines", IoSupport.method(o, "writelines", (self, a, k) -> {
                    IoSupport.positional("writelines", a, k, 1, 1);
                    checkClosed(self);
                    Object it = Op.iter(a[0]);
                    Object write = Op.getattr(self, "write");
                    for (Object line = next(it); line != null; line = next(it)) {
                        Op.call(write, line);
                    }
                    return PyNone.None;
                }))
                .attribute("closed", new GetSetDescriptor("closed", o, IoBases::baseClosed, null, null));
    }

    /** The next item, or null at the end. */
    static Object next(Object it) {
        try {
            return Op.next(it);
        } catch (PyException e) {
            if (e.matches(Errors.StopIteration.get())) {
                return null;
            }
            throw e;
        }
    }

    private static Object check(Object self, String what, String message) {
        Object r = IoSupport.callMethod(self, what);
        if (r != Boolean.TRUE) {
            if (r instanceof Boolean) {
                throw IoSupport.unsupported(message);
            }
            throw Errors.typeError(what + "() should return a bool");
        }
        return Boolean.TRUE;
    }

    /** {@code IOBase.readline}: {@code peek} when the object has it, else byte by byte. */
    static Object readline(Object self, long limit) {
        Object peek = IoSupport.lookup(self, "peek");
        Object read = Op.getattr(self, "read");
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            long ahead = 1;
            if (peek != null) {
                Object p = Op.call(peek, 1L);
                if (!(p instanceof PyBytes pb)) {
                    throw Errors.raise(TypeRef.of("OSError"), "peek() should have returned a bytes object, not '"
                            + Op.typeName(p) + "'");
                }
                byte[] bs = pb.array();
                if (bs.length > 0) {
                    int n = 0;
                    long max = limit < 0 ? bs.length : Math.min(bs.length, limit - line.size());
                    while (n < max) {
                        if (bs[n++] == '\n') {
                            break;
                        }
                    }
                    ahead = n;
                }
            }
            Object b = Op.call(read, ahead);
            if (!(b instanceof PyBytes bb)) {
                throw Errors.raise(TypeRef.of("OSError"), "read() should have returned a bytes object, not '"
                        + Op.typeName(b) + "'");
            }
            byte[] bs = bb.array();
            if (bs.length == 0) {
                break;
            }
            line.write(bs, 0, bs.length);
            if (bs[bs.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(line.toByteArray());
    }

    /** {@code IOBase.readlines(hint)}: lines until their total length reaches the hint. */
    static Object readlines(Object self, long hint) {
        PyList out = new PyList();
        Object it = Op.iter(self);
        long total = 0;
        for (Object line = next(it); line != null; line = next(it)) {
            out.append(line);
            if (hint > 0) {
                total += Op.len(line);
                if (total >= hint) {
                    break;
                }
            }
        }
        return out;
    }

    private static TypeSpec rawIoBase() {
        String o = "_RawIOBase";
        return base(o).base("_IOBase").doc("Base class for raw binary I/O.")
                .attribute("read", IoSupport.method(o, "read", (self, a, k) -> {
                    IoSupport.positional("read", a, k, 0, 1);
                    long size = IoSupport.size(a, 0);
                    if (size < 0) {
                        return IoSupport.callMethod(self, "readall");
                    }
                    PyByteArray b = new PyByteArray(new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)]);
                    Object n = IoSupport.callMethod(self, "readinto", b);
                    if (n == PyNone.None) {
                        return PyNone.None;
                    }
                    long got = IoSupport.integer(n);
                    if (got < 0 || got > size) {
                        throw Errors.valueError("readinto returned " + got + " outside buffer size " + size);
                    }
                    return new PyBytes(java.util.Arrays.copyOf(b.toByteArray(), (int) got));
                }))
                .attribute("readall", IoSupport.method(o, "readall", (self, a, k) -> {
                    IoSupport.positional("readall", a, k, 0, 0);
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    Object read = Op.getattr(self, "read");
                    boolean any = false;
                    for (;;) {
                        Object data = Op.call(read, (long) IoSupport.DEFAULT_BUFFER_SIZE);
                        if (data == PyNone.None) {
                            if (!any) {
                                return PyNone.None;
                            }
                            break;
                        }
                        if (!(data instanceof PyBytes d)) {
                            throw Errors.typeError("read() should return bytes");
                        }
                        if (d.size() == 0) {
                            break;
                        }
                        any = true;
                        all.write(d.array(), 0, d.size());
                    }
                    return new PyBytes(all.toByteArray());
                }))
                .attribute("readinto", IoSupport.method(o, "readinto", (self, a, k) -> {
                    throw Errors.raise(NOT_IMPLEMENTED);
                }))
                .attribute("write", IoSupport.method(o, "write", (self, a, k) -> {
                    throw Errors.raise(NOT_IMPLEMENTED);
                }));
    }

    private static TypeSpec bufferedIoBase() {
        String o = "_BufferedIOBase";
        return base(o).base("_IOBase").doc("Base class for buffered IO objects.")
                .attribute("detach", IoSupport.method(o, "detach", (self, a, k) -> {
                    throw IoSupport.unsupported("detach");
                }))
                .attribute("read", IoSupport.method(o, "read", (self, a, k) -> {
                    throw IoSupport.unsupported("read");
                }))
                .attribute("read1", IoSupport.method(o, "read1", (self, a, k) -> {
                    throw IoSupport.unsupported("read1");
                }))
                .attribute("write", IoSupport.method(o, "write", (self, a, k) -> {
                    throw IoSupport.unsupported("write");
                }))
                .attribute("readinto", IoSupport.method(o, "readinto", (self, a, k) -> readinto(self, a, k, "read")))
                .attribute("readinto1", IoSupport.method(o, "readinto1", (self, a, k) -> readinto(self, a, k, "read1")));
    }

    /** {@code BufferedIOBase.readinto(b)}: {@code self.read(len(b))} copied into b. */
    private static Object readinto(Object self, Object[] a, String[] k, String reader) {
        IoSupport.positional(reader.equals("read") ? "readinto" : "readinto1", a, k, 1, 1);
        long len = Op.len(a[0]);
        Object data = IoSupport.callMethod(self, reader, len);
        if (!(data instanceof PyBytes d)) {
            throw Errors.typeError("read() should return bytes");
        }
        if (d.size() > len) {
            throw Errors.valueError("read() returned too much data: " + len + " bytes requested, " + d.size()
                    + " returned");
        }
        IoSupport.copyInto(a[0], d.array(), d.size());
        return (long) d.size();
    }

    private static TypeSpec textIoBase() {
        String o = "_TextIOBase";
        return base(o).base("_IOBase").doc("Base class for text I/O.")
                .attribute("detach", IoSupport.method(o, "detach", (self, a, k) -> {
                    throw IoSupport.unsupported("detach");
                }))
                .attribute("read", IoSupport.method(o, "read", (self, a, k) -> {
                    throw IoSupport.unsupported("read");
                }))
                .attribute("readline", IoSupport.method(o, "readline", (self, a, k) -> {
                    throw IoSupport.unsupported("readline");
                }))
                .attribute("write", IoSupport.method(o, "write", (self, a, k) -> {
                    throw IoSupport.unsupported("write");
                }))
                .attribute("encoding", new GetSetDescriptor("encoding", o, self -> PyNone.None, null, null))
                .attribute("newlines", new GetSetDescriptor("newlines", o, self -> PyNone.None, null, null))
                .attribute("errors", new GetSetDescriptor("errors", o, self -> PyNone.None, null, null));
    }
}
