package org.jyston.runtime.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _io.FileIO}: a raw file over a {@link FileChannel} (a path), or over the process's standard
 * streams (file descriptors 0, 1 and 2). The JVM does not expose descriptors, so {@code fileno()} of a
 * file opened by path is a number handed out here, unique in the process.
 */
final class FileIOObject extends IoObject {
    private static final AtomicLong NEXT_FD = new AtomicLong(3);

    private FileChannel channel;
    private InputStream stdin;
    private OutputStream stdout;
    private Object name = PyNone.None;
    private boolean readable;
    private boolean writable;
    private boolean created;
    private boolean appending;
    private boolean closefd = true;
    private boolean closed = true;
    private long fd = -1;

    FileIOObject(PyType type) {
        super(type);
    }

    private void checkClosed() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkClosed();
        if (!readable) {
            throw IoSupport.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkClosed();
        if (!writable) {
            throw IoSupport.unsupported("File not open for writing");
        }
    }

    private PyException ioError(IOException e) {
        return OpenFile.osError(5, "Input/output error", name instanceof String s ? s : null);
    }

    synchronized void init(Object file, Object modeArg, Object closefdArg) {
        if (!closed && closefd) {
            close();
        }
        if (!(modeArg instanceof String mode)) {
            throw Errors.typeError("FileIO() argument 'mode' must be str, not " + Op.typeName(modeArg));
        }
        boolean r = false;
        boolean w = false;
        boolean x = false;
        boolean a = false;
        boolean plus = false;
        int kinds = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> { r = true; kinds++; }
                case 'w' -> { w = true; kinds++; }
                case 'x' -> { x = true; kinds++; }
                case 'a' -> { a = true; kinds++; }
                case '+' -> {
                    if (plus) {
                        kinds = 9;
                    }
                    plus = true;
                }
                case 'b' -> { }
                default -> throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (kinds != 1) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        readable = r || plus;
        writable = w || x || a || plus;
        created = x;
        appending = a;
        closefd = Op.isTrue(closefdArg);
        Object f = org.jyston.api.object.Derived.unwrap(file);
        if (f instanceof Long || f instanceof Boolean) {
            long n = f instanceof Long l ? l : ((Boolean) f ? 1 : 0);
            if (n < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            if (n > 2) {
                throw OpenFile.osError(9, "Bad file descriptor", null);
            }
            fd = n;
            name = n;
            getDict().put("name", n); // CPython keeps the name in the instance dictionary
            if (n == 0) {
                stdin = System.in;
            } else {
                stdout = n == 1 ? System.out : System.err;
            }
            closed = false;
            return;
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        if (!(f instanceof String path)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Op.typeName(file));
        }
        name = file;
        getDict().put("name", file);
        List<OpenOption> opts = new ArrayList<>();
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (w) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (x) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (a) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.APPEND);
        }
        Path p = Path.of(path);
        try {
            if (Files.isDirectory(p)) {
                throw OpenFile.osError(21, "Is a directory", path);
            }
            channel = FileChannel.open(p, opts.toArray(new OpenOption[0]));
        } catch (NoSuchFileException e) {
            throw OpenFile.osError(2, "No such file or directory", path);
        } catch (AccessDeniedException e) {
            throw OpenFile.osError(13, "Permission denied", path);
        } catch (FileAlreadyExistsException e) {
            throw OpenFile.osError(17, "File exists", path);
        } catch (IOException e) {
            throw OpenFile.osError(5, "Input/output error", path);
        }
        fd = NEXT_FD.getAndIncrement();
        closed = false;
    }

    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    synchronized Object read(long size) {
        checkReadable();
        if (size < 0) {
            return readall();
        }
        byte[] b = new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)];
        int n = readInto(b);
        return PyBytes.wrap(n == b.length ? b : java.util.Arrays.copyOf(b, Math.max(n, 0)));
    }

    /** Reads up to b.length bytes once (a short read is not an end); 0 at the end. */
    private int readInto(byte[] b) {
        try {
            if (b.length == 0) {
                return 0;
            }
            if (stdin != null) {
                return Math.max(0, stdin.read(b));
            }
            if (channel == null) {
                return 0;
            }
            return Math.max(0, channel.read(ByteBuffer.wrap(b)));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized Object readall() {
        checkReadable();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[IoSupport.DEFAULT_BUFFER_SIZE];
        for (int n = readInto(chunk); n > 0; n = readInto(chunk)) {
            all.write(chunk, 0, n);
        }
        return PyBytes.wrap(all.toByteArray());
    }

    synchronized long write(byte[] data) {
        checkWritable();
        try {
            if (stdout != null) {
                stdout.write(data);
                stdout.flush();
                return data.length;
            }
            ByteBuffer bb = ByteBuffer.wrap(data);
            while (bb.hasRemaining()) {
                channel.write(bb);
            }
            return data.length;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private FileChannel seekableChannel() {
        checkClosed();
        if (channel == null) {
            throw OpenFile.osError(29, "Illegal seek", null);
        }
        return channel;
    }

    synchronized long seek(long pos, long whence) {
        FileChannel c = seekableChannel();
        try {
            long target = switch ((int) whence) {
                case 0 -> pos;
                case 1 -> c.position() + pos;
                case 2 -> c.size() + pos;
                default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            if (target < 0) {
                throw OpenFile.osError(22, "Invalid argument", null);
            }
            c.position(target);
            return target;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized long tell() {
        try {
            return seekableChannel().position();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized long truncate(Object size) {
        FileChannel c = seekableChannel();
        checkWritable();
        try {
            long n = size == null || size == PyNone.None ? c.position() : IoSupport.integer(size);
            long pos = c.position();
            if (n < c.size()) {
                c.truncate(n);
            } else if (n > c.size()) {
                c.write(ByteBuffer.wrap(new byte[1]), n - 1);
            }
            c.position(pos);
            return n;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null && closefd) {
                channel.close();
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private static FileIOObject self(Object o) {
        return (FileIOObject) o;
    }

    static TypeSpec spec() {
        String o = "FileIO";
        return new TypeSpec(o).base("_RawIOBase").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "_io")
                .call(Slot.NEW, (t, a, k) -> new FileIOObject((PyType) t))
                .call(Slot.INIT, (s, a, k) -> {
                    Object[] v = Args.parse("FileIO", a, k, new String[] {"file", "mode", "closefd", "opener"}, 0, 1);
                    self(s).init(v[0], v[1] == null ? "r" : v[1], v[2] == null ? Boolean.TRUE : v[2]);
                    return PyNone.None;
                })
                .unary(Slot.REPR, s -> {
                    FileIOObject f = self(s);
                    if (f.closed) {
                        return "<_io.FileIO [closed]>";
                    }
                    return "<_io.FileIO name=" + Op.repr(f.name) + " mode='" + f.mode() + "' closefd="
                            + (f.closefd ? "True" : "False") + ">";
                })
                .attribute("read", IoSupport.method(o, "read", (s, a, k) -> {
                    IoSupport.positional("read", a, k, 0, 1);
                    return self(s).read(IoSupport.size(a, 0));
                }))
                .attribute("readall", IoSupport.method(o, "readall", (s, a, k) -> self(s).readall()))
                .attribute("readinto", IoSupport.method(o, "readinto", (s, a, k) -> {
                    IoSupport.positional("readinto", a, k, 1, 1);
                    FileIOObject f = self(s);
                    byte[] b = new byte[(int) IoSupport.byteLength(a[0])];
                    int n;
                    synchronized (f) {
                        f.checkReadable();
                        n = f.readInto(b);
                    }
                    IoSupport.copyInto(a[0], b, n);
                    return (long) n;
                }))
                .attribute("write", IoSupport.method(o, "write", (s, a, k) -> {
                    IoSupport.positional("write", a, k, 1, 1);
                    return self(s).write(IoSupport.bytesOf(a[0]));
                }))
                .attribute("seek", IoSupport.method(o, "seek", (s, a, k) -> {
                    IoSupport.positional("seek", a, k, 1, 2);
                    return self(s).seek(IoSupport.integer(a[0]), a.length > 1 ? IoSupport.integer(a[1]) : 0);
                }))
                .attribute("tell", IoSupport.method(o, "tell", (s, a, k) -> self(s).tell()))
                .attribute("truncate", IoSupport.method(o, "truncate", (s, a, k) -> {
                    IoSupport.positional("truncate", a, k, 0, 1);
                    return self(s).truncate(a.length > 0 ? a[0] : null);
                }))
                .attribute("close", IoSupport.method(o, "close", (s, a, k) -> {
                    // _RawIOBase's close protocol: flush, then the descriptor
                    self(s).close();
                    return PyNone.None;
                }))
                .attribute("seekable", IoSupport.method(o, "seekable", (s, a, k) -> {
                    self(s).checkClosed();
                    return self(s).channel != null;
                }))
                .attribute("readable", IoSupport.method(o, "readable", (s, a, k) -> {
                    self(s).checkClosed();
                    return self(s).readable;
                }))
                .attribute("writable", IoSupport.method(o, "writable", (s, a, k) -> {
                    self(s).checkClosed();
                    return self(s).writable;
                }))
                .attribute("fileno", IoSupport.method(o, "fileno", (s, a, k) -> {
                    self(s).checkClosed();
                    return self(s).fd;
                }))
                .attribute("isatty", IoSupport.method(o, "isatty", (s, a, k) -> {
                    self(s).checkClosed();
                    return self(s).channel == null && System.console() != null;
                }))
                .attribute("closed", new GetSetDescriptor("closed", o, s -> self(s).closed, null, null))
                .attribute("closefd", new GetSetDescriptor("closefd", o, s -> self(s).closefd, null, null))
                .attribute("mode", new GetSetDescriptor("mode", o, s -> self(s).mode(), null, null));
    }
}
