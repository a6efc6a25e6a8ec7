package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;
import org.jyston.api.object.StructSequence;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code os.scandir}: a {@code posix.ScandirIterator} over a {@code java.nio} directory stream,
 * yielding {@code posix.DirEntry} objects. As CPython's entries cache what {@code readdir} told
 * them, an entry reads the file's attributes once (without following links) and once more
 * following a link when asked to. The two types are builtin types (hidden from {@code builtins}).
 */
@Component(service = BuiltinType.class)
public class Scandir implements BuiltinType {

    /** A DirEntry. */
    static final class Entry {
        final Object name;
        final Object path;
        final Path file;
        final StructSequence statType;
        private BasicFileAttributes lstat;
        private Object statResult;
        private Object lstatResult;

        Entry(Object name, Object path, Path file, StructSequence statType) {
            this.name = name;
            this.path = path;
            this.file = file;
            this.statType = statType;
        }

        synchronized BasicFileAttributes lstat() {
            if (lstat == null) {
                try {
                    lstat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    throw OsErrors.of(e, path);
                }
            }
            return lstat;
        }

        boolean test(boolean dir, boolean follow) {
            BasicFileAttributes a;
            try {
                a = lstat();
            } catch (org.jyston.api.object.PyException e) {
                return false; // gone since the directory was read: CPython answers False for ENOENT
            }
            if (follow && a.isSymbolicLink()) {
                try {
                    BasicFileAttributes t = Files.readAttributes(file, BasicFileAttributes.class);
                    return dir ? t.isDirectory() : t.isRegularFile();
                } catch (IOException e) {
                    if (OsErrors.errno(e) == OsErrors.ENOENT) {
                        return false; // a dangling link is neither
                    }
                    throw OsErrors.of(e, path);
                }
            }
            return dir ? a.isDirectory() : a.isRegularFile();
        }

        synchronized Object stat(boolean follow) {
            if (!follow || !lstat().isSymbolicLink()) {
                if (lstatResult == null) {
                    lstatResult = read(false);
                }
                return lstatResult;
            }
            if (statResult == null) {
                statResult = read(true);
            }
            return statResult;
        }

        private Object read(boolean follow) {
            try {
                return Stats.result(statType, Stats.attributes(file, follow));
            } catch (IOException e) {
                throw OsErrors.of(e, path);
            }
        }
    }

    /** A ScandirIterator: iterator and context manager over one directory stream. */
    static final class Iter {
        private final FsPath dir;
        private final StructSequence statType;
        private DirectoryStream<Path> stream;
        private Iterator<Path> it;

        Iter(FsPath dir, DirectoryStream<Path> stream, StructSequence statType) {
            this.dir = dir;
            this.stream = stream;
            this.it = stream.iterator();
            this.statType = statType;
        }

        synchronized Object next() {
            if (it == null) {
                return null;
            }
            try {
                if (it.hasNext()) {
                    Path p = it.next();
                    String name = p.getFileName().toString();
                    String text = dir.text();
                    // CPython joins the path as given ("." when omitted) and the name.
                    String joined = text.endsWith("/") ? text + name : text + "/" + name;
                    return new Entry(dir.out(name), dir.out(joined), p, statType);
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                close();
                throw OsErrors.of(e.getCause(), dir.given());
            }
            close();
            return null;
        }

        synchronized void close() {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // nothing to report: CPython ignores closedir's result too
                }
                stream = null;
                it = null;
            }
        }
    }

    static Object open(FsPath dir, StructSequence statType) {
        try {
            return new Iter(dir, Files.newDirectoryStream(dir.path()), statType);
        } catch (IOException e) {
            throw OsErrors.of(e, dir.given());
        }
    }

    @Override
    public List<TypeSpec> specs() {
        return List.of(entrySpec(), iteratorSpec());
    }

    private static PyBuiltinFunction method(String name, BuiltinMethods.Method body) {
        return BuiltinMethods.method("posix.DirEntry", Entry.class, name, body);
    }

    private static boolean followSymlinks(String fname, Object[] args, String[] kw) {
        Object[] v = Args.parse(fname, args, kw, new String[] {"follow_symlinks"}, 0, 0, 0);
        return Args.bool(v[0], true);
    }

    static TypeSpec entrySpec() {
        TypeSpec s = new TypeSpec("DirEntry").representation(Entry.class).flag(TypeSpec.Flag.HIDDEN);
        s.call(Slot.NEW, (type, args, kw) -> {
            throw Errors.typeError("cannot create 'posix.DirEntry' instances");
        });
        s.attribute("__module__", "posix");
        s.unary(Slot.REPR, self -> "<DirEntry " + Op.repr(((Entry) self).name) + ">");
        s.attribute("name", new GetSetDescriptor("name", "DirEntry", self -> ((Entry) self).name, null,
                "the entry's base filename, relative to scandir() \"path\" argument"));
        s.attribute("path", new GetSetDescriptor("path", "DirEntry", self -> ((Entry) self).path, null,
                "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"));
        s.attribute("__fspath__", method("__fspath__", (self, a, kw) -> {
            Args.none("__fspath__", a, kw);
            return ((Entry) self).path;
        }));
        s.attribute("is_dir", method("is_dir",
                (self, a, kw) -> ((Entry) self).test(true, followSymlinks("is_dir", a, kw))));
        s.attribute("is_file", method("is_file",
                (self, a, kw) -> ((Entry) self).test(false, followSymlinks("is_file", a, kw))));
        s.attribute("is_symlink", method("is_symlink", (self, a, kw) -> {
            Args.none("is_symlink", a, kw);
            return ((Entry) self).lstat().isSymbolicLink();
        }));
        s.attribute("stat", method("stat", (self, a, kw) -> ((Entry) self).stat(followSymlinks("stat", a, kw))));
        s.attribute("inode", method("inode", (self, a, kw) -> {
            Args.none("inode", a, kw);
            Entry e = (Entry) self;
            try {
                return ((Number) Files.getAttribute(e.file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
            } catch (IOException x) {
                throw OsErrors.of(x, e.path);
            }
        }));
        s.attribute("__class_getitem__", PyGenericAlias.classGetItem());
        return s;
    }

    static TypeSpec iteratorSpec() {
        TypeSpec s = new TypeSpec("ScandirIterator").representation(Iter.class).flag(TypeSpec.Flag.HIDDEN);
        s.call(Slot.NEW, (type, args, kw) -> {
            throw Errors.typeError("cannot create 'posix.ScandirIterator' instances");
        });
        s.attribute("__module__", "posix");
        s.unary(Slot.ITER, self -> self);
        s.unary(Slot.NEXT, self -> {
            Object e = ((Iter) self).next();
            if (e == null) {
                throw Errors.raise(Errors.StopIteration);
            }
            return e;
        });
        s.attribute("close", BuiltinMethods.method("posix.ScandirIterator", Iter.class, "close", (self, a, kw) -> {
            Args.none("close", a, kw);
            ((Iter) self).close();
            return PyNone.None;
        }));
        s.attribute("__enter__", BuiltinMethods.method("posix.ScandirIterator", Iter.class, "__enter__",
                (self, a, kw) -> self));
        s.attribute("__exit__", BuiltinMethods.method("posix.ScandirIterator", Iter.class, "__exit__", (self, a, kw) -> {
            ((Iter) self).close();
            return false;
        }));
        return s;
    }
}
