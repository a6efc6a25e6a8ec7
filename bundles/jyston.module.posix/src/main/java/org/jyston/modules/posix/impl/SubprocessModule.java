package org.jyston.modules.posix.impl;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.WorkingDirectory;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _posixsubprocess}: {@code fork_exec} over {@link ProcessBuilder}. The JVM cannot fork, so the
 * child's standard streams are wired to the descriptors {@code subprocess} gives: the process's own
 * standard streams are inherited, devices are opened by name, and pipes and regular files of
 * {@link FdTable} are fed by a pump thread per stream (the JDK's pipe to the child on one side, the
 * table's channel on the other, which the pump holds open until the stream ends). An exec that fails
 * is reported as the C module reports it, through {@code errpipe_write} ("OSError:errno:" in hex, or
 * ":noexec" when the working directory was the problem), so {@code subprocess} raises CPython's exception.
 *
 * <p>What a forked child would do and a spawned one cannot is not done: {@code close_fds}/{@code pass_fds}
 * (the JDK passes only the three standard streams), {@code preexec_fn}, {@code start_new_session},
 * {@code process_group}, user and group changes, {@code umask}, and an {@code argv[0]} other than the
 * program's path.
 */
@Component(service = ModuleProvider.class)
public class SubprocessModule implements ModuleProvider {
    /** The pid returned when exec failed: no real pid (pid_max is at most 2^22), so waitpid says ECHILD. */
    static final long NO_CHILD = Integer.MAX_VALUE;
    private static final Pattern JDK_ERRNO = Pattern.compile("error=(\\d+)");

    @Override
    public String name() {
        return "_posixsubprocess";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "A POSIX helper for the subprocess module.");
        Args.fn(d, "fork_exec", (a, kw) -> {
            Args.noKeywords("fork_exec", kw);
            if (a.length != 22 && a.length != 23) {
                throw Errors.typeError("fork_exec() takes exactly 23 arguments (" + a.length + " given)");
            }
            return forkExec(a);
        });
    }

    private static Object forkExec(Object[] a) {
        List<String> argv = strings(a[0], "args");
        List<String> executables = strings(a[1], "executable_list");
        Object cwdArg = a[4];
        Object envArg = a[5];
        int p2cread = Args.cint(a[6]);
        int c2pwrite = Args.cint(a[9]);
        int errwrite = Args.cint(a[11]);
        int errpipeWrite = Args.cint(a[13]);
        if (argv.isEmpty() && executables.isEmpty()) {
            throw Errors.valueError("args must not be empty");
        }

        Path cwd = WorkingDirectory.get();
        if (cwdArg != PyNone.None) {
            cwd = cwd.resolve(Environ.text(cwdArg));
            int errno = !Files.exists(cwd) ? OsErrors.ENOENT
                    : !Files.isDirectory(cwd) ? 20 : !Files.isExecutable(cwd) ? OsErrors.EACCES : 0;
            if (errno != 0) {
                return failed(errpipeWrite, errno, true);
            }
        }

        ProcessBuilder pb = new ProcessBuilder();
        pb.directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        if (envArg == PyNone.None) {
            synchronized (Environ.CURRENT) {
                env.putAll(Environ.CURRENT);
            }
        } else {
            for (String kv : strings(envArg, "env")) {
                int eq = kv.indexOf('=', 1);
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }

        Stream[] streams = {stream(0, p2cread), stream(1, c2pwrite), stream(2, errwrite)};
        pb.redirectInput(streams[0].redirect);
        pb.redirectOutput(streams[1].redirect);
        if (streams[2].desc != null && streams[2].desc == streams[1].desc) {
            pb.redirectErrorStream(true); // stderr=STDOUT: one stream, in order
            streams[2].unhold();
            streams[2] = null;
        } else {
            pb.redirectError(streams[2].redirect);
        }

        // Try each candidate as execv does; the first error other than ENOENT/ENOTDIR is the one reported.
        int savedErrno = 0;
        int lastErrno = OsErrors.ENOENT;
        Process process = null;
        for (String exe : executables) {
            Path p = cwd.resolve(exe);
            if (!Files.exists(p)) {
                lastErrno = Files.exists(p.getParent() == null ? p : p.getParent()) || p.getParent() == null
                        ? OsErrors.ENOENT : notDirOrNoEnt(p);
                continue;
            }
            List<String> command = new ArrayList<>(argv);
            if (command.isEmpty()) {
                command.add(p.toString());
            } else {
                command.set(0, p.toString());
            }
            pb.command(command);
            try {
                process = pb.start();
                break;
            } catch (IOException e) {
                Matcher m = JDK_ERRNO.matcher(String.valueOf(e.getMessage()));
                lastErrno = m.find() ? Integer.parseInt(m.group(1)) : OsErrors.EACCES;
                if (savedErrno == 0 && lastErrno != OsErrors.ENOENT && lastErrno != 20) {
                    savedErrno = lastErrno;
                }
            }
        }
        if (process == null) {
            for (Stream s : streams) {
                if (s != null) {
                    s.unhold();
                }
            }
            return failed(errpipeWrite, savedErrno != 0 ? savedErrno : lastErrno, false);
        }
        Children.add(process);
        streams[0].pumpIn(process);
        streams[1].pumpOut(process, process.getInputStream());
        if (streams[2] != null) {
            streams[2].pumpOut(process, process.getErrorStream());
        }
        return process.pid();
    }

    private static int notDirOrNoEnt(Path p) {
        for (Path q = p.getParent(); q != null; q = q.getParent()) {
            if (Files.exists(q)) {
                return Files.isDirectory(q) ? OsErrors.ENOENT : 20;
            }
        }
        return OsErrors.ENOENT;
    }

    /** Reports an exec failure as the C module's child does, through the error pipe; returns a pid no one has. */
    private static long failed(int errpipeWrite, int errno, boolean noexec) {
        String msg = "OSError:" + Integer.toHexString(errno).toUpperCase() + ":" + (noexec ? "noexec" : "");
        FdFunctions.write(errpipeWrite, msg.getBytes(StandardCharsets.US_ASCII));
        return NO_CHILD;
    }

    private static List<String> strings(Object seq, String what) {
        List<String> out = new ArrayList<>();
        if (seq == PyNone.None) {
            return out;
        }
        Object it = Op.iter(seq);
        for (Object o = Op.next(it); o != null; o = Op.next(it)) {
            Object v = Derived.unwrap(o);
            String s = v instanceof PyBytes b ? FsPath.decode(b.toByteArray()) : Environ.text(o);
            if (s.indexOf('\0') >= 0) {
                throw Errors.valueError("embedded null byte");
            }
            out.add(s);
        }
        return out;
    }

    /** How one of the child's standard streams is wired. */
    private static final class Stream {
        final ProcessBuilder.Redirect redirect;
        /** The table's description a pump feeds or drains; null when the JDK wires the stream itself. */
        final FdTable.Description desc;
        final boolean pumped;

        Stream(ProcessBuilder.Redirect redirect, FdTable.Description desc, boolean pumped) {
            this.redirect = redirect;
            this.desc = desc;
            this.pumped = pumped;
        }

        /** Lets go of the descriptor when no pump will run. */
        void unhold() {
            if (pumped) {
                FdTable.release(desc, true);
            }
        }

        /** Copies what the parent writes into the descriptor to the child's stdin, until EOF. */
        void pumpIn(Process process) {
            if (!pumped) {
                return;
            }
            FdTable.Description d = desc;
            OutputStream to = process.getOutputStream();
            Thread t = new Thread(() -> {
                ByteBuffer buf = ByteBuffer.allocate(65536);
                try (to) {
                    while (true) {
                        buf.clear();
                        int n = d.reader.read(buf);
                        if (n < 0) {
                            break;
                        }
                        to.write(buf.array(), 0, n);
                        to.flush();
                    }
                } catch (IOException | RuntimeException e) {
                    // the child closed its stdin or ended; a later write in the parent sees EPIPE
                } finally {
                    FdTable.release(d, true);
                }
            }, "subprocess stdin " + process.pid());
            t.setDaemon(true);
            t.start();
            if (d.channel instanceof Pipe.SourceChannel) {
                // A child that ended reads no more: stop waiting for the parent (closing the read end,
                // so the parent's writes fail with EPIPE as they would).
                process.onExit().thenRun(t::interrupt);
            }
        }

        /** Copies the child's stdout or stderr into the descriptor until the child closes it. */
        void pumpOut(Process process, InputStream from) {
            if (!pumped) {
                return;
            }
            FdTable.Description d = desc;
            Thread t = new Thread(() -> {
                byte[] b = new byte[65536];
                try (from) {
                    int n;
                    while ((n = from.read(b)) >= 0) {
                        ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
                        synchronized (d) {
                            if (d.append && d.channel instanceof FileChannel f) {
                                f.position(f.size());
                            }
                            while (buf.hasRemaining()) {
                                d.writer.write(buf);
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the parent closed its end: the child sees a broken pipe as it would
                } finally {
                    FdTable.release(d, true);
                }
            }, "subprocess output " + process.pid());
            t.setDaemon(true);
            t.start();
        }
    }

    /** How the child's stream {@code slot} (0 stdin, 1 stdout, 2 stderr) gets descriptor {@code fd} (-1: the same slot). */
    private static Stream stream(int slot, int fd) {
        int f = fd < 0 ? slot : fd;
        FdTable.Description d = FdTable.peek(f);
        if (d == null) {
            if (fd < 0) {
                return new Stream(ProcessBuilder.Redirect.INHERIT, null, false);
            }
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (slot == 0 ? d.reader == null : d.writer == null) {
            if (d.standard) {
                return new Stream(ProcessBuilder.Redirect.INHERIT, d, false);
            }
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (d.standard) {
            if (d.path.equals(Path.of("/proc/self/fd/" + slot))) {
                return new Stream(ProcessBuilder.Redirect.INHERIT, d, false);
            }
            File file = d.path.toFile();
            return new Stream(slot == 0 ? ProcessBuilder.Redirect.from(file) : ProcessBuilder.Redirect.appendTo(file), d,
                    false);
        }
        if (d.path != null && !Files.isRegularFile(d.path)) {
            // A device (/dev/null, a terminal): the child opens it itself.
            File file = d.path.toFile();
            return new Stream(slot == 0 ? ProcessBuilder.Redirect.from(file) : ProcessBuilder.Redirect.appendTo(file), d,
                    false);
        }
        FdTable.Description held = FdTable.retain(f);
        return new Stream(ProcessBuilder.Redirect.PIPE, held, true);
    }
}
