package org.jyston.modules.posix.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fork_exec, waitpid, kill and select as subprocess uses them. */
class SubprocessTest {
    static PyModule posix;
    static PyModule sub;
    static PyModule select;

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        java.util.List<TypeSpec> specs = new java.util.ArrayList<>(new org.jyston.types.bytes.impl.BytesTypes().specs());
        specs.addAll(new Scandir().specs());
        specs.addAll(new PollType().specs());
        for (TypeSpec spec : specs) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
        posix = new PyModule("posix");
        new PosixModule().populate(posix);
        sub = new PyModule("_posixsubprocess");
        new SubprocessModule().populate(sub);
        select = new PyModule("select");
        new SelectModule().populate(select);
    }

    static Object call(PyModule m, String name, Object... args) {
        return Op.call(m.getDict().get(name), args, null);
    }

    static long fd(Object pair, int i) {
        return (Long) ((PyTuple) pair).get(i);
    }

    static PyBytes b(String s) {
        return PyBytes.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    /** fork_exec with subprocess's 23 arguments: stdin/stdout pipes or -1, the error pipe. */
    static Object forkExec(PyList argv, long p2cread, long c2pwrite, long errwrite, long errpipeWrite) {
        return call(sub, "fork_exec", argv, PyTuple.of(((PyBytes) argv.get(0))), true, PyTuple.of(), PyNone.None,
                PyNone.None, p2cread, -1L, -1L, c2pwrite, -1L, errwrite, -1L, errpipeWrite, true, false, -1L,
                PyNone.None, PyNone.None, PyNone.None, -1L, PyNone.None, true);
    }

    static byte[] readAll(long fd) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part = ((PyBytes) call(posix, "read", fd, 4096L)).toByteArray(); part.length > 0;
                part = ((PyBytes) call(posix, "read", fd, 4096L)).toByteArray()) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Test
    void childReadsStdinPipeAndWritesStdoutPipeThenExitStatusIsLinuxs() {
        Object in = call(posix, "pipe");
        Object out = call(posix, "pipe");
        Object err = call(posix, "pipe");
        PyList argv = new PyList(new Object[] {b("/bin/sh"), b("-c"), b("tr a-z A-Z; exit 3")});
        long pid = (Long) forkExec(argv, fd(in, 0), fd(out, 1), -1L, fd(err, 1));
        call(posix, "close", fd(err, 1));
        assertThat(readAll(fd(err, 0))).isEmpty(); // exec worked
        call(posix, "close", fd(in, 0));
        call(posix, "close", fd(out, 1));
        call(posix, "write", fd(in, 1), b("hello"));
        call(posix, "close", fd(in, 1));
        assertThat(new String(readAll(fd(out, 0)), StandardCharsets.UTF_8)).isEqualTo("HELLO");
        PyTuple st = (PyTuple) call(posix, "waitpid", pid, 0L);
        assertThat(st.get(0)).isEqualTo(pid);
        assertThat(st.get(1)).isEqualTo(3L << 8);
        assertThat(call(posix, "waitstatus_to_exitcode", st.get(1))).isEqualTo(3L);
        assertThatThrownBy(() -> call(posix, "waitpid", pid, 0L)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(Op.typeName(e.value())).isEqualTo("ChildProcessError"));
    }

    @Test
    void aMissingProgramIsReportedThroughTheErrorPipeAsCPythonsChildDoes() {
        Object err = call(posix, "pipe");
        PyList argv = new PyList(new Object[] {b("/no/such/program")});
        forkExec(argv, -1L, -1L, -1L, fd(err, 1));
        call(posix, "close", fd(err, 1));
        assertThat(new String(readAll(fd(err, 0)), StandardCharsets.US_ASCII)).isEqualTo("OSError:2:");
    }

    @Test
    void killedChildReportsTheSignalAndWnohangSeesARunningChild() {
        Object err = call(posix, "pipe");
        PyList argv = new PyList(new Object[] {b("/bin/sleep"), b("30")});
        long pid = (Long) forkExec(argv, -1L, -1L, -1L, fd(err, 1));
        call(posix, "close", fd(err, 1));
        call(posix, "close", fd(err, 0));
        assertThat(Op.repr(call(posix, "waitpid", pid, 1L))).isEqualTo("(0, 0)");
        call(posix, "kill", pid, 9L);
        long status = (Long) ((PyTuple) call(posix, "waitpid", pid, 0L)).get(1);
        assertThat(call(posix, "WIFSIGNALED", status)).isEqualTo(true);
        assertThat(call(posix, "WTERMSIG", status)).isEqualTo(9L);
        assertThat(call(posix, "waitstatus_to_exitcode", status)).isEqualTo(-9L);
    }

    @Test
    void selectSeesAPipeBecomeReadableAndPollReportsClosedDescriptors() {
        Object p = call(posix, "pipe");
        long r = fd(p, 0);
        long w = fd(p, 1);
        PyTuple none = (PyTuple) call(select, "select", new PyList(new Object[] {r}), new PyList(), new PyList(), 0L);
        assertThat(Op.len(none.get(0))).isZero();
        call(posix, "write", w, b("x"));
        PyTuple ready = (PyTuple) call(select, "select", new PyList(new Object[] {r}), new PyList(new Object[] {w}),
                new PyList(), 1.0);
        assertThat(Op.len(ready.get(0))).isEqualTo(1L);
        assertThat(Op.len(ready.get(1))).isEqualTo(1L);
        // reads still block and return data after a select (the channel is back in blocking mode)
        assertThat(((PyBytes) call(posix, "read", r, 10L)).toByteArray()).isEqualTo("x".getBytes());
        Object poll = call(select, "poll");
        Op.call(Op.getattr(poll, "register"), r, 1L);
        call(posix, "close", r);
        call(posix, "close", w);
        Object events = Op.call(Op.getattr(poll, "poll"), 0L);
        assertThat(Op.repr(events)).isEqualTo("[(" + r + ", 32)]");
    }
}
