package org.jyston.modules.posix.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The {@code select.poll} type. */
@Component(service = BuiltinType.class)
public class PollType implements BuiltinType {
    static final String NAME = "select.poll";

    /** A poll object: the registered descriptors and their event masks, in registration order. */
    static final class Poll {
        final Map<Integer, Integer> registered = new LinkedHashMap<>();
        boolean polling;
    }

    @Override
    public List<TypeSpec> specs() {
        TypeSpec s = new TypeSpec(NAME).representation(Poll.class).flag(TypeSpec.Flag.HIDDEN);
        s.call(Slot.NEW, (type, args, kw) -> {
            throw Errors.typeError("cannot create 'select.poll' instances");
        });
        s.attribute("register", method("register", (self, a, kw) -> {
            Object[] v = Args.parse("register", a, kw, new String[] {"fd", "eventmask"}, 1, 2, 2);
            int fd = SelectModule.fd(v[0]);
            int mask = v[1] == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : mask(v[1]);
            Poll p = (Poll) self;
            synchronized (p) {
                p.registered.put(fd, mask);
            }
            return PyNone.None;
        }));
        s.attribute("modify", method("modify", (self, a, kw) -> {
            Object[] v = Args.parse("modify", a, kw, new String[] {"fd", "eventmask"}, 2, 2, 2);
            int fd = SelectModule.fd(v[0]);
            int mask = mask(v[1]);
            Poll p = (Poll) self;
            synchronized (p) {
                if (!p.registered.containsKey(fd)) {
                    throw OsErrors.of(OsErrors.ENOENT);
                }
                p.registered.put(fd, mask);
            }
            return PyNone.None;
        }));
        s.attribute("unregister", method("unregister", (self, a, kw) -> {
            Object[] v = Args.parse("unregister", a, kw, new String[] {"fd"}, 1, 1, 1);
            int fd = SelectModule.fd(v[0]);
            Poll p = (Poll) self;
            synchronized (p) {
                if (p.registered.remove(fd) == null) {
                    throw Errors.raise(Errors.KeyError, (long) fd);
                }
            }
            return PyNone.None;
        }));
        s.attribute("poll", method("poll", (self, a, kw) -> {
            Object[] v = Args.parse("poll", a, kw, new String[] {"timeout"}, 0, 1, 1);
            return poll((Poll) self, v[0]);
        }));
        return List.of(s);
    }

    private static org.jyston.api.object.PyBuiltinFunction method(String name, BuiltinMethods.Method body) {
        return BuiltinMethods.method(NAME, Poll.class, name, body);
    }

    private static int mask(Object o) {
        Object v = Op.index(o);
        if (!(v instanceof Long l) || l < 0 || l > 0xffff) {
            throw Errors.overflow(v instanceof Long l && l < 0 ? "Python int too large to convert to C unsigned short"
                    : "Python int too large to convert to C unsigned short");
        }
        return (int) (long) (Long) v;
    }

    private static Object poll(Poll p, Object timeout) {
        long nanos = -1;
        if (timeout != null && timeout != PyNone.None) {
            Object t = Derived.unwrap(timeout);
            double ms;
            if (t instanceof Double x) {
                ms = x;
            } else if (t instanceof Long || t instanceof Boolean || t instanceof BigInteger) {
                ms = ((Number) (t instanceof Boolean b ? (b ? 1L : 0L) : t)).doubleValue();
            } else {
                throw Errors.typeError("timeout must be an integer or None");
            }
            nanos = ms < 0 ? -1 : (long) Math.ceil(ms) * 1_000_000L;
        }
        List<Readiness.Query> queries = new ArrayList<>();
        synchronized (p) {
            if (p.polling) {
                throw Errors.raise(Errors.RuntimeError, "concurrent poll() invocation");
            }
            p.polling = true;
            for (Map.Entry<Integer, Integer> e : p.registered.entrySet()) {
                queries.add(new Readiness.Query(e.getKey(), e.getValue()));
            }
        }
        try {
            Readiness.await(queries, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OsErrors.of(4);
        } finally {
            synchronized (p) {
                p.polling = false;
            }
        }
        List<Object> out = new ArrayList<>();
        for (Readiness.Query q : queries) {
            if (q.revents != 0) {
                out.add(PyTuple.of((long) q.fd, (long) q.revents));
            }
        }
        return new PyList(out.toArray());
    }
}
