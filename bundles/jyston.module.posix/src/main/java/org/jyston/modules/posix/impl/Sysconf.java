package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.StructSequence;

/** sysconf, confstr, pathconf/fpathconf and statvfs/fstatvfs. */
final class Sysconf {
    private Sysconf() {}

    private static volatile String libc;

    static void install(PyDict d) {
        d.put("sysconf_names", names(SysconfTable.SC_NAMES, SysconfTable.SC_NUMBERS));
        d.put("confstr_names", names(SysconfTable.CS_NAMES, SysconfTable.CS_NUMBERS));
        d.put("pathconf_names", names(SysconfTable.PC_NAMES, SysconfTable.PC_NUMBERS));
        Args.fn(d, "sysconf", (a, kw) -> {
            Args.exact("sysconf", a, kw, 1);
            int i = lookup(a[0], SysconfTable.SC_NAMES, SysconfTable.SC_NUMBERS);
            long v = sysconf(SysconfTable.SC_NAMES[i], SysconfTable.SC_VALUES[i]);
            return v == Long.MIN_VALUE ? -1L : v;
        });
        Args.fn(d, "confstr", (a, kw) -> {
            Args.exact("confstr", a, kw, 1);
            int i = lookup(a[0], SysconfTable.CS_NAMES, SysconfTable.CS_NUMBERS);
            String name = SysconfTable.CS_NAMES[i];
            if (name.equals("CS_GNU_LIBC_VERSION") || name.equals("CS_GNU_LIBPTHREAD_VERSION")) {
                String version = libcVersion(SysconfTable.CS_VALUES[i]);
                return name.equals("CS_GNU_LIBC_VERSION") ? "glibc " + version : "NPTL " + version;
            }
            String v = SysconfTable.CS_VALUES[i];
            return v == null ? PyNone.None : v;
        });
        for (String fname : new String[] {"pathconf", "fpathconf"}) {
            Args.fn(d, fname, (a, kw) -> {
                Object[] v = Args.parse(fname, a, kw, new String[] {fname.equals("pathconf") ? "path" : "fd", "name"}, 2);
                if (fname.equals("pathconf")) {
                    FsPath p = FsPath.of("pathconf", v[0], true, false);
                    if (!p.isFd() && !Files.exists(p.path())) {
                        throw OsErrors.of(OsErrors.ENOENT, p.given());
                    }
                } else {
                    FdTable.get(FdFunctions.fileno(v[0]));
                }
                int i = lookup(v[1], SysconfTable.PC_NAMES, SysconfTable.PC_NUMBERS);
                long r = SysconfTable.PC_VALUES[i];
                return r == Long.MIN_VALUE ? -1L : r;
            });
        }
        StructSequence statvfs = StructSequence.define("os", "statvfs_result", 10, new String[] {"f_bsize", "f_frsize",
            "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, null);
        d.put("statvfs_result", statvfs.type());
        Args.fn(d, "statvfs", (a, kw) -> {
            Object[] v = Args.parse("statvfs", a, kw, new String[] {"path"}, 1);
            FsPath p = FsPath.of("statvfs", v[0], true, false);
            return statvfs(statvfs, p.isFd() ? FileFunctions.pathOf(p.fd()) : p.path(), p.given());
        });
        Args.fn(d, "fstatvfs", (a, kw) -> {
            Args.exact("fstatvfs", a, kw, 1);
            return statvfs(statvfs, FileFunctions.pathOf(Args.cint(a[0])), null);
        });
    }

    private static PyDict names(String[] names, int[] numbers) {
        PyDict d = new PyDict();
        for (int i = 0; i < names.length; i++) {
            d.put(names[i], (long) numbers[i]);
        }
        return d;
    }

    /** A configuration name (a key of the *_names dict) or number, as CPython's conv_confname. */
    private static int lookup(Object o, String[] names, int[] numbers) {
        Object v = Derived.unwrap(o);
        if (v instanceof String s) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(s)) {
                    return i;
                }
            }
            throw Errors.valueError("unrecognized configuration name");
        }
        if (!(v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)
                && org.jyston.api.object.PyType.of(o).lookup("__index__") == null) {
            throw Errors.typeError("configuration names must be strings or integers");
        }
        int n = Args.cint(o);
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] == n) {
                return i;
            }
        }
        throw OsErrors.of(OsErrors.EINVAL);
    }

    /** The values that depend on the machine, computed as glibc does; the fixed limits from the table. */
    private static long sysconf(String name, long fixed) {
        switch (name) {
            case "SC_NPROCESSORS_ONLN":
                return ProcessFunctions.cpuCount();
            case "SC_NPROCESSORS_CONF": {
                try (var s = Files.newDirectoryStream(java.nio.file.Path.of("/sys/devices/system/cpu"), "cpu[0-9]*")) {
                    long n = 0;
                    for (var ignored : s) {
                        n++;
                    }
                    return n;
                } catch (IOException e) {
                    return ProcessFunctions.cpuCount();
                }
            }
            case "SC_OPEN_MAX":
                return limit("Max open files", fixed);
            case "SC_CHILD_MAX":
                return limit("Max processes", fixed);
            case "SC_ARG_MAX": {
                long stack = limit("Max stack size", -1);
                return stack > 0 ? Math.max(stack / 4, 131072) : fixed;
            }
            case "SC_PHYS_PAGES":
                return meminfo("MemTotal:", fixed);
            case "SC_AVPHYS_PAGES":
                return meminfo("MemFree:", fixed);
            default:
                return fixed;
        }
    }

    /** A soft limit from /proc/self/limits ("unlimited" is -1). */
    private static long limit(String what, long dflt) {
        for (String line : PosixModule.lines("/proc/self/limits")) {
            if (line.startsWith(what)) {
                String soft = line.substring(26).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
            }
        }
        return dflt;
    }

    private static long meminfo(String key, long dflt) {
        for (String line : PosixModule.lines("/proc/meminfo")) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024 / 4096;
            }
        }
        return dflt;
    }

    private static String libcVersion(String hostFact) {
        String v = libc;
        if (v == null) {
            try {
                Process p = new ProcessBuilder("getconf", "GNU_LIBC_VERSION")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).trim();
                p.waitFor();
                v = out.startsWith("glibc ") ? out.substring(6) : null;
            } catch (IOException e) {
                v = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (v == null) {
                v = hostFact.substring(hostFact.indexOf(' ') + 1);
            }
            libc = v;
        }
        return v;
    }

    /** statvfs from the JDK's FileStore: sizes in its block size; inode counts are not reported (0). */
    private static Object statvfs(StructSequence type, java.nio.file.Path p, Object given) {
        try {
            FileStore fs = Files.getFileStore(p);
            long bsize = 4096;
            try {
                bsize = fs.getBlockSize();
            } catch (UnsupportedOperationException e) {
                // JDK 17 answers it on Linux; keep the common size otherwise
            }
            long blocks = fs.getTotalSpace() / bsize;
            long bfree = fs.getUnallocatedSpace() / bsize;
            long bavail = fs.getUsableSpace() / bsize;
            long flag = fs.isReadOnly() ? 1 : 0;
            return type.make(bsize, bsize, blocks, bfree, bavail, 0L, 0L, 0L, flag, 255L,
                    Long.valueOf(Math.abs((long) Op.hash(fs.name()))));
        } catch (IOException e) {
            throw OsErrors.of(e, given);
        }
    }

}
