package org.jyston.compiler.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code generator} and {@code coroutine} types, whose instances the compiler makes, and the
 * protocol {@code yield from} and {@code await} use to drive a sub-iterator.
 */
@Component(service = BuiltinType.class)
public class Generators implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(generator("generator"), coroutineType(), asyncGeneratorType(),
                asyncStep("async_generator_asend", PyAsyncGenerator.ASend.class),
                asyncStep("async_generator_athrow", PyAsyncGenerator.AThrow.class));
    }

    private static TypeSpec generator(String name) {
        return descriptors(new TypeSpec(name), name, "gi_").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES).representation(PyGenerator.class)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((PyGenerator) self).send(PyNone.None))
                .unary(Slot.REPR, self -> "<generator object " + self + " at " + address(self) + ">")
                .binary(Slot.GETATTRIBUTE, Generators::attribute)
                .attribute("send", new PyBuiltinFunction("send", (a, kw) -> ((PyGenerator) a[0]).send(a[1])))
                .attribute("throw", new PyBuiltinFunction("throw", (a, kw) -> ((PyGenerator) a[0]).throwInto(thrown(a))))
                .attribute("close", new PyBuiltinFunction("close", (a, kw) -> ((PyGenerator) a[0]).close()));
    }

    /**
     * The getset and member descriptors CPython lists for a generator-like type ({@code gi_}, {@code cr_}
     * or {@code ag_} names). Reads normally take {@link #attribute}'s switch; these make the names
     * visible in the type's dictionary and give assignment CPython's errors.
     */
    private static TypeSpec descriptors(TypeSpec spec, String owner, String prefix) {
        spec.attribute("__name__", new GetSetDescriptor("__name__", owner, self -> ((PyGenerator) self).name(),
                (self, v) -> ((PyGenerator) self).name = nameValue("__name__", v), "name of the " + kind(prefix)))
                .attribute("__qualname__", new GetSetDescriptor("__qualname__", owner,
                        self -> ((PyGenerator) self).qualname(),
                        (self, v) -> ((PyGenerator) self).qualname = nameValue("__qualname__", v),
                        "qualified name of the " + kind(prefix)))
                .attribute(prefix + "code", GetSetDescriptor.member(prefix + "code", owner,
                        self -> ((PyGenerator) self).code.codeObject(), null, null))
                .attribute(prefix + "frame", new GetSetDescriptor(prefix + "frame", owner,
                        self -> attribute(self, prefix + "frame"), null, null))
                .attribute(prefix + "running", new GetSetDescriptor(prefix + "running", owner,
                        self -> ((PyGenerator) self).isRunning(), null, null));
        spec.attribute("__del__", new PyBuiltinFunction("__del__", (a, kw) -> {
            // CPython's finalizer: close a suspended generator; an error there is unraisable
            try {
                ((PyGenerator) a[0]).close();
            } catch (PyException ignored) {
                // CPython reports it through sys.unraisablehook and goes on
            }
            return PyNone.None;
        }));
        if (prefix.equals("cr_")) {
            spec.attribute("cr_origin", GetSetDescriptor.member("cr_origin", owner, self -> PyNone.None, null, null));
        }
        if (!prefix.equals("ag_")) {
            spec.attribute(prefix + "suspended", new GetSetDescriptor(prefix + "suspended", owner,
                    self -> ((PyGenerator) self).isSuspended(), null, null));
        }
        String await = prefix.equals("gi_") ? "gi_yieldfrom" : prefix + "await";
        return spec.attribute(await, new GetSetDescriptor(await, owner, self -> ((PyGenerator) self).yieldFrom(), null,
                prefix.equals("gi_") ? "object being iterated by yield from, or None"
                        : "object being awaited on, or None"));
    }

    private static String kind(String prefix) {
        return prefix.equals("gi_") ? "generator" : prefix.equals("cr_") ? "coroutine" : "async generator";
    }

    private static String nameValue(String attr, Object v) {
        if (!(v instanceof String s)) {
            throw Errors.typeError(attr + " must be set to a string object");
        }
        return s;
    }

    private static TypeSpec coroutineType() {
        return descriptors(new TypeSpec("coroutine"), "coroutine", "cr_").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES).representation(PyCoroutine.class)
                .unary(Slot.REPR, self -> "<coroutine object " + self + " at " + address(self) + ">")
                .binary(Slot.GETATTRIBUTE, Generators::attribute)
                .attribute("send", new PyBuiltinFunction("send", (a, kw) -> ((PyGenerator) a[0]).send(a[1])))
                .attribute("throw", new PyBuiltinFunction("throw", (a, kw) -> ((PyGenerator) a[0]).throwInto(thrown(a))))
                .attribute("close", new PyBuiltinFunction("close", (a, kw) -> ((PyGenerator) a[0]).close()))
                .attribute("__await__", new PyBuiltinFunction("__await__", (a, kw) -> a[0]));
    }

    private static TypeSpec asyncGeneratorType() {
        return descriptors(new TypeSpec("async_generator"), "async_generator", "ag_").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES).representation(PyAsyncGenerator.class)
                .unary(Slot.REPR, self -> "<async_generator object " + self + " at " + address(self) + ">")
                .binary(Slot.GETATTRIBUTE, Generators::attribute)
                .attribute("__aiter__", new PyBuiltinFunction("__aiter__", (a, kw) -> a[0]))
                .attribute("__anext__", new PyBuiltinFunction("__anext__",
                        (a, kw) -> new PyAsyncGenerator.ASend((PyAsyncGenerator) a[0], PyNone.None)))
                .attribute("asend", new PyBuiltinFunction("asend",
                        (a, kw) -> new PyAsyncGenerator.ASend((PyAsyncGenerator) a[0], a[1])))
                .attribute("athrow", new PyBuiltinFunction("athrow",
                        (a, kw) -> new PyAsyncGenerator.AThrow((PyAsyncGenerator) a[0], thrown(a), false)))
                .attribute("aclose", new PyBuiltinFunction("aclose",
                        (a, kw) -> PyAsyncGenerator.AThrow.close((PyAsyncGenerator) a[0])));
    }

    /** The awaitables an async generator's methods return: iterators driven by send/throw. */
    private static TypeSpec asyncStep(String name, Class<?> representation) {
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).representation(representation)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((PyAsyncGenerator.Step) self).send(PyNone.None))
                .unary(Slot.REPR, self -> "<" + name + " object at " + address(self) + ">")
                .attribute("send", new PyBuiltinFunction("send", (a, kw) -> ((PyAsyncGenerator.Step) a[0]).send(a[1])))
                .attribute("throw", new PyBuiltinFunction("throw",
                        (a, kw) -> ((PyAsyncGenerator.Step) a[0]).throwIn(thrown(a))))
                .attribute("close", new PyBuiltinFunction("close", (a, kw) -> ((PyAsyncGenerator.Step) a[0]).close()))
                .attribute("__await__", new PyBuiltinFunction("__await__", (a, kw) -> a[0]));
    }

    private static Object attribute(Object self, Object name) {
        PyGenerator g = (PyGenerator) self;
        String n = (String) name;
        if (n.length() > 3 && n.charAt(2) == '_' && (n.startsWith("gi_") || n.startsWith("cr_") || n.startsWith("ag_"))
                && !n.startsWith(g instanceof PyAsyncGenerator ? "ag_" : g.coroutine ? "cr_" : "gi_")) {
            return org.jyston.api.object.Attributes.genericGet(self, n); // another kind's attribute
        }
        switch (n) {
            case "__name__":
                return g.name();
            case "__qualname__":
                return g.qualname();
            case "gi_running":
            case "cr_running":
            case "ag_running":
                return g.isRunning();
            case "gi_suspended":
            case "cr_suspended":
                return g.isSuspended();
            case "gi_yieldfrom":
            case "cr_await":
            case "ag_await":
                return g.yieldFrom();
            case "cr_origin":
                return org.jyston.api.object.PyNone.None; // origin tracking is off, as by default in CPython
            case "gi_frame":
            case "cr_frame":
            case "ag_frame":
                return g.isFinished() ? org.jyston.api.object.PyNone.None : g.frame;
            case "gi_code":
            case "cr_code":
            case "ag_code":
                return g.code.codeObject();
            default:
                return org.jyston.api.object.Attributes.genericGet(self, (String) name);
        }
    }

    private static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    /** {@code throw(exc)} / {@code throw(type[, value])} as an exception to raise. */
    static PyException thrown(Object[] a) {
        if (a.length < 2) {
            throw Errors.typeError("throw expected at least 1 argument, got 0");
        }
        Object typ = a[1];
        Object val = a.length > 2 ? a[2] : PyNone.None;
        // throw(type, value, tb): the traceback given replaces the exception's (CPython's _gen_throw)
        org.jyston.api.object.PyTraceback tb = null;
        if (a.length > 3 && a[3] != PyNone.None) {
            if (!(a[3] instanceof org.jyston.api.object.PyTraceback t)) {
                throw Errors.typeError("throw() third argument must be a traceback object");
            }
            tb = t;
        }
        PyBaseException e;
        if (typ instanceof PyBaseException inst) {
            if (val != PyNone.None) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            e = inst;
            if (tb == null) {
                return new PyException(e);
            }
        } else if (typ instanceof PyType t && t.has(TypeSpec.Flag.EXCEPTION)) {
            if (val instanceof PyBaseException given && given.getType().isSubtypeOf(t)) {
                e = given;
            } else {
                Object v = val == PyNone.None ? Op.call(t)
                        : val instanceof org.jyston.api.object.PyTuple args ? Op.call(t, args.toArray()) : Op.call(t, val);
                if (!(v instanceof PyBaseException made)) {
                    throw Errors.typeError("calling " + Op.repr(t) + " should have returned an instance of "
                            + "BaseException, not " + Op.typeName(v));
                }
                e = made;
            }
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Op.typeName(typ));
        }
        e.setTraceback(tb);
        e.setTracebackFrame(null);
        return new PyException(e);
    }

    /** One step of a sub-iterator: send, throw or next, with CPython's rules for which method is used. */
    static Object step(Object it, Object sent, PyException thrown) {
        if (it instanceof PyGenerator g) {
            return thrown != null ? g.throwInto(thrown) : g.send(sent);
        }
        if (thrown != null) {
            Object throwMethod;
            try {
                throwMethod = Op.getattr(it, "throw");
            } catch (PyException e) {
                throw thrown;
            }
            return Op.call(throwMethod, thrown.value());
        }
        if (sent == PyNone.None) {
            Slot.Unary next = PyType.of(it).unary(Slot.NEXT);
            if (next == null) {
                throw Errors.typeError("'" + Op.typeName(it) + "' object is not an iterator");
            }
            return next.apply(it);
        }
        return Op.call(Op.getattr(it, "send"), sent);
    }

    /** The iterator an {@code await} drives: a coroutine itself, or what {@code __await__} returns. */
    static Object awaitable(Object v) {
        if (v instanceof PyGenerator g && g.coroutine) {
            return g;
        }
        Object await = PyType.of(v).lookup("__await__");
        if (await == null) {
            throw Errors.typeError("object " + Op.typeName(v) + " can't be used in 'await' expression");
        }
        return checkAwaitIterator(Methods.callUnbound(await, v));
    }

    /** What {@code __await__} returned must be an iterator. */
    static Object checkAwaitIterator(Object it) {
        if (!(it instanceof PyGenerator) && PyType.of(it).unary(Slot.NEXT) == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Op.typeName(it) + "'");
        }
        return it;
    }
}
