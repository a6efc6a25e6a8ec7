package org.jyston.modules.posix.impl;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.StructSequence;
import org.jyston.api.object.TypeRegistry;

/** The file-descriptor functions of {@code posix}: open, read, write, lseek, pipe, dup, ... */
final class FdFunctions {
    private FdFunctions() {}

    static final int O_WRONLY = 1, O_RDWR = 2, O_CREAT = 64, O_EXCL = 128, O_TRUNC = 512, O_APPEND = 1024,
            O_DSYNC = 4096, O_SYNC = 1052672, O_DIRECTORY = 65536, O_NOFOLLOW = 131072;

    static void install(PyDict d, StructSequence stat, StructSequence terminalSize) {
        Args.fn(d, "open", (a, kw) -> {
            Object[] v = Args.parse("open", a, kw, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 0, 3);
            FsPath p = FsPath.of("open", v[0], false, false);
            int flags = Args.cint(v[1]);
            int mode = v[2] == null ? 0777 : Args.cint(v[2]);
            FileFunctions.noDirFd(v[3]);
            return (long) open(p, flags, mode);
        });
        Args.fn(d, "close", (a, kw) -> {
            Object[] v = Args.parse("close", a, kw, new String[] {"fd"}, 1);
            FdTable.close(Args.cint(v[0]));
            return PyNone.None;
        });
        Args.fn(d, "closerange", (a, kw) -> {
            Args.exact("closerange", a, kw, 2);
            FdTable.closeRange(Args.cint(a[0]), Args.cint(a[1]));
            return PyNone.None;
        });
        Args.fn(d, "read", (a, kw) -> {
            Args.exact("read", a, kw, 2);
            return read(Args.cint(a[0]), Args.clong(a[1]));
        });
        Args.fn(d, "write", (a, kw) -> {
            Args.exact("write", a, kw, 2);
            int fd = Args.cint(a[0]);
            return (long) write(fd, bytesLike(a[1]));
        });
        Args.fn(d, "lseek", (a, kw) -> {
            Args.exact("lseek", a, kw, 3);
            return lseek(Args.cint(a[0]), Args.clong(a[1]), Args.cint(a[2]));
        });
        for (String name : new String[] {"fsync", "fdatasync"}) {
            Args.fn(d, name, (a, kw) -> {
                Object[] v = Args.parse(name, a, kw, new String[] {"fd"}, 1);
                FdTable.Description desc = FdTable.get(fileno(v[0]));
                if (desc.channel instanceof FileChannel ch && !desc.standard) {
                    try {
                        ch.force(name.equals("fsync"));
                    } catch (IOException e) {
                        throw OsErrors.of(e, null);
                    }
                } else if (desc.channel == null || desc.channel instanceof Pipe.SourceChannel
                        || desc.channel instanceof Pipe.SinkChannel) {
                    throw OsErrors.of(OsErrors.EINVAL);
                }
                return PyNone.None;
            });
        }
        Args.fn(d, "isatty", (a, kw) -> {
            Args.exact("isatty", a, kw, 1);
            return isatty(Args.cint(a[0]));
        });
        Args.fn(d, "pipe", (a, kw) -> {
            Args.none("posix.pipe", a, kw);
            try {
                Pipe pipe = Pipe.open();
                int r = FdTable.add(new FdTable.Description(pipe.source(), pipe.source(), null, null, false, false, false));
                int w = FdTable.add(new FdTable.Description(pipe.sink(), null, pipe.sink(), null, false, false, false));
                return PyTuple.of((long) r, (long) w);
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
        });
        Args.fn(d, "dup", (a, kw) -> {
            Args.exact("dup", a, kw, 1);
            return (long) FdTable.dup(Args.cint(a[0]));
        });
        Args.fn(d, "dup2", (a, kw) -> {
            Object[] v = Args.parse("dup2", a, kw, new String[] {"fd", "fd2", "inheritable"}, 2);
            return (long) FdTable.dup2(Args.cint(v[0]), Args.cint(v[1]));
        });
        Args.fn(d, "fstat", (a, kw) -> {
            Object[] v = Args.parse("fstat", a, kw, new String[] {"fd"}, 1);
            return fstat(stat, Args.cint(v[0]));
        });
        Args.fn(d, "ftruncate", (a, kw) -> {
            Args.exact("ftruncate", a, kw, 2);
            ftruncate(Args.cint(a[0]), Args.clong(a[1]));
            return PyNone.None;
        });
        Set<Integer> inheritable = new HashSet<>(java.util.List.of(0, 1, 2));
        Args.fn(d, "get_inheritable", (a, kw) -> {
            Args.exact("get_inheritable", a, kw, 1);
            int fd = Args.cint(a[0]);
            FdTable.get(fd);
            synchronized (inheritable) {
                return inheritable.contains(fd);
            }
        });
        Args.fn(d, "set_inheritable", (a, kw) -> {
            Args.exact("set_inheritable", a, kw, 2);
            int fd = Args.cint(a[0]);
            FdTable.get(fd);
            synchronized (inheritable) {
                if (Op.isTrue(a[1])) {
                    inheritable.add(fd);
                } else {
                    inheritable.remove(fd);
                }
            }
            return PyNone.None;
        });
        Args.fn(d, "get_blocking", (a, kw) -> {
            Args.exact("get_blocking", a, kw, 1);
            FdTable.get(Args.cint(a[0]));
            return true;
        });
        Args.fn(d, "set_blocking", (a, kw) -> {
            Args.exact("set_blocking", a, kw, 2);
            FdTable.get(Args.cint(a[0]));
            return PyNone.None;
        });
        Args.fn(d, "device_encoding", (a, kw) -> {
            Object[] v = Args.parse("device_encoding", a, kw, new String[] {"fd"}, 1);
            return isatty(Args.cint(v[0])) ? "UTF-8" : PyNone.None;
        });
        Args.fn(d, "get_terminal_size", (a, kw) -> {
            Args.noKeywords("get_terminal_size", kw);
            if (a.length > 1) {
                throw Errors.typeError("get_terminal_size expected at most 1 argument, got " + a.length);
            }
            int fd = a.length == 0 ? 1 : Args.cint(a[0]);
            long[] size = terminalSize(fd);
            return terminalSize.make(size[0], size[1]);
        });
    }

    /** What {@code os.write} accepts: a bytes-like object. */
    static byte[] bytesLike(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof PyBytes b) {
            return b.array();
        }
        if (v instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (Op.typeName(o).equals("memoryview")) {
            return ((PyBytes) Op.call(TypeRegistry.byName("bytes"), o)).array();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(o) + "'");
    }

    /** A file descriptor argument as {@code PyObject_AsFileDescriptor}: an int, or an object's fileno(). */
    static int fileno(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger) {
            return Args.cint(v);
        }
        if (org.jyston.api.object.PyType.of(o).lookup("fileno") != null) {
            return Args.cint(Op.call(Op.getattr(o, "fileno")));
        }
        throw Errors.typeError("argument must be an int, or have a fileno() method.");
    }

    static int open(FsPath p, int flags, int mode) {
        Path path = p.path();
        int access = flags & 3;
        try {
            BasicFileAttributes attrs = null;
            try {
                attrs = (flags & O_NOFOLLOW) != 0
                        ? Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        : Files.readAttributes(path, BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException e) {
                // created below, or reported by the open
            }
            if (attrs != null && (flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) {
                throw OsErrors.of(OsErrors.EEXIST, p.given());
            }
            if (attrs != null && attrs.isSymbolicLink() && (flags & O_NOFOLLOW) != 0) {
                throw OsErrors.of(OsErrors.ELOOP, p.given());
            }
            if (attrs != null && attrs.isDirectory()) {
                if (access != 0) {
                    throw OsErrors.of(OsErrors.EISDIR, p.given());
                }
                return FdTable.add(new FdTable.Description(null, null, null, path, true, false, false));
            }
            if ((flags & O_DIRECTORY) != 0) {
                throw OsErrors.of(attrs == null ? OsErrors.ENOENT : OsErrors.ENOTDIR, p.given());
            }
            Set<OpenOption> opts = new HashSet<>();
            boolean append = (flags & O_APPEND) != 0;
            if (access == 0 || access == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            if (access == O_WRONLY || access == O_RDWR) {
                opts.add(StandardOpenOption.WRITE);
                if ((flags & O_TRUNC) != 0) {
                    opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                }
            }
            boolean created = false;
            if ((flags & O_CREAT) != 0 && attrs == null) {
                opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
                created = true;
                if (!opts.contains(StandardOpenOption.WRITE)) {
                    opts.add(StandardOpenOption.WRITE); // Java creates only for writing; reading is not refused below
                }
            }
            if ((flags & O_NOFOLLOW) != 0) {
                opts.add(LinkOption.NOFOLLOW_LINKS);
            }
            if ((flags & O_SYNC) == O_SYNC) {
                opts.add(StandardOpenOption.SYNC);
            } else if ((flags & O_DSYNC) != 0) {
                opts.add(StandardOpenOption.DSYNC);
            }
            FileChannel ch = FileChannel.open(path, opts);
            if (created) {
                FileFunctions.applyMode(path, mode);
            }
            boolean readable = access == 0 || access == O_RDWR;
            boolean writable = access == O_WRONLY || access == O_RDWR;
            return FdTable.add(new FdTable.Description(ch, readable ? ch : null, writable ? ch : null, path, false, append,
                    false));
        } catch (IOException e) {
            throw OsErrors.of(e, p.given());
        }
    }

    static Object read(int fd, long n) {
        if (n < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        FdTable.Description d = FdTable.get(fd);
        if (d.directory) {
            throw OsErrors.of(OsErrors.EISDIR);
        }
        if (d.reader == null) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        try {
            long cap = n;
            if (d.channel instanceof FileChannel f && !d.standard) {
                cap = Math.min(n, Math.max(0, f.size() - f.position()));
            } else {
                cap = Math.min(n, 65536);
            }
            if (cap == 0) {
                return PyBytes.EMPTY;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(cap, Integer.MAX_VALUE - 8));
            int got = d.reader.read(buf);
            if (got <= 0) {
                return PyBytes.EMPTY;
            }
            byte[] out = new byte[got];
            buf.flip();
            buf.get(out);
            return PyBytes.wrap(out);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static int write(int fd, byte[] data) {
        FdTable.Description d = FdTable.get(fd);
        if (d.writer == null) {
            throw OsErrors.of(d.directory ? OsErrors.EBADF : OsErrors.EBADF);
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(data);
            synchronized (d) {
                if (d.append && d.channel instanceof FileChannel f) {
                    f.position(f.size());
                }
                int total = 0;
                while (buf.hasRemaining()) {
                    total += d.writer.write(buf);
                }
                return total;
            }
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static long lseek(int fd, long pos, int how) {
        FdTable.Description d = FdTable.get(fd);
        if (d.directory) {
            if (how < 0 || how > 2) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            return 0;
        }
        SeekableByteChannel s = d.seekable();
        if (s == null) {
            throw OsErrors.of(OsErrors.ESPIPE);
        }
        try {
            long base;
            switch (how) {
                case 0 -> base = 0;
                case 1 -> base = s.position();
                case 2 -> base = s.size();
                default -> throw OsErrors.of(OsErrors.EINVAL);
            }
            long target = base + pos;
            if (target < 0) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            s.position(target);
            return target;
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static Object fstat(StructSequence type, int fd) {
        FdTable.Description d = FdTable.get(fd);
        if (d.path == null) {
            return Stats.pipe(type);
        }
        try {
            return Stats.result(type, Stats.attributes(d.path, true));
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static void ftruncate(int fd, long length) {
        FdTable.Description d = FdTable.get(fd);
        if (!(d.channel instanceof FileChannel f) || d.writer == null || length < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        try {
            FileFunctions.setLength(f, length);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    /** The terminal a standard stream is, or null (the JVM's fds 0-2 are the process's). */
    static String terminal(int fd) {
        if (fd < 0 || fd > 2) {
            return null;
        }
        FdTable.Description d;
        try {
            d = FdTable.get(fd);
        } catch (RuntimeException e) {
            return null;
        }
        if (!d.standard) {
            return null;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")
                    ? target : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean isatty(int fd) {
        return terminal(fd) != null;
    }

    private static long[] terminalSize(int fd) {
        FdTable.get(fd);
        String tty = terminal(fd);
        if (tty == null) {
            throw OsErrors.of(OsErrors.ENOTTY);
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new File(tty))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String[] rc = out.split("\\s+");
            return new long[] {Long.parseLong(rc[1]), Long.parseLong(rc[0])};
        } catch (IOException | RuntimeException e) {
            throw OsErrors.of(OsErrors.ENOTTY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OsErrors.of(4);
        }
    }
}
