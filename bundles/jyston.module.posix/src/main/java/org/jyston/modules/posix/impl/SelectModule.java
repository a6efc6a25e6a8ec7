package org.jyston.modules.posix.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.BuiltinType;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code select} module: {@code select.select} and {@code select.poll} over the descriptors of
 * {@link FdTable} (see {@link Readiness}); no {@code epoll}, so {@code selectors.DefaultSelector} is
 * the {@code PollSelector}. The {@code select.poll} type is registered by {@link PollType}.
 */
@Component(service = ModuleProvider.class)
public class SelectModule implements ModuleProvider {
    @Override
    public String name() {
        return "select";
    }

    private static final String[] CONSTANTS = {"PIPE_BUF", "POLLERR", "POLLHUP", "POLLIN", "POLLMSG", "POLLNVAL",
        "POLLOUT", "POLLPRI", "POLLRDBAND", "POLLRDHUP", "POLLRDNORM", "POLLWRBAND", "POLLWRNORM"};
    private static final long[] VALUES = {4096, 8, 16, 1, 1024, 32, 4, 2, 128, 8192, 64, 512, 256};

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module supports asynchronous I/O on multiple file descriptors.\n\n"
                + "*** IMPORTANT NOTICE ***\n"
                + "On Windows, only sockets are supported; on Unix, all file descriptors.");
        d.put("error", TypeRegistry.byName("OSError"));
        for (int i = 0; i < CONSTANTS.length; i++) {
            d.put(CONSTANTS[i], VALUES[i]);
        }
        d.put("poll", TypeRegistry.byName(PollType.NAME));
        Args.fn(d, "select", (a, kw) -> {
            Object[] v = Args.parse("select", a, kw, new String[] {"rlist", "wlist", "xlist", "timeout"}, 3, 4, 4);
            return select(v[0], v[1], v[2], v[3]);
        });
        Args.fn(d, "poll", (a, kw) -> {
            Args.none("select.poll", a, kw);
            return new PollType.Poll();
        });
    }

    /** One sequence of select's arguments: the objects and their descriptors. */
    private static List<Object> items(Object seq) {
        Object v = Derived.unwrap(seq);
        List<Object> out = new ArrayList<>();
        if (v instanceof PyList || v instanceof PyTuple || Op.typeName(seq).equals("list") || Op.typeName(seq).equals("tuple")) {
            Object it = Op.iter(seq);
            for (Object o = Op.next(it); o != null; o = Op.next(it)) {
                out.add(o);
            }
            return out;
        }
        if (org.jyston.api.object.PyType.of(seq).lookup("__iter__") == null) {
            throw Errors.typeError("arguments 1-3 must be sequences");
        }
        Object it = Op.iter(seq);
        for (Object o = Op.next(it); o != null; o = Op.next(it)) {
            out.add(o);
        }
        return out;
    }

    static int fd(Object o) {
        int fd = FdFunctions.fileno(o);
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    private static Object select(Object rlist, Object wlist, Object xlist, Object timeout) {
        long nanos = -1;
        if (timeout != null && timeout != PyNone.None) {
            Object t = Derived.unwrap(timeout);
            double seconds;
            if (t instanceof Double x) {
                seconds = x;
            } else if (t instanceof Long || t instanceof Boolean || t instanceof BigInteger) {
                seconds = ((Number) (t instanceof Boolean b ? (b ? 1L : 0L) : t)).doubleValue();
            } else {
                throw Errors.typeError("timeout must be a float or None");
            }
            if (Double.isNaN(seconds)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (seconds < 0) {
                throw Errors.valueError("timeout must be non-negative");
            }
            nanos = seconds > 1e9 ? Long.MAX_VALUE / 2 : (long) Math.ceil(seconds * 1e9);
        }
        List<Object> r = items(rlist), w = items(wlist), x = items(xlist);
        List<Readiness.Query> queries = new ArrayList<>();
        for (Object o : r) {
            queries.add(new Readiness.Query(fd(o), Readiness.POLLIN));
        }
        for (Object o : w) {
            queries.add(new Readiness.Query(fd(o), Readiness.POLLOUT));
        }
        for (Object o : x) {
            fd(o);
        }
        for (Readiness.Query q : queries) {
            if (FdTable.peek(q.fd) == null) {
                throw OsErrors.of(OsErrors.EBADF);
            }
        }
        for (Object o : x) {
            if (FdTable.peek(fd(o)) == null) {
                throw OsErrors.of(OsErrors.EBADF);
            }
        }
        try {
            Readiness.await(queries, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OsErrors.of(4);
        }
        for (Readiness.Query q : queries) {
            if (q.revents == Readiness.POLLNVAL) {
                throw OsErrors.of(OsErrors.EBADF);
            }
        }
        List<Object> rr = new ArrayList<>(), wr = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (queries.get(i).revents != 0) {
                rr.add(r.get(i));
            }
        }
        for (int i = 0; i < w.size(); i++) {
            if (queries.get(r.size() + i).revents != 0) {
                wr.add(w.get(i));
            }
        }
        return PyTuple.of(new PyList(rr.toArray()), new PyList(wr.toArray()), new PyList());
    }
}
