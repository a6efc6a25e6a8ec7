package org.jyston.modules.contextvars.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The types of {@code _contextvars}, with CPython 3.11's behaviour and messages. */
@Component(service = BuiltinType.class)
public class ContextTypes implements BuiltinType {
    static final String VAR = "_contextvars.ContextVar";
    static final String TOKEN = "_contextvars.Token";
    static final String CONTEXT = "_contextvars.Context";
    private static final TypeRef LOOKUP_ERROR = TypeRef.of("LookupError");
    private static final Object NONE = PyNone.None;

    /** {@code Token.MISSING}: the old value of a token whose variable had none. */
    static final PyObject MISSING = new PyObject() {
        private final TypeRef type = TypeRef.of("Token.MISSING");

        @Override
        public PyType getType() {
            return type.get();
        }
    };

    @Override
    public List<TypeSpec> specs() {
        return List.of(varSpec(), tokenSpec(), contextSpec(),
                new TypeSpec("Token.MISSING").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                        .unary(Slot.REPR, self -> "<Token.MISSING>"),
                ContextIter.spec(ContextIter.Kind.KEYS), ContextIter.spec(ContextIter.Kind.VALUES),
                ContextIter.spec(ContextIter.Kind.ITEMS));
    }

    /** The address CPython shows in a repr, made from the identity hash as the object type's repr does. */
    static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    // ContextVar

    private static TypeSpec varSpec() {
        TypeSpec s = new TypeSpec(VAR).flag(TypeSpec.Flag.HIDDEN)
                .attribute("__class_getitem__", PyGenericAlias.classGetItem())
                .attribute("name", GetSetDescriptor.member("name", VAR, self -> ((PyContextVar) self).name, null, null))
                .call(Slot.NEW, ContextTypes::newVar)
                .unary(Slot.REPR, ContextTypes::varRepr)
                .unary(Slot.HASH, self -> (long) System.identityHashCode(self));
        method(s, VAR, "get", (self, a, kw) -> {
            noKeywords("ContextVar.get", kw);
            if (a.length > 2) {
                throw Errors.typeError("get expected at most 1 argument, got " + (a.length - 1));
            }
            PyContextVar var = (PyContextVar) self;
            Object v = var.get(a.length == 2 ? a[1] : null);
            if (v == null) {
                throw Errors.raise(LOOKUP_ERROR, var);
            }
            return v;
        });
        method(s, VAR, "set", (self, a, kw) -> {
            PyContextVar var = (PyContextVar) self;
            return set(var, one("ContextVar.set", a, kw));
        });
        method(s, VAR, "reset", (self, a, kw) -> {
            Object t = one("ContextVar.reset", a, kw);
            if (!(t instanceof PyToken token)) {
                throw Errors.typeError("expected an instance of Token, got " + Op.repr(t));
            }
            reset((PyContextVar) self, token);
            return NONE;
        });
        return s;
    }

    /** {@code ContextVar(name, /, *, default)}. */
    private static Object newVar(Object type, Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        Object dflt = null;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("default")) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for ContextVar()");
            }
            dflt = a[npos + i];
        }
        if (npos == 0) {
            throw Errors.typeError("ContextVar() takes exactly 1 positional argument (0 given)");
        }
        if (npos > 1) {
            throw Errors.typeError("ContextVar() takes at most 1 positional argument (" + npos + " given)");
        }
        if (!(Derived.unwrap(a[0]) instanceof String)) {
            throw Errors.typeError("context variable name must be a str");
        }
        return new PyContextVar(Op.str(a[0]), dflt);
    }

    private static String varRepr(Object self) {
        PyContextVar var = (PyContextVar) self;
        StringBuilder b = new StringBuilder("<ContextVar name=").append(Op.repr(var.name));
        if (var.dflt != null) {
            b.append(" default=").append(Op.repr(var.dflt));
        }
        return b.append(" at ").append(address(var)).append('>').toString();
    }

    /** {@code var.set(value)} in the thread's current context. */
    private static PyToken set(PyContextVar var, Object value) {
        PyContext ctx = Contexts.current();
        Vars vars = ctx.vars;
        Object old = vars.get(var);
        ctx.vars = vars.with(var, value);
        return new PyToken(ctx, var, old);
    }

    private static void reset(PyContextVar var, PyToken token) {
        if (token.used) {
            throw Errors.raise(Errors.RuntimeError, tokenRepr(token) + " has already been used once");
        }
        if (token.var != var) {
            throw Errors.valueError(tokenRepr(token) + " was created by a different ContextVar");
        }
        PyContext ctx = Contexts.current();
        if (token.ctx != ctx) {
            throw Errors.valueError(tokenRepr(token) + " was created in a different Context");
        }
        token.used = true;
        if (token.old != null) {
            ctx.vars = ctx.vars.with(var, token.old);
        } else if (ctx.vars.get(var) == null) {
            throw Errors.raise(LOOKUP_ERROR, var);
        } else {
            ctx.vars = ctx.vars.without(var);
        }
    }

    // Token

    private static TypeSpec tokenSpec() {
        return new TypeSpec(TOKEN).flag(TypeSpec.Flag.HIDDEN)
                .attribute("__class_getitem__", PyGenericAlias.classGetItem())
                .attribute("MISSING", MISSING)
                .attribute("var", new GetSetDescriptor("var", TOKEN, self -> ((PyToken) self).var, null, null))
                .attribute("old_value", new GetSetDescriptor("old_value", TOKEN, self -> {
                    Object old = ((PyToken) self).old;
                    return old == null ? MISSING : old;
                }, null, null))
                .call(Slot.NEW, (type, a, kw) -> {
                    throw Errors.raise(Errors.RuntimeError, "Tokens can only be created by ContextVars");
                })
                .unary(Slot.REPR, self -> tokenRepr((PyToken) self));
    }

    private static String tokenRepr(PyToken t) {
        return "<Token" + (t.used ? " used" : "") + " var=" + varRepr(t.var) + " at " + address(t) + ">";
    }

    // Context

    private static TypeSpec contextSpec() {
        TypeSpec s = new TypeSpec(CONTEXT).flag(TypeSpec.Flag.HIDDEN)
                .attribute("__hash__", NONE)
                .unary(Slot.HASH, self -> {
                    throw Errors.typeError("unhashable type: '" + CONTEXT + "'");
                })
                .call(Slot.NEW, (type, a, kw) -> {
                    if (a.length > 0) {
                        throw Errors.typeError("Context() does not accept any arguments");
                    }
                    return new PyContext(Vars.EMPTY);
                })
                .binary(Slot.EQ, (x, y) -> y instanceof PyContext c ? (Object) equal((PyContext) x, c)
                        : PyNotImplemented.NotImplemented)
                .binary(Slot.NE, (x, y) -> y instanceof PyContext c ? (Object) !equal((PyContext) x, c)
                        : PyNotImplemented.NotImplemented)
                .binary(Slot.GETITEM, (self, k) -> {
                    Object v = ((PyContext) self).vars.get(key(k));
                    if (v == null) {
                        throw Errors.raise(Errors.KeyError, k);
                    }
                    return v;
                })
                .binary(Slot.CONTAINS, (self, k) -> ((PyContext) self).vars.get(key(k)) != null)
                .unary(Slot.LEN, self -> (long) ((PyContext) self).vars.size())
                .unary(Slot.ITER, self -> new ContextIter(ContextIter.Kind.KEYS, ((PyContext) self).vars));
        method(s, CONTEXT, "get", (self, a, kw) -> {
            noKeywords("Context.get", kw);
            if (a.length < 2) {
                throw Errors.typeError("get expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw Errors.typeError("get expected at most 2 arguments, got " + (a.length - 1));
            }
            Object v = ((PyContext) self).vars.get(key(a[1]));
            return v != null ? v : a.length == 3 ? a[2] : NONE;
        });
        noArgs(s, "keys", self -> new ContextIter(ContextIter.Kind.KEYS, self.vars));
        noArgs(s, "values", self -> new ContextIter(ContextIter.Kind.VALUES, self.vars));
        noArgs(s, "items", self -> new ContextIter(ContextIter.Kind.ITEMS, self.vars));
        noArgs(s, "copy", self -> new PyContext(self.vars));
        method(s, CONTEXT, "run", (self, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 2) {
                throw Errors.typeError("run() missing 1 required positional argument");
            }
            Object[] args = new Object[a.length - 2];
            System.arraycopy(a, 2, args, 0, args.length);
            return run((PyContext) self, a[1], args, kw);
        });
        return s;
    }

    /** {@code ctx.run(callable, *args, **kwargs)}: the call with {@code ctx} as the thread's current context. */
    static Object run(PyContext ctx, Object callable, Object[] args, String[] kw) {
        if (!Contexts.enter(ctx)) {
            throw Errors.raise(Errors.RuntimeError, "cannot enter context: " + Op.repr(ctx) + " is already entered");
        }
        try {
            return Op.call(callable, args, kw);
        } finally {
            Contexts.exit(ctx);
        }
    }

    private static PyContextVar key(Object k) {
        if (k instanceof PyContextVar var) {
            return var;
        }
        throw Errors.typeError("a ContextVar key was expected, got " + Op.repr(k));
    }

    private static boolean equal(PyContext x, PyContext y) {
        Vars a = x.vars;
        Vars b = y.vars;
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (PyContextVar var : a.keys()) {
            Object w = b.get(var);
            if (w == null || !Op.eq(a.get(var), w)) {
                return false;
            }
        }
        return true;
    }

    // methods

    @FunctionalInterface
    private interface Method {
        Object call(Object self, Object[] a, String[] kw);
    }

    /**
     * A method whose first argument must be an instance of {@code owner} (CPython's descriptor check).
     * The types cannot be subclassed, so the check is one Java class test ({@code get()} stays cheap).
     */
    private static void method(TypeSpec s, String owner, String name, Method body) {
        TypeRef type = TypeRef.of(owner);
        Class<?> rep = owner.equals(VAR) ? PyContextVar.class : owner.equals(TOKEN) ? PyToken.class : PyContext.class;
        s.attribute(name, new PyBuiltinFunction(name, (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length > nkw && rep.isInstance(a[0])) {
                return body.call(a[0], a, kw);
            }
            if (a.length - nkw < 1) {
                throw Errors.typeError("unbound method " + type.get().getSimpleName() + "." + name
                        + "() needs an argument");
            }
            if (!PyType.of(a[0]).isSubtypeOf(type.get())) {
                throw Errors.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                        + Op.typeName(a[0]) + "' object");
            }
            return body.call(a[0], a, kw);
        }));
    }

    private static void noArgs(TypeSpec s, String name, java.util.function.Function<PyContext, Object> body) {
        method(s, CONTEXT, name, (self, a, kw) -> {
            noKeywords("Context." + name, kw);
            if (a.length != 1) {
                throw Errors.typeError("Context." + name + "() takes no arguments (" + (a.length - 1) + " given)");
            }
            return body.apply((PyContext) self);
        });
    }

    private static void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** A METH_O method's one argument after self. */
    private static Object one(String fname, Object[] a, String[] kw) {
        noKeywords(fname, kw);
        if (a.length != 2) {
            throw Errors.typeError(fname + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return a[1];
    }
}
