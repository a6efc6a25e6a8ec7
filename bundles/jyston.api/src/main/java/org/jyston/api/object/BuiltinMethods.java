package org.jyston.api.object;

/** Argument checking for methods of builtin types, with CPython's messages. */
public final class BuiltinMethods {
    private BuiltinMethods() {}

    /** A method body: {@code self}, the positional and keyword values after it, the keyword names. */
    @FunctionalInterface
    public interface Method {
        Object call(Object self, Object[] args, String[] kwnames);
    }

    /**
     * A method as an attribute of a type: a builtin function taking {@code self} first, which checks
     * {@code self} as CPython's method descriptors do.
     */
    public static PyBuiltinFunction method(String typeName, Class<?> cls, String name, Method body) {
        return method(typeName, cls::isInstance, name, body);
    }

    /** As {@link #method(String, Class, String, Method)}, for a self type not matched by one Java class. */
    public static PyBuiltinFunction method(String typeName, java.util.function.Predicate<Object> isSelf, String name,
            Method body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0) {
                throw Errors.typeError("unbound method " + typeName + "." + name + "() needs an argument");
            }
            Object self = args[0];
            if (!isSelf.test(self)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + typeName + "' objects doesn't apply to a '"
                        + Op.typeName(self) + "' object");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(self, rest, kw);
        });
    }

    public static int nkw(String[] kw) {
        return kw == null ? 0 : kw.length;
    }

    public static void noKw(String qualname, String[] kw) {
        if (nkw(kw) > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
    }

    /**
     * CPython's test in {@code float.__new__}, {@code tuple.__new__}, {@code set.__new__},
     * {@code list.__init__} ...: keyword arguments are an error ("X() takes no keyword arguments")
     * only for the builtin itself or a subclass that inherits the builtin's {@code special} method
     * (a subclass with its own {@code __init__} or {@code __new__} may take keywords of its own).
     */
    public static void noKwUnlessOverridden(String name, PyType builtin, Object type, String special, String[] kw) {
        if (nkw(kw) > 0 && (type == builtin || !(type instanceof PyType t)
                || t.lookup(special) == builtin.lookup(special))) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS. */
    public static void none(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 0) {
            throw Errors.typeError(qualname + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** METH_O. */
    public static Object one(String qualname, Object[] args, String[] kw) {
        noKw(qualname, kw);
        if (args.length != 1) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** Positional-only arguments, between min and max of them. */
    public static void range(String name, String qualname, int min, int max, Object[] args, String[] kw) {
        noKw(qualname, kw);
        int n = args.length;
        ClinicArgs.positional(name, n, min, max);
    }

    /** A slot wrapper's arguments ({@code __setitem__}, {@code __iadd__}, ...): exactly n of them. */
    public static void wrapper(String name, int n, Object[] args, String[] kw) {
        if (nkw(kw) > 0) {
            throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (args.length != n) {
            // One-argument wrappers check the count themselves; the others unpack a tuple with an empty
            // function name, hence CPython's leading space.
            throw Errors.typeError((n == 1 ? "" : " ") + "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                    + args.length);
        }
    }

    public static PyType type(Object o) {
        return PyType.of(o);
    }
}
