package org.jyston.runtime.impl;

import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyUnion;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * The builtins about objects in general: {@code callable}, {@code getattr}, {@code hasattr},
 * {@code setattr}, {@code delattr}, {@code hash}, {@code id}, {@code isinstance}, {@code issubclass},
 * {@code repr}, {@code exit} and {@code quit}.
 */
final class BuiltinsObjects {
    private static final TypeRef OS_ERROR = TypeRef.of("OSError");

    private BuiltinsObjects() {}

    static void install(Map<String, Object> b) {
        IdTable ids = new IdTable();
        Builtins.fn(b, "callable", (a, k) -> BuiltinsIteration.isCallable(Args.one("callable", a, k)));
        Builtins.fn(b, "repr", (a, k) -> Op.repr(Args.one("repr", a, k)));
        Builtins.fn(b, "hash", (a, k) -> Op.hash(Args.one("hash", a, k)));
        Builtins.fn(b, "id", (a, k) -> ids.id(Args.one("id", a, k)));
        Builtins.fn(b, "getattr", BuiltinsObjects::getattr);
        Builtins.fn(b, "hasattr", (a, k) -> {
            Args.unpack("hasattr", a, k, 2, 2);
            try {
                Op.getattr(a[0], name(a[1]));
                return true;
            } catch (PyException e) {
                if (e.matches(Errors.AttributeError.get())) {
                    return false;
                }
                throw e;
            }
        });
        Builtins.fn(b, "setattr", (a, k) -> {
            Args.unpack("setattr", a, k, 3, 3);
            Op.setattr(a[0], name(a[1]), a[2]);
            return PyNone.None;
        });
        Builtins.fn(b, "delattr", (a, k) -> {
            Args.unpack("delattr", a, k, 2, 2);
            Op.delattr(a[0], name(a[1]));
            return PyNone.None;
        });
        Builtins.fn(b, "isinstance", (a, k) -> {
            Args.unpack("isinstance", a, k, 2, 2);
            return isinstance(a[0], a[1]);
        });
        Builtins.fn(b, "issubclass", (a, k) -> {
            Args.unpack("issubclass", a, k, 2, 2);
            return issubclass(a[0], a[1]);
        });
        Builtins.fn(b, "exit", BuiltinsObjects::exit);
        Builtins.fn(b, "quit", BuiltinsObjects::exit);
        PyType osError = OS_ERROR.getOrNull();
        if (osError != null) {
            b.put("EnvironmentError", osError);
            b.put("IOError", osError);
        }
    }

    private static String name(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (org.jyston.api.object.Derived.unwrap(o) instanceof String s) {
            return s; // an instance of a str subclass names the attribute its text spells
        }
        throw Errors.typeError("attribute name must be string, not '" + Op.typeName(o) + "'");
    }

    private static Object getattr(Object[] a, String[] k) {
        Args.unpack("getattr", a, k, 2, 3);
        String name = name(a[1]);
        if (a.length == 2) {
            return Op.getattr(a[0], name);
        }
        try {
            return Op.getattr(a[0], name);
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return a[2];
            }
            throw e;
        }
    }

    /** {@code isinstance(obj, cls)}: cls a type or a tuple (nested) of them; a metaclass may decide. */
    static boolean isinstance(Object obj, Object cls) {
        PyType t = PyType.of(obj);
        if (t == cls) {
            return true;
        }
        if (cls instanceof PyUnion u) {
            cls = u.args(); // CPython tests a union's members as a tuple
        }
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isinstance(obj, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        Object hook = hook(cls, "__instancecheck__");
        if (hook != null) {
            return Op.isTrue(Op.call(hook, cls, obj));
        }
        if (cls instanceof PyType c) {
            return c.isInstance(obj);
        }
        String msg = "isinstance() arg 2 must be a type, a tuple of types, or a union";
        checkClass(cls, msg);
        Object icls = getattrOrNull(obj, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** CPython's check_class: a class, or any object whose {@code __bases__} is a tuple. */
    private static void checkClass(Object cls, String message) {
        if (!(cls instanceof PyType) && !(getattrOrNull(cls, "__bases__") instanceof PyTuple)) {
            throw Errors.typeError(message);
        }
    }

    private static Object getattrOrNull(Object o, String name) {
        try {
            return Op.getattr(o, name);
        } catch (org.jyston.api.object.PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return null;
            }
            throw e;
        }
    }

    /** The abstract protocol: follow {@code __bases__} (a tuple) depth-first until {@code cls} turns up. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        for (;;) {
            if (derived == cls) {
                return true;
            }
            if (!(getattrOrNull(derived, "__bases__") instanceof PyTuple bases) || bases.size() == 0) {
                return false;
            }
            if (bases.size() == 1) {
                derived = bases.get(0);
                continue;
            }
            for (int i = 0; i < bases.size(); i++) {
                if (abstractIsSubclass(bases.get(i), cls)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code issubclass(cls, classinfo)}. */
    static boolean issubclass(Object cls, Object classinfo) {
        if (classinfo instanceof PyUnion u) {
            classinfo = u.args();
        }
        if (classinfo instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (issubclass(cls, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        Object hook = hook(classinfo, "__subclasscheck__");
        if (hook != null) {
            return Op.isTrue(Op.call(hook, classinfo, cls));
        }
        if (cls instanceof PyType c && classinfo instanceof PyType ci) {
            return c.isSubtypeOf(ci);
        }
        checkClass(cls, "issubclass() arg 1 must be a class");
        checkClass(classinfo, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return abstractIsSubclass(cls, classinfo);
    }

    /**
     * A check method defined by a Python metaclass of {@code cls}, or by the type of a {@code cls}
     * that is not a class ({@code list[int]} refuses), or null.
     */
    private static Object hook(Object cls, String method) {
        PyType meta = PyType.of(cls);
        return meta.isHeapType() || !(cls instanceof PyType) ? meta.lookup(method) : null;
    }

    /** {@code exit(code=None)} and {@code quit(code=None)}: raise SystemExit(code). */
    private static Object exit(Object[] a, String[] k) {
        int nkw = Args.nkw(k);
        int npos = a.length - nkw;
        Object code = PyNone.None;
        if (npos > 1) {
            throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + (npos + 1)
                    + " were given");
        }
        if (npos == 1) {
            code = a[0];
        }
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("code")) {
                throw Errors.typeError("Quitter.__call__() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (npos == 1) {
                throw Errors.typeError("Quitter.__call__() got multiple values for argument 'code'");
            }
            code = a[npos + i];
        }
        throw Errors.raise(Errors.SystemExit, code);
    }
}
