package org.jyston.modules.thread.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code _thread.lock} and {@code _thread.RLock}. */
@Component(service = BuiltinType.class)
public class ThreadTypes implements BuiltinType {
    @Override
    public List<TypeSpec> specs() {
        return List.of(lock(), rlock());
    }

    private static TypeSpec lock() {
        TypeSpec s = new TypeSpec("lock").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .representation(Lock.Plain.class);
        s.attribute("__module__", "_thread");
        common(s, "lock", Lock.Plain.class);
        for (String[] alias : new String[][] {{"acquire_lock", "acquire"}, {"release_lock", "release"},
            {"locked_lock", "locked"}}) {
            s.attribute(alias[0], s.attributes().get(alias[1]));
        }
        s.unary(Slot.REPR, self -> "<" + (((Lock) self).locked() ? "locked" : "unlocked") + " _thread.lock object at "
                + ThreadModule.address(self) + ">");
        return s;
    }

    private static TypeSpec rlock() {
        TypeSpec s = new TypeSpec("RLock").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).representation(Lock.Reentrant.class);
        s.attribute("__module__", "_thread");
        s.call(Slot.NEW, (t, a, kw) -> new Lock.Reentrant((PyType) t));
        s.call(Slot.INIT, (self, a, kw) -> PyNone.None);
        common(s, "RLock", Lock.Reentrant.class);
        s.attribute("_is_owned", m("RLock", Lock.Reentrant.class, "_is_owned",
                (self, a, kw) -> ((Lock.Reentrant) self).lock.isHeldByCurrentThread()));
        s.attribute("_recursion_count", m("RLock", Lock.Reentrant.class, "_recursion_count",
                (self, a, kw) -> (long) ((Lock.Reentrant) self).lock.getHoldCount()));
        s.attribute("_release_save", m("RLock", Lock.Reentrant.class, "_release_save", (self, a, kw) -> {
            Lock.Reentrant r = (Lock.Reentrant) self;
            int count = r.lock.getHoldCount();
            if (count == 0) {
                throw Errors.raise(Errors.RuntimeError, "cannot release un-acquired lock");
            }
            long owner = ThreadModule.ident(Thread.currentThread());
            for (int i = 0; i < count; i++) {
                r.lock.unlock();
            }
            return PyTuple.of((long) count, owner);
        }));
        s.attribute("_acquire_restore", m("RLock", Lock.Reentrant.class, "_acquire_restore", (self, a, kw) -> {
            Lock.Reentrant r = (Lock.Reentrant) self;
            PyTuple state = (PyTuple) BuiltinMethods.one("_acquire_restore", a, kw);
            long count = (Long) state.get(0);
            for (long i = 0; i < count; i++) {
                r.lock.lock();
            }
            return PyNone.None;
        }));
        s.unary(Slot.REPR, self -> {
            Lock.Reentrant r = (Lock.Reentrant) self;
            int count = r.lock.getHoldCount();
            boolean mine = count > 0;
            boolean locked = r.lock.isLocked();
            return "<" + (locked ? "locked" : "unlocked") + " " + Op.typeName(self).replace("RLock", "_thread.RLock")
                    + " object owner=" + (mine ? ThreadModule.ident(Thread.currentThread()) : 0) + " count="
                    + (mine ? count : locked ? 1 : 0) + " at " + ThreadModule.address(self) + ">";
        });
        return s;
    }

    private static org.jyston.api.object.PyBuiltinFunction m(String type, Class<?> cls, String name,
            BuiltinMethods.Method body) {
        return BuiltinMethods.method(type, cls, name, body);
    }

    /** acquire/release/locked and the context-manager protocol, with CPython's argument checks. */
    private static void common(TypeSpec s, String type, Class<?> cls) {
        BuiltinMethods.Method acquire = (self, a, kw) -> acquire((Lock) self, a, kw);
        s.attribute("acquire", m(type, cls, "acquire", acquire));
        s.attribute("__enter__", m(type, cls, "__enter__", acquire));
        BuiltinMethods.Method release = (self, a, kw) -> {
            ((Lock) self).release();
            return PyNone.None;
        };
        s.attribute("release", m(type, cls, "release", (self, a, kw) -> {
            BuiltinMethods.none(type + ".release", a, kw);
            return release.call(self, a, kw);
        }));
        s.attribute("__exit__", m(type, cls, "__exit__", release));
        s.attribute("locked", m(type, cls, "locked", (self, a, kw) -> ((Lock) self).locked()));
        s.attribute("_at_fork_reinit", m(type, cls, "_at_fork_reinit", (self, a, kw) -> PyNone.None));
    }

    private static Object acquire(Lock lock, Object[] a, String[] kw) {
        boolean blocking = true;
        double timeout = -1;
        int nkw = BuiltinMethods.nkw(kw);
        int npos = a.length - nkw;
        if (npos > 2) {
            throw Errors.typeError("acquire() takes at most 2 arguments (" + npos + " given)");
        }
        if (npos > 0) {
            blocking = Op.isTrue(a[0]);
        }
        if (npos > 1) {
            timeout = seconds(a[1]);
        }
        for (int k = 0; k < nkw; k++) {
            switch (kw[k]) {
                case "blocking" -> blocking = Op.isTrue(a[npos + k]);
                case "timeout" -> timeout = seconds(a[npos + k]);
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for acquire()");
            }
        }
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > ThreadModule.TIMEOUT_MAX) {
            throw Errors.overflow("timeout value is too large");
        }
        try {
            return lock.acquire(blocking, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.raise(Errors.KeyboardInterrupt);
        }
    }

    private static double seconds(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Double d) {
            return d;
        }
        return (Double) Op.call(org.jyston.api.object.TypeRef.of("float").get(), o);
    }
}
