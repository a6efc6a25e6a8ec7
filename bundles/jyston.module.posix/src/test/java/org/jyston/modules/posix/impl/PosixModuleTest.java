package org.jyston.modules.posix.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosixModuleTest {
    static PyModule posix;
    static PyModule errno;

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        java.util.List<TypeSpec> specs = new java.util.ArrayList<>(new org.jyston.types.bytes.impl.BytesTypes().specs());
        specs.addAll(new Scandir().specs());
        for (TypeSpec spec : specs) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
        posix = new PyModule("posix");
        new PosixModule().populate(posix);
        errno = new PyModule("errno");
        new ErrnoModule().populate(errno);
    }

    static Object call(String name, Object... args) {
        return Op.call(posix.getDict().get(name), args, null);
    }

    @Test
    void statReadsTheKernelsModeSizeAndNanosecondTimes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("f.txt");
        Files.write(f, new byte[1234]);
        call("chmod", f.toString(), 0640L);
        Object s = call("stat", f.toString());
        assertThat(Op.getattr(s, "st_mode")).isEqualTo(0100640L);
        assertThat(Op.getattr(s, "st_size")).isEqualTo(1234L);
        assertThat(Op.len(s)).isEqualTo(10L);
        long ns = (Long) Op.getattr(s, "st_mtime_ns");
        assertThat(Op.getattr(s, "st_mtime")).isInstanceOf(Double.class);
        assertThat(((PyTuple) s).get(8)).isEqualTo(Math.floorDiv(ns, 1_000_000_000L));
        assertThat(Op.repr(s)).startsWith("os.stat_result(st_mode=33184, ");
    }

    @Test
    void missingFilesRaiseFileNotFoundErrorWithErrnoAndName(@TempDir Path dir) {
        String missing = dir.resolve("nope").toString();
        assertThatThrownBy(() -> call("stat", missing)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(Op.typeName(e.value())).isEqualTo("FileNotFoundError");
            assertThat(Op.str(e.value())).isEqualTo("[Errno 2] No such file or directory: '" + missing + "'");
        });
        assertThatThrownBy(() -> call("rmdir", missing)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(Op.str(e.value())).startsWith("[Errno 2] No such file or directory"));
    }

    @Test
    void descriptorsReadWriteSeekAndShareAPositionWhenDuplicated(@TempDir Path dir) {
        String f = dir.resolve("d.bin").toString();
        long fd = (Long) call("open", f, (long) (2 | 64), 0600L);
        assertThat(call("write", fd, PyBytes.wrap("hello world".getBytes()))).isEqualTo(11L);
        assertThat(call("lseek", fd, 0L, 0L)).isEqualTo(0L);
        long fd2 = (Long) call("dup", fd);
        assertThat(((PyBytes) call("read", fd2, 5L)).toByteArray()).isEqualTo("hello".getBytes());
        assertThat(call("lseek", fd, 0L, 1L)).isEqualTo(5L);
        call("close", fd);
        call("close", fd2);
        assertThatThrownBy(() -> call("close", fd)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(Op.str(e.value())).isEqualTo("[Errno 9] Bad file descriptor"));
    }

    @Test
    void listdirAndScandirSeeTheDirectory(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("a"));
        Files.createDirectory(dir.resolve("b"));
        PyList names = (PyList) call("listdir", dir.toString());
        assertThat(names.toArray()).containsExactlyInAnyOrder("a", "b");
        Object it = call("scandir", dir.toString());
        int dirs = 0;
        for (Object e = Op.next(it); e != null; e = Op.next(it)) {
            if ((Boolean) Op.call(Op.getattr(e, "is_dir"))) {
                dirs++;
                assertThat(Op.getattr(e, "name")).isEqualTo("b");
            }
        }
        assertThat(dirs).isEqualTo(1);
    }

    @Test
    void errnoAndStrerrorAgreeWithLinux() {
        assertThat(errno.getDict().get("ENOENT")).isEqualTo(2L);
        assertThat(errno.getDict().get("EWOULDBLOCK")).isEqualTo(11L);
        assertThat(call("strerror", 13L)).isEqualTo("Permission denied");
        assertThat(call("strerror", 99999L)).isEqualTo("Unknown error 99999");
        assertThat(Op.str(Op.getattr(call("uname"), "sysname"))).isEqualTo("Linux");
    }
}
