package org.jyston.runtime.impl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code open()}: a file opened for reading or writing, in text mode (a {@link TextStream}, CPython's
 * {@code _io.TextIOWrapper}: UTF-8, universal newlines when reading) or binary mode (this class:
 * {@code _io.BufferedReader}, and {@link Out}, {@code _io.BufferedWriter}). What programs use of a
 * file: read, readline(s), iteration, write, close, {@code with}; not seek/tell, read-write modes,
 * buffering choices or encodings other than UTF-8, which come with the standard library's {@code io}
 * stack.
 */
class OpenFile implements FileMethods.Closable {
    private static final TypeRef OS_ERROR = TypeRef.of("OSError");

    final String name;
    final String mode;
    private InputStream in;
    /** Bytes read (or written) so far: tell(). */
    private long position;
    private final OutputStream out;
    private boolean closed;
    /** The descriptor of a file opened by number ({@code open(fd)}), else -1. */
    long fd = -1;
    /** The raw stream under a buffered object made by Python code ({@code raw}), or null. */
    Object raw;

    OpenFile(String name, String mode, InputStream in, OutputStream out) {
        this.name = name;
        this.mode = mode;
        this.in = in;
        this.out = out;
    }

    /** A binary file open for writing ({@code _io.BufferedWriter}). */
    static final class Out extends OpenFile {
        Out(String name, String mode, OutputStream out) {
            super(name, mode, null, out);
        }
    }

    static void install(Map<String, Object> b) {
        Builtins.fn(b, "open", OpenFile::openBuiltin);
    }

    /** The body of {@code open()} (also {@code _io.open}). */
    static Object openBuiltin(Object[] a, String[] k) {
        {
            Object[] v = Args.parse("open", a, k, new String[] {"file", "mode", "buffering", "encoding",
                "errors", "newline", "closefd", "opener"}, 0, 1);
            Object mode = v[1] == null ? "r" : v[1];
            if (!(mode instanceof String m)) {
                throw Errors.typeError("open() argument 'mode' must be str, not " + Op.typeName(mode));
            }
            Object enc = v[3];
            if (enc != null && enc != PyNone.None && !(enc instanceof String e && isUtf8(e))) {
                throw Errors.raise(TypeRef.of("LookupError"), "unknown encoding: " + Op.str(enc));
            }
            long buffering = v[2] == null || v[2] == PyNone.None ? -1 : IoSupport.integer(v[2]);
            return open(v[0], m, enc instanceof String e ? e : "UTF-8", v[6] == null || Op.isTrue(v[6]), buffering);
        }
    }

    private static boolean isUtf8(String e) {
        String n = e.toLowerCase().replace('_', '-');
        return n.equals("utf-8") || n.equals("utf8");
    }

    static Object open(Object file, String mode, String encoding) {
        return open(file, mode, encoding, true, -1);
    }

    /** {@code buffering} is honoured for descriptors only: 0 unbuffered, more than 1 the buffer's size. */
    static Object open(Object file, String mode, String encoding, boolean closefd, long buffering) {
        Object unwrapped = org.jyston.api.object.Derived.unwrap(file);
        long fd = unwrapped instanceof Long l ? l : unwrapped instanceof Boolean b ? (b ? 1 : 0) : -1;
        if (fd < 0 && (unwrapped instanceof Long || !(file instanceof String))) {
            if (unwrapped instanceof Long) {
                throw Errors.valueError("negative file descriptor");
            }
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Op.typeName(file));
        }
        if (fd < 0 && !closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        String path = fd >= 0 ? Long.toString(fd) : (String) file;
        boolean read = false;
        boolean write = false;
        boolean append = false;
        boolean create = false;
        boolean binary = false;
        boolean textFlag = false;
        boolean plus = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> read = true;
                case 'w' -> write = true;
                case 'a' -> append = true;
                case 'x' -> create = true;
                case 'b' -> binary = true;
                case 't' -> textFlag = true;
                case '+' -> plus = true;
                default -> throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        int kinds = (read ? 1 : 0) + (write ? 1 : 0) + (append ? 1 : 0) + (create ? 1 : 0);
        if (kinds != 1 || (binary && textFlag) || plus) {
            if (binary && textFlag) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            if (kinds > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            if (kinds == 0) {
                throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            throw Errors.valueError("invalid mode: '" + mode + "' (read-write files are not supported yet)");
        }
        if (fd >= 0) {
            return openDescriptor((int) Math.min(fd, Integer.MAX_VALUE), mode, encoding, closefd, read, binary,
                    buffering);
        }
        Path p = org.jyston.api.object.WorkingDirectory.resolve(path); // os.chdir moves it
        try {
            if (Files.isDirectory(p)) {
                throw osError(21, "Is a directory", path);
            }
            if (read) {
                InputStream in = new BufferedInputStream(Files.newInputStream(p));
                if (binary) {
                    return new OpenFile(path, mode, in, null);
                }
                return new TextStream(path, mode, null, new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), encoding, true);
            }
            OpenOption[] opts = write ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE}
                    : append ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                    : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(p, opts));
            if (binary) {
                return new Out(path, mode, out);
            }
            return new TextStream(path, mode, new java.io.PrintStream(out, false, StandardCharsets.UTF_8), null,
                    encoding, true);
        } catch (NoSuchFileException e) {
            throw osError(2, "No such file or directory", path);
        } catch (AccessDeniedException e) {
            throw osError(13, "Permission denied", path);
        } catch (FileAlreadyExistsException e) {
            throw osError(17, "File exists", path);
        } catch (IOException e) {
            throw osError(5, "Input/output error", path);
        }
    }

    /** open(fd): the descriptor of the posix module's table (os.pipe, subprocess), binary or text. */
    private static Object openDescriptor(int fd, String mode, String encoding, boolean closefd, boolean read,
            boolean binary, long buffering) {
        if (buffering == 0 && !binary) {
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        // A pipe read through a buffer would hide what is left in it from select(): buffering=0 reads directly.
        int size = buffering > 1 ? (int) Math.min(buffering, Integer.MAX_VALUE - 8) : IoSupport.DEFAULT_BUFFER_SIZE;
        org.jyston.api.object.FileDescriptors.Table table = org.jyston.api.object.FileDescriptors.table();
        if (table == null) {
            throw osError(9, "Bad file descriptor", null);
        }
        if (read) {
            InputStream raw = table.input(fd, closefd);
            InputStream in = buffering == 0 ? raw : new BufferedInputStream(raw, size);
            if (binary) {
                OpenFile f = new OpenFile(null, mode, in, null);
                f.fd = fd;
                return f;
            }
            return new TextStream(Integer.toString(fd), mode, null, new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, StandardCharsets.UTF_8)), encoding, true);
        }
        OutputStream rawOut = table.output(fd, closefd);
        OutputStream out = buffering == 0 ? rawOut : new BufferedOutputStream(rawOut, size);
        if (binary) {
            Out f = new Out(null, mode, out);
            f.fd = fd;
            return f;
        }
        return new TextStream(Integer.toString(fd), mode, new java.io.PrintStream(out, false, StandardCharsets.UTF_8),
                null, encoding, true);
    }

    /** OSError(errno, strerror, filename): the OSError type picks the subclass for the errno, as CPython's does. */
    static PyException osError(int errno, String strerror, String filename) {
        return new PyException((org.jyston.api.object.PyBaseException) Op.call(OS_ERROR.get(),
                (long) errno, strerror, filename));
    }

    @Override
    public void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (in == null) {
            throw IoSupport.unsupported("not readable");
        }
    }

    /** One line as bytes, its '\n' kept (binary mode translates nothing); empty at the end. */
    private byte[] lineBytes(long limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((limit < 0 || line.size() < limit) && (b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    Object readline(long limit) {
        checkReadable();
        try {
            byte[] line = lineBytes(limit);
            position += line.length;
            return new PyBytes(line);
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    Object read(long size) {
        checkReadable();
        try {
            byte[] b = size < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(size, Integer.MAX_VALUE - 8));
            position += b.length;
            return PyBytes.wrap(b);
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    /** At most one read of the underlying stream (what is buffered, or one raw read). */
    Object read1(long size) {
        checkReadable();
        try {
            int n = (int) Math.min(size < 0 ? IoSupport.DEFAULT_BUFFER_SIZE : size, Integer.MAX_VALUE - 8);
            byte[] b = new byte[n];
            int got = n == 0 ? 0 : in.read(b, 0, n);
            if (got <= 0) {
                return PyBytes.EMPTY;
            }
            position += got;
            return PyBytes.wrap(got == n ? b : java.util.Arrays.copyOf(b, got));
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    /**
     * seek() of a reader: the buffered stream is dropped and read again from the new position (a file
     * opened by path is reopened, a raw stream is asked to seek), which is what tokenize.open's
     * {@code buffer.seek(0)} after detecting the encoding needs.
     */
    long seek(long pos, long whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        if (in == null) {
            throw IoSupport.unsupported("seek");
        }
        try {
            if (raw != null) {
                long target = whence == 1 ? position + pos : pos;
                Object r = IoSupport.callMethod(raw, "seek", target, whence == 1 ? 0L : whence);
                in = new BufferedInputStream(new IoWrappers.PyInput(raw), IoSupport.DEFAULT_BUFFER_SIZE);
                position = IoSupport.integer(r);
                return position;
            }
            Path p = Path.of(name);
            long size = Files.size(p);
            long target = whence == 0 ? pos : whence == 1 ? position + pos : size + pos;
            if (target < 0) {
                throw osError(22, "Invalid argument", null);
            }
            in.close();
            in = new BufferedInputStream(Files.newInputStream(p));
            in.skipNBytes(Math.min(target, size));
            position = target;
            return target;
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    long write(Object data) {
        checkOpen();
        if (out == null) {
            throw IoSupport.unsupported("not writable");
        }
        try {
            byte[] a = IoSupport.bytesOf(data); // any bytes-like object, as CPython's buffered writer takes
            out.write(a);
            position += a.length;
            return a.length;
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (in != null) {
                in.close();
            }
            if (out != null) {
                out.close();
            }
            if (raw != null) {
                IoSupport.callMethod(raw, "close");
            }
        } catch (IOException e) {
            throw osError(5, "Input/output error", name);
        }
    }

    private String typeName() {
        return in != null ? "BufferedReader" : "BufferedWriter";
    }

    static List<TypeSpec> specs() {
        return List.of(spec("BufferedReader", OpenFile.class), spec("BufferedWriter", Out.class));
    }

    private static TypeSpec spec(String typeName, Class<?> representation) {
        return FileMethods.closeProtocol(specWithoutClose(typeName, representation), OpenFile.class, "file object")
                .call(Slot.NEW, (t, args, kw) -> IoWrappers.buffered(typeName, args, kw));
    }

    private static TypeSpec specWithoutClose(String typeName, Class<?> representation) {
        return new TypeSpec(typeName).base("_BufferedIOBase").flag(TypeSpec.Flag.HIDDEN)
                .attribute("__module__", "_io").representation(representation)
                .unary(Slot.ITER, self -> {
                    ((OpenFile) self).checkOpen();
                    return self;
                })
                .unary(Slot.NEXT, self -> {
                    Object line = ((OpenFile) self).readline(-1);
                    if (((PyBytes) line).array().length == 0) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return line;
                })
                .unary(Slot.REPR, self -> {
                    OpenFile f = (OpenFile) self;
                    if (f.fd >= 0) {
                        return "<_io." + f.typeName() + " name=" + f.fd + ">";
                    }
                    if (f.name == null) {
                        Object n = IoSupport.lookup(f.raw, "name");
                        return "<_io." + f.typeName() + (n == null ? "" : " name=" + Op.repr(n)) + ">";
                    }
                    return "<_io." + f.typeName() + " name='" + f.name + "'>";
                })
                .attribute("read", method("read", (f, a) -> f.read(TextStream.size(a))))
                .attribute("readline", method("readline", (f, a) -> f.readline(TextStream.size(a))))
                .attribute("readlines", method("readlines", (f, a) -> {
                    List<Object> lines = new ArrayList<>();
                    for (Object l = f.readline(-1); ((PyBytes) l).array().length > 0; l = f.readline(-1)) {
                        lines.add(l);
                    }
                    return new PyList(lines.toArray());
                }))
                .attribute("write", method("write", (f, a) -> f.write(a.length > 0 ? a[0] : PyNone.None)))
                .attribute("flush", method("flush", (f, a) -> {
                    f.checkOpen();
                    if (f.out != null) {
                        try {
                            f.out.flush();
                        } catch (IOException e) {
                            throw osError(5, "Input/output error", f.name);
                        }
                    }
                    return PyNone.None;
                }))
                .attribute("seekable", method("seekable", (f, a) -> {
                    f.checkOpen();
                    return f.in != null && (f.raw == null || Op.isTrue(IoSupport.callMethod(f.raw, "seekable")));
                }))
                .attribute("read1", method("read1", (f, a) -> f.read1(TextStream.size(a))))
                .attribute("seek", method("seek", (f, a) -> {
                    if (a.length < 1 || a.length > 2) {
                        throw Errors.typeError("seek expected at least 1 argument, got " + a.length);
                    }
                    return f.seek(IoSupport.integer(a[0]), a.length > 1 ? IoSupport.integer(a[1]) : 0);
                }))
                .attribute("tell", method("tell", (f, a) -> {
                    f.checkOpen();
                    return f.position;
                }))
                .attribute("detach", method("detach", (f, a) -> {
                    if (f.raw == null) {
                        throw IoSupport.unsupported("detach");
                    }
                    try {
                        if (f.out != null) {
                            f.out.flush();
                        }
                    } catch (IOException e) {
                        throw osError(5, "Input/output error", f.name);
                    }
                    Object r = f.raw;
                    f.closed = true;
                    return r;
                }))
                .attribute("fileno", method("fileno", (f, a) -> {
                    f.checkOpen();
                    if (f.fd >= 0) {
                        return f.fd;
                    }
                    if (f.raw != null) {
                        return IoSupport.callMethod(f.raw, "fileno");
                    }
                    throw IoSupport.unsupported("fileno");
                }))
                .attribute("readable", method("readable", (f, a) -> {
                    f.checkOpen();
                    return f.in != null;
                }))
                .attribute("writable", method("writable", (f, a) -> {
                    f.checkOpen();
                    return f.out != null;
                }))
                .binary(Slot.GETATTRIBUTE, (self, attr) -> {
                    OpenFile f = (OpenFile) self;
                    switch ((String) attr) {
                        case "closed":
                            return f.raw != null && !f.closed ? Op.getattr(f.raw, "closed") : f.closed;
                        case "name":
                            if (f.fd >= 0) {
                                return f.fd;
                            }
                            return f.name != null ? f.name : Op.getattr(f.raw, "name");
                        case "mode":
                            if (f.raw != null) {
                                return Op.getattr(f.raw, "mode");
                            }
                            return f.in != null ? "rb" : f.mode;
                        case "raw":
                            if (f.raw == null) {
                                break;
                            }
                            return f.raw;
                        default:
                            break;
                    }
                    return org.jyston.api.object.Attributes.genericGet(self, (String) attr);
                });
    }

    private static PyBuiltinFunction method(String name, FileMethods.Body<OpenFile> body) {
        return FileMethods.method(OpenFile.class, "file object", name, body);
    }
}
