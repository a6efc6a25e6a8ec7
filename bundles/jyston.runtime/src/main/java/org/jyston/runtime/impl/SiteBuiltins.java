package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The builtins CPython's {@code site} module adds ({@code help}, {@code copyright}, {@code credits},
 * {@code license}: objects of {@code _sitebuiltins} classes that print text), and {@code aiter},
 * {@code anext} and {@code breakpoint}.
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    private static final TypeRef PRINTER = TypeRef.of("_Printer");
    private static final TypeRef HELPER = TypeRef.of("_Helper");
    private static final TypeRef ANEXT = TypeRef.of("anext_awaitable");

    private static final String COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** A {@code _sitebuiltins._Printer}: its repr is the text; calling it prints the text. */
    static final class Printer implements PyObject {
        final String text;
        final PyDict builtins;

        Printer(String text, PyDict builtins) {
            this.text = text;
            this.builtins = builtins;
        }

        @Override
        public PyType getType() {
            return PRINTER.get();
        }
    }

    /** {@code _sitebuiltins._Helper}. */
    static final class Helper implements PyObject {
        final Object importer;

        Helper(Object importer) {
            this.importer = importer;
        }

        @Override
        public PyType getType() {
            return HELPER.get();
        }
    }

    static TypeSpec printerSpec() {
        return new TypeSpec("_Printer").flag(TypeSpec.Flag.HIDDEN).attribute("__module__", "_sitebuiltins")
                .unary(Slot.REPR, self -> ((Printer) self).text)
                .call(Slot.CALL, (self, a, kw) -> {
                    Printer p = (Printer) self;
                    Op.call(p.builtins.get("print"), p.text);
                    return PyNone.None;
                });
    }

    static TypeSpec helperSpec() {
        return new TypeSpec("_Helper").flag(TypeSpec.Flag.HIDDEN).attribute("__module__", "_sitebuiltins")
                .unary(Slot.REPR, self -> "Type help() for interactive help, or help(object) for help about object.")
                .call(Slot.CALL, (self, a, kw) -> {
                    Object pydoc = Op.call(((Helper) self).importer, "pydoc");
                    return Op.call(Op.getattr(pydoc, "help"), a, kw);
                });
    }

    /** Puts the names into a builtins namespace; {@code importer} is {@code __import__}. */
    static void install(PyDict b, PyDict sys, Object importer) {
        b.put("copyright", new Printer(COPYRIGHT, b));
        b.put("credits", new Printer(CREDITS, b));
        b.put("license", new Printer("Type license() to see the full license text", b));
        b.put("help", new Helper(importer));
        b.put("aiter", new PyBuiltinFunction("aiter", (a, kw) -> aiter(Args.one("aiter", a, kw))));
        b.put("anext", new PyBuiltinFunction("anext", SiteBuiltins::anext));
        b.put("breakpoint", new PyBuiltinFunction("breakpoint", (a, kw) -> {
            Object hook = sys.get("breakpointhook");
            if (hook == null) {
                throw Errors.raise(Errors.RuntimeError, "lost sys.breakpointhook");
            }
            return Op.call(hook, a, kw);
        }));
        sys.put("breakpointhook", new PyBuiltinFunction("breakpointhook", (a, kw) -> {
            String env = System.getenv("PYTHONBREAKPOINT");
            if ("0".equals(env)) {
                return PyNone.None;
            }
            String target = env == null || env.isEmpty() ? "pdb.set_trace" : env;
            int dot = target.lastIndexOf('.');
            String module = dot < 0 ? "builtins" : target.substring(0, dot);
            Object m = Op.call(importer, module, PyNone.None, PyNone.None, org.jyston.api.object.PyTuple.of("*"));
            return Op.call(Op.getattr(m, target.substring(dot + 1)), a, kw);
        }));
        sys.put("__breakpointhook__", sys.get("breakpointhook"));
    }

    private static Object aiter(Object o) {
        Object m = PyType.of(o).lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'" + Op.typeName(o) + "' object is not an async iterable");
        }
        Object it = Op.call(Op.getattr(o, "__aiter__"));
        if (PyType.of(it).lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + Op.typeName(it) + "'");
        }
        return it;
    }

    private static Object anext(Object[] a, String[] kw) {
        Args.noKeywords("anext", kw);
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("anext expected " + (a.length < 1 ? "at least 1" : "at most 2") + " arguments, got "
                    + a.length);
        }
        Object it = a[0];
        if (PyType.of(it).lookup("__anext__") == null) {
            throw Errors.typeError("'" + Op.typeName(it) + "' object is not an async iterator");
        }
        Object awaitable = Op.call(Op.getattr(it, "__anext__"));
        return a.length == 1 ? awaitable : new AnextAwaitable(awaitable, a[1]);
    }

    /** {@code anext(it, default)}: awaits {@code it.__anext__()}, giving {@code default} at the end. */
    static final class AnextAwaitable implements PyObject {
        final Object awaitable;
        final Object dflt;
        Object iterator;

        AnextAwaitable(Object awaitable, Object dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public PyType getType() {
            return ANEXT.get();
        }

        Object step(String method, Object[] args) {
            if (iterator == null) {
                iterator = Op.call(Op.getattr(awaitable, "__await__"));
            }
            try {
                if (method.equals("__next__")) {
                    // a coroutine is its own __await__ iterator and is driven by send(None)
                    Slot.Unary next = PyType.of(iterator).unary(Slot.NEXT);
                    return next != null ? next.apply(iterator) : Op.call(Op.getattr(iterator, "send"), PyNone.None);
                }
                return Op.call(Op.getattr(iterator, method), args, null);
            } catch (PyException e) {
                if (e.matches(TypeRef.of("StopAsyncIteration").get())) {
                    throw Errors.raise(Errors.StopIteration, dflt);
                }
                throw e;
            }
        }
    }

    static TypeSpec anextSpec() {
        return new TypeSpec("anext_awaitable").flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((AnextAwaitable) self).step("__next__", new Object[0]))
                .attribute("__await__", new PyBuiltinFunction("__await__", (a, kw) -> a[0]))
                .attribute("send", new PyBuiltinFunction("send",
                        (a, kw) -> ((AnextAwaitable) a[0]).step("send", new Object[] {a[1]})))
                .attribute("throw", new PyBuiltinFunction("throw", (a, kw) -> {
                    Object[] rest = new Object[a.length - 1];
                    System.arraycopy(a, 1, rest, 0, rest.length);
                    return ((AnextAwaitable) a[0]).step("throw", rest);
                }))
                .attribute("close", new PyBuiltinFunction("close", (a, kw) -> PyNone.None));
    }
}
