package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.StructSequence;
import org.jyston.api.object.TypeRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code posix} module (what {@code os} re-exports) on the JVM: files through
 * {@code java.nio.file} and the Linux {@code unix:*} attributes, processes through
 * {@link ProcessHandle} and {@code /proc}, integer file descriptors through {@link FdTable}. No
 * native code: what needs a system call the JDK does not make ({@code fork}, {@code exec*},
 * {@code dir_fd}) is absent or refused as CPython refuses it where the platform lacks it.
 */
@Component(service = ModuleProvider.class)
public class PosixModule implements ModuleProvider {
    static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String name() {
        return "posix";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        org.jyston.api.object.FileDescriptors.install(FdStreams.INSTANCE);
        d.put("__doc__", "This module provides access to operating system functionality that is\n"
                + "standardized by the C Standard and the POSIX standard (a thinly\n"
                + "disguised Unix interface).  Refer to the library manual and\n"
                + "corresponding Unix manual entries for more information on calls.");
        for (int i = 0; i < PosixConstants.NAMES.length; i++) {
            d.put(PosixConstants.NAMES[i], PosixConstants.VALUES[i]);
        }
        d.put("error", TypeRegistry.byName("OSError"));
        // Only what works here: os.py turns these into supports_fd / supports_dir_fd / supports_follow_symlinks.
        d.put("_have_functions",
                new PyList(new Object[] {"HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT"}));
        StructSequence stat = Stats.define();
        d.put("stat_result", stat.type());
        StructSequence terminalSize = StructSequence.define("os", "terminal_size", 2, new String[] {"columns", "lines"},
                null);
        d.put("terminal_size", terminalSize.type());
        StructSequence uname = StructSequence.define("posix", "uname_result", 5,
                new String[] {"sysname", "nodename", "release", "version", "machine"}, null);
        d.put("uname_result", uname.type());
        StructSequence times = StructSequence.define("posix", "times_result", 5,
                new String[] {"user", "system", "children_user", "children_system", "elapsed"}, null);
        d.put("times_result", times.type());
        d.put("DirEntry", org.jyston.api.object.TypeRegistry.byName("DirEntry"));
        d.put("environ", Environ.initial());
        FileFunctions.install(d, stat);
        FdFunctions.install(d, stat, terminalSize);
        ProcessFunctions.install(d, uname, times);
        Sysconf.install(d);
    }

    /** bytes from a Java byte array. */
    static PyBytes bytes(byte[] b) {
        return PyBytes.wrap(b);
    }

    /** The lines of a small text file under /proc or /sys, or an empty list. */
    static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
    }

    static Object none() {
        return PyNone.None;
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    static RuntimeException dirFdUnavailable() {
        return Errors.raise(org.jyston.api.object.TypeRef.of("NotImplementedError"), "dir_fd unavailable on this platform");
    }
}
