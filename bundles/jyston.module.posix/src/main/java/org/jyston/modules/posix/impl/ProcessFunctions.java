package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.StructSequence;

/** The process functions of {@code posix}: ids, uname, times, kill, _exit, umask, system, wait statuses. */
final class ProcessFunctions {
    private ProcessFunctions() {}

    /** The file mode creation mask: the process's at start (from /proc), then what umask() set. */
    static volatile int umask = initialUmask();

    private static int initialUmask() {
        for (String line : PosixModule.lines("/proc/self/status")) {
            if (line.startsWith("Umask:")) {
                return Integer.parseInt(line.substring(6).trim(), 8);
            }
        }
        return 022;
    }

    /** Real, effective ids from /proc/self/status ("Uid:" / "Gid:" lines: real, effective, saved, fs). */
    private static long id(String key, int which) {
        for (String line : PosixModule.lines("/proc/self/status")) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[which]);
            }
        }
        return 0;
    }

    private static String kernel(String name, String dflt) {
        List<String> l = PosixModule.lines("/proc/sys/kernel/" + name);
        return l.isEmpty() ? dflt : l.get(0);
    }

    static void install(PyDict d, StructSequence uname, StructSequence times) {
        Args.fn(d, "getpid", (a, kw) -> {
            Args.none("posix.getpid", a, kw);
            return ProcessHandle.current().pid();
        });
        Args.fn(d, "getppid", (a, kw) -> {
            Args.none("posix.getppid", a, kw);
            return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        });
        String[][] ids = {{"getuid", "Uid:", "0"}, {"geteuid", "Uid:", "1"}, {"getgid", "Gid:", "0"},
            {"getegid", "Gid:", "1"}};
        for (String[] x : ids) {
            Args.fn(d, x[0], (a, kw) -> {
                Args.none("posix." + x[0], a, kw);
                return id(x[1], Integer.parseInt(x[2]));
            });
        }
        Args.fn(d, "getgroups", (a, kw) -> {
            Args.none("posix.getgroups", a, kw);
            for (String line : PosixModule.lines("/proc/self/status")) {
                if (line.startsWith("Groups:")) {
                    String rest = line.substring(7).trim();
                    if (rest.isEmpty()) {
                        return new org.jyston.api.object.PyList();
                    }
                    String[] g = rest.split("\\s+");
                    Object[] out = new Object[g.length];
                    for (int i = 0; i < g.length; i++) {
                        out[i] = Long.parseLong(g[i]);
                    }
                    return new org.jyston.api.object.PyList(out);
                }
            }
            return new org.jyston.api.object.PyList();
        });
        Args.fn(d, "uname", (a, kw) -> {
            Args.none("posix.uname", a, kw);
            String arch = System.getProperty("os.arch");
            String machine = switch (arch) {
                case "amd64" -> "x86_64";
                case "arm64" -> "aarch64";
                default -> arch;
            };
            return uname.make(kernel("ostype", "Linux"), kernel("hostname", "localhost"),
                    kernel("osrelease", System.getProperty("os.version")), kernel("version", ""), machine);
        });
        Args.fn(d, "times", (a, kw) -> {
            Args.none("posix.times", a, kw);
            // /proc/self/stat fields 14-17: utime stime cutime cstime in clock ticks (100 per second on Linux).
            double[] t = new double[4];
            List<String> stat = PosixModule.lines("/proc/self/stat");
            if (!stat.isEmpty()) {
                String s = stat.get(0);
                String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                for (int i = 0; i < 4; i++) {
                    t[i] = Long.parseLong(f[11 + i]) / 100.0;
                }
            }
            List<String> up = PosixModule.lines("/proc/uptime");
            double elapsed = up.isEmpty() ? System.nanoTime() / 1e9
                    : Math.floor(Double.parseDouble(up.get(0).split(" ")[0]) * 100) / 100.0;
            return times.make(t[0], t[1], t[2], t[3], elapsed);
        });
        Args.fn(d, "cpu_count", (a, kw) -> {
            Args.none("posix.cpu_count", a, kw);
            return cpuCount();
        });
        Args.fn(d, "getloadavg", (a, kw) -> {
            Args.none("posix.getloadavg", a, kw);
            List<String> l = PosixModule.lines("/proc/loadavg");
            if (l.isEmpty()) {
                throw OsErrors.of(OsErrors.EIO);
            }
            String[] f = l.get(0).split(" ");
            return PyTuple.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        });
        Args.fn(d, "strerror", (a, kw) -> {
            Args.exact("strerror", a, kw, 1);
            return OsErrors.strerror(Args.cint(a[0]));
        });
        Args.fn(d, "umask", (a, kw) -> {
            Args.exact("posix.umask", a, kw, 1);
            int mask = Args.cint(a[0]);
            int old = umask;
            umask = mask & 0777;
            return (long) old;
        });
        Args.fn(d, "urandom", (a, kw) -> {
            Args.exact("urandom", a, kw, 1);
            long n = Args.clong(a[0]);
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            PosixModule.RANDOM.nextBytes(b);
            return PosixModule.bytes(b);
        });
        Args.fn(d, "kill", (a, kw) -> {
            Args.noKeywords("kill", kw);
            if (a.length != 2) {
                throw Errors.typeError("kill() takes exactly 2 arguments (" + a.length + " given)");
            }
            kill(Args.clong(a[0]), Args.cint(a[1]));
            return PyNone.None;
        });
        Args.fn(d, "_exit", (a, kw) -> {
            Object[] v = Args.parse("_exit", a, kw, new String[] {"status"}, 1);
            int status = Args.cint(v[0]);
            Runtime.getRuntime().halt(status);
            return PyNone.None;
        });
        Args.fn(d, "abort", (a, kw) -> {
            Args.none("posix.abort", a, kw);
            kill(ProcessHandle.current().pid(), 6);
            Runtime.getRuntime().halt(134);
            return PyNone.None;
        });
        Args.fn(d, "putenv", (a, kw) -> {
            Args.exact("putenv", a, kw, 2);
            Environ.putenv(a[0], a[1]);
            return PyNone.None;
        });
        Args.fn(d, "unsetenv", (a, kw) -> {
            Args.exact("unsetenv", a, kw, 1);
            Environ.unsetenv(a[0]);
            return PyNone.None;
        });
        Args.fn(d, "system", (a, kw) -> {
            Object[] v = Args.parse("system", a, kw, new String[] {"command"}, 1);
            String command = Environ.text(v[0]);
            return (long) system(command);
        });
        Args.fn(d, "waitstatus_to_exitcode", (a, kw) -> {
            Object[] v = Args.parse("waitstatus_to_exitcode", a, kw, new String[] {"status"}, 1);
            int s = Args.cint(v[0]);
            if ((s & 0x7f) == 0) {
                return (long) ((s >> 8) & 0xff);
            }
            if (signaled(s)) {
                return (long) -(s & 0x7f);
            }
            throw Errors.valueError("invalid wait status: " + s);
        });
        waitMacros(d);
        Args.fn(d, "waitpid", (a, kw) -> {
            Args.exact("waitpid", a, kw, 2);
            return Children.waitpid(Args.clong(a[0]), Args.cint(a[1]));
        });
        Args.fn(d, "wait", (a, kw) -> {
            Args.none("posix.wait", a, kw);
            return Children.waitpid(-1, 0);
        });
        Args.fn(d, "getpgrp", (a, kw) -> {
            Args.none("posix.getpgrp", a, kw);
            return statField("self", 2);
        });
        Args.fn(d, "getpgid", (a, kw) -> {
            Args.exact("getpgid", a, kw, 1);
            return statField(pidOrSelf(Args.clong(a[0])), 2);
        });
        Args.fn(d, "getsid", (a, kw) -> {
            Args.exact("getsid", a, kw, 1);
            return statField(pidOrSelf(Args.clong(a[0])), 3);
        });
        Args.fn(d, "ctermid", (a, kw) -> {
            Args.none("posix.ctermid", a, kw);
            return "/dev/tty";
        });
        Args.fn(d, "ttyname", (a, kw) -> {
            Args.exact("ttyname", a, kw, 1);
            int fd = Args.cint(a[0]);
            FdTable.get(fd);
            String tty = FdFunctions.terminal(fd);
            if (tty == null) {
                throw OsErrors.of(OsErrors.ENOTTY);
            }
            return tty;
        });
        Args.fn(d, "getlogin", (a, kw) -> {
            Args.none("posix.getlogin", a, kw);
            // glibc reads the login uid of the process (the audit loginuid) and looks it up in the passwd file.
            List<String> l = PosixModule.lines("/proc/self/loginuid");
            if (!l.isEmpty() && !l.get(0).trim().equals("4294967295")) {
                for (String line : PosixModule.lines("/etc/passwd")) {
                    String[] f = line.split(":");
                    if (f.length > 2 && f[2].equals(l.get(0).trim())) {
                        return f[0];
                    }
                }
            }
            throw OsErrors.of(6); // ENXIO: no login session
        });
        Args.fn(d, "sched_yield", (a, kw) -> {
            Args.none("posix.sched_yield", a, kw);
            Thread.yield();
            return PyNone.None;
        });
        Args.fn(d, "sync", (a, kw) -> {
            Args.none("posix.sync", a, kw);
            return PyNone.None;
        });
    }

    private static String pidOrSelf(long pid) {
        if (pid == 0) {
            return "self";
        }
        if (ProcessHandle.of(pid).isEmpty()) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
        return Long.toString(pid);
    }

    /** A field of /proc/PID/stat after the command name: 2 is the process group, 3 the session. */
    private static long statField(String pid, int field) {
        List<String> l = PosixModule.lines("/proc/" + pid + "/stat");
        if (l.isEmpty()) {
            throw OsErrors.of(OsErrors.ESRCH);
        }
        String s = l.get(0);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[field]);
    }

    static long cpuCount() {
        List<String> l = PosixModule.lines("/sys/devices/system/cpu/online");
        if (!l.isEmpty()) {
            long n = 0;
            for (String range : l.get(0).trim().split(",")) {
                String[] ends = range.split("-");
                n += ends.length == 1 ? 1 : Long.parseLong(ends[1]) - Long.parseLong(ends[0]) + 1;
            }
            return n;
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static boolean signaled(int s) {
        return ((byte) ((s & 0x7f) + 1) >> 1) > 0;
    }

    private interface StatusFn {
        Object apply(int status);
    }

    private static void waitMacros(PyDict d) {
        Map<String, StatusFn> fns = new java.util.LinkedHashMap<>();
        fns.put("WCOREDUMP", s -> (s & 0x80) != 0);
        fns.put("WIFCONTINUED", s -> s == 0xffff);
        fns.put("WIFSTOPPED", s -> (s & 0xff) == 0x7f);
        fns.put("WIFSIGNALED", ProcessFunctions::signaled);
        fns.put("WIFEXITED", s -> (s & 0x7f) == 0);
        fns.put("WEXITSTATUS", s -> (long) ((s >> 8) & 0xff));
        fns.put("WTERMSIG", s -> (long) (s & 0x7f));
        fns.put("WSTOPSIG", s -> (long) ((s >> 8) & 0xff));
        for (Map.Entry<String, StatusFn> e : fns.entrySet()) {
            Args.fn(d, e.getKey(), (a, kw) -> {
                Object[] v = Args.parse(e.getKey(), a, kw, new String[] {"status"}, 1);
                return e.getValue().apply(Args.cint(v[0]));
            });
        }
    }

    /** kill(2) through ProcessHandle for SIGTERM/SIGKILL, else the system's kill command. */
    static void kill(long pid, int sig) {
        if (sig < 0 || sig > 64) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        Process child = pid > 0 ? Children.get(pid) : null;
        if (child != null) {
            if (!child.isAlive() || sig == 0) {
                return; // a child not yet waited for is a zombie: signals to it succeed and do nothing
            }
            if (sig == 15) {
                child.destroy();
                return;
            }
            if (sig == 9) {
                child.destroyForcibly();
                return;
            }
        }
        if (pid > 0) {
            var h = ProcessHandle.of(pid);
            if (h.isEmpty()) {
                throw OsErrors.of(OsErrors.ESRCH);
            }
            if (sig == 0) {
                return;
            }
        }
        if (pid == ProcessHandle.current().pid()) {
            SignalState.raise(sig);
            return;
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw OsErrors.of(OsErrors.EPERM);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OsErrors.of(4);
        }
    }

    /** system(3): /bin/sh -c with this process's standard streams and environment; the wait status. */
    static int system(String command) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).inheritIO();
        pb.directory(org.jyston.api.object.WorkingDirectory.get().toFile());
        synchronized (Environ.CURRENT) {
            pb.environment().clear();
            pb.environment().putAll(Environ.CURRENT);
        }
        try {
            System.out.flush();
            Process p = pb.start();
            int rc = p.waitFor();
            return rc > 128 && rc < 128 + 65 ? rc - 128 : (rc & 0xff) << 8;
        } catch (IOException e) {
            return 127 << 8;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static Path procPath(String p) {
        return Path.of(p);
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
