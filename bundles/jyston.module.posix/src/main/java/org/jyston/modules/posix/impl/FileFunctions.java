package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.StructSequence;

/** The path functions of {@code posix}: stat, listdir, scandir, mkdir, rename, ... */
final class FileFunctions {
    private FileFunctions() {}

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    static void install(PyDict d, StructSequence stat) {
        Args.fn(d, "stat", (a, kw) -> {
            Object[] v = Args.parse("stat", a, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1, 0, 1);
            FsPath p = FsPath.of("stat", v[0], true, false);
            noDirFd(v[1]);
            return stat(stat, p, Args.bool(v[2], true));
        });
        Args.fn(d, "lstat", (a, kw) -> {
            Object[] v = Args.parse("lstat", a, kw, new String[] {"path", "dir_fd"}, 1, 0, 1);
            FsPath p = FsPath.of("lstat", v[0], false, false);
            noDirFd(v[1]);
            return stat(stat, p, false);
        });
        Args.fn(d, "fspath", (a, kw) -> {
            Object[] v = Args.parse("fspath", a, kw, new String[] {"path"}, 1);
            return fspath(v[0]);
        });
        Args.fn(d, "getcwd", (a, kw) -> {
            Args.none("posix.getcwd", a, kw);
            return org.jyston.api.object.WorkingDirectory.get().toString();
        });
        Args.fn(d, "getcwdb", (a, kw) -> {
            Args.none("posix.getcwdb", a, kw);
            return PosixModule.bytes(FsPath.encode(org.jyston.api.object.WorkingDirectory.get().toString()));
        });
        Args.fn(d, "chdir", (a, kw) -> {
            Object[] v = Args.parse("chdir", a, kw, new String[] {"path"}, 1);
            FsPath p = FsPath.of("chdir", v[0], true, false);
            Path target = p.isFd() ? dirOf(p.fd()) : p.path();
            try {
                BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
                if (!attrs.isDirectory()) {
                    throw OsErrors.of(OsErrors.ENOTDIR, p.given());
                }
                target.getFileSystem().provider().checkAccess(target, AccessMode.EXECUTE);
                org.jyston.api.object.WorkingDirectory.set(target.toRealPath());
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
            return PyNone.None;
        });
        Args.fn(d, "listdir", (a, kw) -> {
            Object[] v = Args.parse("listdir", a, kw, new String[] {"path"}, 0);
            FsPath p = FsPath.of("listdir", v[0], true, true);
            Path dir = p.isFd() ? dirOf(p.fd()) : p.path();
            List<Object> names = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path e : s) {
                    names.add(p.out(e.getFileName().toString()));
                }
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw OsErrors.of(e.getCause(), p.given());
            }
            return new PyList(names.toArray());
        });
        Args.fn(d, "scandir", (a, kw) -> {
            Object[] v = Args.parse("scandir", a, kw, new String[] {"path"}, 0);
            FsPath p = FsPath.of("scandir", v[0], true, true);
            if (p.isFd()) {
                throw Errors.raise(org.jyston.api.object.TypeRef.of("NotImplementedError"),
                        "scandir: fd unavailable on this platform");
            }
            return Scandir.open(p, stat);
        });
        Args.fn(d, "mkdir", (a, kw) -> {
            Object[] v = Args.parse("mkdir", a, kw, new String[] {"path", "mode", "dir_fd"}, 1, 0, 2);
            FsPath p = FsPath.of("mkdir", v[0], false, false);
            int mode = v[1] == null ? 0777 : Args.cint(v[1]);
            noDirFd(v[2]);
            Path dir = p.path();
            try {
                Files.createDirectory(dir);
                applyMode(dir, mode);
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
            return PyNone.None;
        });
        Args.fn(d, "rmdir", (a, kw) -> {
            Object[] v = Args.parse("rmdir", a, kw, new String[] {"path", "dir_fd"}, 1, 0, 1);
            FsPath p = FsPath.of("rmdir", v[0], false, false);
            noDirFd(v[1]);
            Path dir = p.path();
            try {
                if (!Files.readAttributes(dir, BasicFileAttributes.class, NOFOLLOW).isDirectory()) {
                    throw OsErrors.of(OsErrors.ENOTDIR, p.given());
                }
                Files.delete(dir);
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
            return PyNone.None;
        });
        for (String name : new String[] {"unlink", "remove"}) {
            Args.fn(d, name, (a, kw) -> {
                Object[] v = Args.parse(name, a, kw, new String[] {"path", "dir_fd"}, 1, 0, 1);
                FsPath p = FsPath.of(name, v[0], false, false);
                noDirFd(v[1]);
                Path f = p.path();
                try {
                    if (Files.readAttributes(f, BasicFileAttributes.class, NOFOLLOW).isDirectory()) {
                        throw OsErrors.of(OsErrors.EISDIR, p.given());
                    }
                    Files.delete(f);
                } catch (IOException e) {
                    throw OsErrors.of(e, p.given());
                }
                return PyNone.None;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            Args.fn(d, name, (a, kw) -> {
                Object[] v = Args.parse(name, a, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 0, 2);
                FsPath src = FsPath.of(name, v[0], false, false);
                FsPath dst = FsPath.of(name, v[1], false, false);
                noDirFd(v[2]);
                noDirFd(v[3]);
                try {
                    // ATOMIC_MOVE is rename(2) itself: it replaces an existing file as POSIX does.
                    Files.move(src.path(), dst.path(), StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    throw OsErrors.of(OsErrors.EXDEV, src.given(), dst.given());
                } catch (IOException e) {
                    throw OsErrors.of(OsErrors.errno(e), src.given(), dst.given());
                }
                return PyNone.None;
            });
        }
        Args.fn(d, "access", (a, kw) -> {
            Object[] v = Args.parse("access", a, kw,
                    new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 0, 2);
            FsPath p = FsPath.of("access", v[0], false, false);
            int mode = Args.cint(v[1]);
            noDirFd(v[2]);
            return access(p.path(), mode, Args.bool(v[4], true));
        });
        Args.fn(d, "chmod", (a, kw) -> {
            Object[] v = Args.parse("chmod", a, kw, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 0, 2);
            FsPath p = FsPath.of("chmod", v[0], true, false);
            int mode = Args.cint(v[1]);
            noDirFd(v[2]);
            Path f = p.isFd() ? pathOf(p.fd()) : p.path();
            try {
                if (!Args.bool(v[3], true) && Files.isSymbolicLink(f)) {
                    throw OsErrors.of(95, p.given()); // EOPNOTSUPP: Linux cannot chmod a link
                }
                Files.setAttribute(f, "unix:mode", mode & 07777);
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
            return PyNone.None;
        });
        Args.fn(d, "chown", (a, kw) -> {
            Object[] v = Args.parse("chown", a, kw, new String[] {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 0,
                    3);
            FsPath p = FsPath.of("chown", v[0], true, false);
            noDirFd(v[3]);
            chown(p, v[1], v[2], Args.bool(v[4], true));
            return PyNone.None;
        });
        Args.fn(d, "lchown", (a, kw) -> {
            Object[] v = Args.parse("lchown", a, kw, new String[] {"path", "uid", "gid"}, 3);
            chown(FsPath.of("lchown", v[0], false, false), v[1], v[2], false);
            return PyNone.None;
        });
        Args.fn(d, "fchown", (a, kw) -> {
            Object[] v = Args.parse("fchown", a, kw, new String[] {"fd", "uid", "gid"}, 3);
            chown(FsPath.of("fchown", Args.cint(v[0]), true, false), v[1], v[2], true);
            return PyNone.None;
        });
        Args.fn(d, "utime", (a, kw) -> {
            Object[] v = Args.parse("utime", a, kw, new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1,
                    0, 2);
            FsPath p = FsPath.of("utime", v[0], true, false);
            noDirFd(v[3]);
            utime(p, v[1], v[2], Args.bool(v[4], true));
            return PyNone.None;
        });
        Args.fn(d, "symlink", (a, kw) -> {
            Object[] v = Args.parse("symlink", a, kw, new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2, 0,
                    3);
            FsPath src = FsPath.of("symlink", v[0], false, false);
            FsPath dst = FsPath.of("symlink", v[1], false, false);
            noDirFd(v[3]);
            try {
                Files.createSymbolicLink(dst.path(), Path.of(src.text()));
            } catch (IOException e) {
                throw OsErrors.of(OsErrors.errno(e), src.given(), dst.given());
            }
            return PyNone.None;
        });
        Args.fn(d, "link", (a, kw) -> {
            Object[] v = Args.parse("link", a, kw,
                    new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 0, 2);
            FsPath src = FsPath.of("link", v[0], false, false);
            FsPath dst = FsPath.of("link", v[1], false, false);
            noDirFd(v[2]);
            noDirFd(v[3]);
            try {
                Files.createLink(dst.path(), src.path());
            } catch (IOException e) {
                throw OsErrors.of(OsErrors.errno(e), src.given(), dst.given());
            }
            return PyNone.None;
        });
        Args.fn(d, "readlink", (a, kw) -> {
            Object[] v = Args.parse("readlink", a, kw, new String[] {"path", "dir_fd"}, 1, 0, 1);
            FsPath p = FsPath.of("readlink", v[0], false, false);
            noDirFd(v[1]);
            try {
                return p.out(Files.readSymbolicLink(p.path()).toString());
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
        });
        Args.fn(d, "truncate", (a, kw) -> {
            Object[] v = Args.parse("truncate", a, kw, new String[] {"path", "length"}, 2);
            FsPath p = FsPath.of("truncate", v[0], true, false);
            long length = Args.clong(v[1]);
            if (p.isFd()) {
                FdFunctions.ftruncate(p.fd(), length);
                return PyNone.None;
            }
            if (length < 0) {
                throw OsErrors.of(OsErrors.EINVAL, p.given());
            }
            try (FileChannel ch = FileChannel.open(p.path(), StandardOpenOption.WRITE)) {
                setLength(ch, length);
            } catch (IOException e) {
                throw OsErrors.of(e, p.given());
            }
            return PyNone.None;
        });
    }

    /** chown: -1 leaves an id as it is. */
    private static void chown(FsPath p, Object uid, Object gid, boolean follow) {
        long u = Args.clong(uid);
        long g = Args.clong(gid);
        Path f = p.isFd() ? pathOf(p.fd()) : p.path();
        LinkOption[] how = follow ? FOLLOW : NOFOLLOW;
        try {
            if (!Files.exists(f, how)) {
                throw new java.nio.file.NoSuchFileException(f.toString());
            }
            if (u != -1) {
                Files.setAttribute(f, "unix:uid", (int) u, how);
            }
            if (g != -1) {
                Files.setAttribute(f, "unix:gid", (int) g, how);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, p.isFd() ? null : p.given());
        }
    }

    static void setLength(FileChannel ch, long length) throws IOException {
        long size = ch.size();
        if (length < size) {
            ch.truncate(length);
        } else if (length > size) {
            ch.write(ByteBuffer.wrap(new byte[1]), length - 1);
        }
    }

    /** {@code dir_fd} must be an int or None; an int cannot be honoured without the *at() calls. */
    static void noDirFd(Object dirFd) {
        if (dirFd == null || dirFd == PyNone.None) {
            return;
        }
        Object v = Derived.unwrap(dirFd);
        if (!(v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)
                && org.jyston.api.object.PyType.of(dirFd).lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not " + Op.typeName(dirFd));
        }
        throw PosixModule.dirFdUnavailable();
    }

    static Object fspath(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof String || v instanceof org.jyston.api.object.PyBytes) {
            return o;
        }
        org.jyston.api.object.PyType t = org.jyston.api.object.PyType.of(o);
        if (t.lookup("__fspath__") == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Op.typeName(o));
        }
        Object r = Op.call(Op.getattr(o, "__fspath__"));
        Object rv = Derived.unwrap(r);
        if (rv instanceof String || rv instanceof org.jyston.api.object.PyBytes) {
            return r;
        }
        throw Errors.typeError("expected " + t.getName() + ".__fspath__() to return str or bytes, not "
                + Op.typeName(r));
    }

    static Object stat(StructSequence type, FsPath p, boolean follow) {
        if (p.isFd()) {
            return FdFunctions.fstat(type, p.fd());
        }
        try {
            return Stats.result(type, Stats.attributes(p.path(), follow));
        } catch (IOException e) {
            throw OsErrors.of(e, p.given());
        }
    }

    /** The directory an fd was opened on (fchdir, fdopendir). */
    static Path dirOf(int fd) {
        FdTable.Description d = FdTable.get(fd);
        if (d.path == null || !Files.isDirectory(d.path)) {
            throw OsErrors.of(OsErrors.ENOTDIR);
        }
        return d.path;
    }

    static Path pathOf(int fd) {
        FdTable.Description d = FdTable.get(fd);
        if (d.path == null) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        return d.path;
    }

    /** Sets a new file's permission bits to mode & ~umask, as the kernel would with this process's umask. */
    static void applyMode(Path p, int mode) throws IOException {
        Files.setAttribute(p, "unix:mode", mode & ~ProcessFunctions.umask & 07777);
    }

    private static boolean access(Path p, int mode, boolean follow) {
        if ((mode & ~7) != 0) {
            return false; // EINVAL: access() answers False
        }
        try {
            if (!follow) {
                Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
                if (mode == 0) {
                    return true;
                }
            }
            List<AccessMode> modes = new ArrayList<>();
            if ((mode & 4) != 0) {
                modes.add(AccessMode.READ);
            }
            if ((mode & 2) != 0) {
                modes.add(AccessMode.WRITE);
            }
            if ((mode & 1) != 0) {
                modes.add(AccessMode.EXECUTE);
            }
            p.getFileSystem().provider().checkAccess(p, modes.toArray(new AccessMode[0]));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void utime(FsPath p, Object times, Object ns, boolean follow) {
        boolean haveTimes = times != null && times != PyNone.None;
        if (haveTimes && ns != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        FileTime atime;
        FileTime mtime;
        if (haveTimes) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = fileTime(t.get(0));
            mtime = fileTime(t.get(1));
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = nanos(t.get(0));
            mtime = nanos(t.get(1));
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        Path f = p.isFd() ? pathOf(p.fd()) : p.path();
        try {
            BasicFileAttributeView view = Files.getFileAttributeView(f, BasicFileAttributeView.class,
                    follow ? FOLLOW : NOFOLLOW);
            if (!Files.exists(f, follow ? FOLLOW : NOFOLLOW)) {
                throw new java.nio.file.NoSuchFileException(f.toString());
            }
            view.setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw OsErrors.of(e, p.given());
        }
    }

    private static FileTime fileTime(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof Double x) {
            double sec = Math.floor(x);
            long nsec = Math.round((x - sec) * 1e9);
            return FileTime.from(java.time.Instant.ofEpochSecond((long) sec, nsec));
        }
        return FileTime.from(Args.clong(o), TimeUnit.SECONDS);
    }

    private static FileTime nanos(Object o) {
        Object v = Op.index(o);
        long n = v instanceof Long l ? l : ((java.math.BigInteger) v).longValue();
        return FileTime.from(java.time.Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L),
                Math.floorMod(n, 1_000_000_000L)));
    }
}
