package org.jyston.modules.posix.impl;

import java.math.BigInteger;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** The {@code _stat} module: the file mode constants and tests {@code stat.py} takes from C. */
@Component(service = ModuleProvider.class)
public class StatModule implements ModuleProvider {
    private static final String[] NAMES = {
        "S_IFDIR", "S_IFCHR", "S_IFBLK", "S_IFREG", "S_IFIFO", "S_IFLNK", "S_IFSOCK", "S_IFDOOR", "S_IFPORT",
        "S_IFWHT", "S_ISUID", "S_ISGID", "S_ISVTX", "S_ENFMT", "S_IREAD", "S_IWRITE", "S_IEXEC", "S_IRWXU",
        "S_IRUSR", "S_IWUSR", "S_IXUSR", "S_IRWXG", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXO", "S_IROTH",
        "S_IWOTH", "S_IXOTH", "UF_NODUMP", "UF_IMMUTABLE", "UF_APPEND", "UF_OPAQUE", "UF_NOUNLINK", "UF_COMPRESSED",
        "UF_HIDDEN", "SF_ARCHIVED", "SF_IMMUTABLE", "SF_APPEND", "SF_NOUNLINK", "SF_SNAPSHOT", "ST_MODE", "ST_INO",
        "ST_DEV", "ST_NLINK", "ST_UID", "ST_GID", "ST_SIZE", "ST_ATIME", "ST_MTIME", "ST_CTIME"
    };
    private static final long[] VALUES = {
        16384L, 8192L, 24576L, 32768L, 4096L, 40960L, 49152L, 0L, 0L, 0L, 2048L, 1024L, 512L, 1024L, 256L, 128L,
        64L, 448L, 256L, 128L, 64L, 56L, 32L, 16L, 8L, 7L, 4L, 2L, 1L, 1L, 2L, 4L, 8L, 16L, 32L, 32768L, 65536L,
        131072L, 262144L, 1048576L, 2097152L, 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L
    };

    @Override
    public String name() {
        return "_stat";
    }

    private interface ModeFn {
        Object apply(long mode);
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", DOC);
        test(d, "S_ISDIR", 0040000);
        test(d, "S_ISCHR", 0020000);
        test(d, "S_ISBLK", 0060000);
        test(d, "S_ISREG", 0100000);
        test(d, "S_ISFIFO", 0010000);
        test(d, "S_ISLNK", 0120000);
        test(d, "S_ISSOCK", 0140000);
        fn(d, "S_ISDOOR", m -> false);
        fn(d, "S_ISPORT", m -> false);
        fn(d, "S_ISWHT", m -> false);
        fn(d, "S_IMODE", m -> m & 07777);
        fn(d, "S_IFMT", m -> m & 0170000);
        fn(d, "filemode", StatModule::filemode);
        for (int i = 0; i < NAMES.length; i++) {
            d.put(NAMES[i], VALUES[i]);
        }
    }

    private static void test(PyDict d, String name, long type) {
        fn(d, name, m -> (m & 0170000) == type);
    }

    private static void fn(PyDict d, String name, ModeFn f) {
        Args.fn(d, name, (a, kw) -> {
            Args.exact("_stat." + name, a, kw, 1);
            return f.apply(mode(a[0]));
        });
    }

    /** CPython's _PyLong_AsMode_t: an unsigned long that fits a mode_t. */
    private static long mode(Object o) {
        Object v = Derived.unwrap(o);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l) {
            if (l < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (l > 0xFFFFFFFFL) {
                throw Errors.overflow("mode out of range");
            }
            return l;
        }
        if (v instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (b.bitLength() <= 64) {
                throw Errors.overflow("mode out of range");
            }
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        throw Errors.typeError("an integer is required");
    }

    /** ls -l's ten characters. */
    static String filemode(long m) {
        char type = switch ((int) (m & 0170000)) {
            case 0040000 -> 'd';
            case 0020000 -> 'c';
            case 0060000 -> 'b';
            case 0100000 -> '-';
            case 0010000 -> 'p';
            case 0120000 -> 'l';
            case 0140000 -> 's';
            default -> '?';
        };
        StringBuilder sb = new StringBuilder().append(type);
        sb.append((m & 0400) != 0 ? 'r' : '-').append((m & 0200) != 0 ? 'w' : '-');
        sb.append((m & 04000) != 0 ? ((m & 0100) != 0 ? 's' : 'S') : (m & 0100) != 0 ? 'x' : '-');
        sb.append((m & 040) != 0 ? 'r' : '-').append((m & 020) != 0 ? 'w' : '-');
        sb.append((m & 02000) != 0 ? ((m & 010) != 0 ? 's' : 'S') : (m & 010) != 0 ? 'x' : '-');
        sb.append((m & 04) != 0 ? 'r' : '-').append((m & 02) != 0 ? 'w' : '-');
        sb.append((m & 01000) != 0 ? ((m & 01) != 0 ? 't' : 'T') : (m & 01) != 0 ? 'x' : '-');
        return sb.toString();
    }

    private static final String DOC =
            "S_IFMT_: file type bits\n" +
            "S_IFDIR: directory\n" +
            "S_IFCHR: character device\n" +
            "S_IFBLK: block device\n" +
            "S_IFREG: regular file\n" +
            "S_IFIFO: fifo (named pipe)\n" +
            "S_IFLNK: symbolic link\n" +
            "S_IFSOCK: socket file\n" +
            "S_IFDOOR: door\n" +
            "S_IFPORT: event port\n" +
            "S_IFWHT: whiteout\n" +
            "\n" +
            "S_ISUID: set UID bit\n" +
            "S_ISGID: set GID bit\n" +
            "S_ENFMT: file locking enforcement\n" +
            "S_ISVTX: sticky bit\n" +
            "S_IREAD: Unix V7 synonym for S_IRUSR\n" +
            "S_IWRITE: Unix V7 synonym for S_IWUSR\n" +
            "S_IEXEC: Unix V7 synonym for S_IXUSR\n" +
            "S_IRWXU: mask for owner permissions\n" +
            "S_IRUSR: read by owner\n" +
            "S_IWUSR: write by owner\n" +
            "S_IXUSR: execute by owner\n" +
            "S_IRWXG: mask for group permissions\n" +
            "S_IRGRP: read by group\n" +
            "S_IWGRP: write by group\n" +
            "S_IXGRP: execute by group\n" +
            "S_IRWXO: mask for others (not in group) permissions\n" +
            "S_IROTH: read by others\n" +
            "S_IWOTH: write by others\n" +
            "S_IXOTH: execute by others\n" +
            "\n" +
            "UF_NODUMP: do not dump file\n" +
            "UF_IMMUTABLE: file may not be changed\n" +
            "UF_APPEND: file may only be appended to\n" +
            "UF_OPAQUE: directory is opaque when viewed through a union stack\n" +
            "UF_NOUNLINK: file may not be renamed or deleted\n" +
            "UF_COMPRESSED: OS X: file is hfs-compressed\n" +
            "UF_HIDDEN: OS X: file should not be displayed\n" +
            "SF_ARCHIVED: file may be archived\n" +
            "SF_IMMUTABLE: file may not be changed\n" +
            "SF_APPEND: file may only be appended to\n" +
            "SF_NOUNLINK: file may not be renamed or deleted\n" +
            "SF_SNAPSHOT: file is a snapshot file\n" +
            "\n" +
            "ST_MODE\n" +
            "ST_INO\n" +
            "ST_DEV\n" +
            "ST_NLINK\n" +
            "ST_UID\n" +
            "ST_GID\n" +
            "ST_SIZE\n" +
            "ST_ATIME\n" +
            "ST_MTIME\n" +
            "ST_CTIME\n" +
            "\n" +
            "FILE_ATTRIBUTE_*: Windows file attribute constants\n" +
            "                   (only present on Windows)\n" +
            "";
}
