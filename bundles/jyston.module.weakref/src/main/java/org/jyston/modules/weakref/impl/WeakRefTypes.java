package org.jyston.modules.weakref.impl;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyComplex;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code weakref.ReferenceType} ({@code weakref.ref}), {@code weakref.ProxyType} and {@code weakref.CallableProxyType}. */
@Component(service = BuiltinType.class)
public class WeakRefTypes implements BuiltinType {
    static final TypeRef REF = TypeRef.of("ReferenceType");
    static final TypeRef PROXY = TypeRef.of("ProxyType");
    static final TypeRef CALLABLE_PROXY = TypeRef.of("CallableProxyType");
    private static final TypeRef REFERENCE_ERROR = TypeRef.of("ReferenceError");

    @Override
    public List<TypeSpec> specs() {
        return List.of(ref(), proxy("ProxyType"), proxy("CallableProxyType"));
    }

    private static TypeSpec ref() {
        TypeSpec s = new TypeSpec("ReferenceType").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.BASETYPE)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).representation(WeakRef.class);
        s.attribute("__module__", "weakref");
        s.attribute("__class_getitem__", PyGenericAlias.classGetItem());
        s.attribute("__callback__", new GetSetDescriptor("__callback__", "ReferenceType",
                obj -> ((WeakRef) obj).callback, null, null));
        s.call(Slot.NEW, (t, args, kw) -> newRef((PyType) t, args, kw));
        s.call(Slot.INIT, (self, args, kw) -> PyNone.None);
        s.call(Slot.CALL, (self, args, kw) -> {
            if (args.length != 0) {
                throw Errors.typeError(Op.typeName(self) + " expected 0 arguments, got " + args.length);
            }
            Object o = ((WeakRef) self).get();
            return o == null ? PyNone.None : o;
        });
        s.unary(Slot.HASH, WeakRefTypes::hash);
        s.binary(Slot.EQ, (a, b) -> equal(a, b, true));
        s.binary(Slot.NE, (a, b) -> equal(a, b, false));
        s.unary(Slot.REPR, self -> {
            WeakRef r = (WeakRef) self;
            Object o = r.get();
            String at = "<weakref at " + address(r) + "; ";
            if (o == null) {
                return at + "dead>";
            }
            String name = nameOf(o);
            return at + "to '" + PyType.of(o).getQualname() + "' at " + address(o) + (name == null ? "" : " (" + name + ")")
                    + ">";
        });
        return s;
    }

    private static String nameOf(Object o) {
        try {
            Object n = Op.getattr(o, "__name__");
            return n instanceof String str ? str : null;
        } catch (org.jyston.api.object.PyException e) {
            return null;
        }
    }

    private static Object newRef(PyType t, Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (t == REF.get() && nkw > 0) {
            throw Errors.typeError("ref() takes no keyword arguments");
        }
        if (npos < 1 || npos > 2) {
            throw Errors.typeError("__new__ expected " + (npos < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + npos);
        }
        Object obj = args[0];
        Object cb = npos == 2 ? args[1] : PyNone.None;
        checkWeakrefable(obj);
        if (cb == PyNone.None && t == REF.get()) {
            WeakRef existing = WeakRefs.canonical(obj, t);
            if (existing != null) {
                return existing; // CPython shares one callback-free ref per object
            }
        }
        return new WeakRef(t, obj, cb);
    }

    static void checkWeakrefable(Object o) {
        boolean no = o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean
                || o instanceof BigInteger || o == PyNone.None || o == PyNotImplemented.NotImplemented
                || o == PyEllipsis.Ellipsis || o instanceof PyComplex || o instanceof PyBytes || o instanceof PyByteArray
                || o instanceof PySlice || o instanceof WeakRef;
        PyType t = PyType.of(o);
        if (o instanceof PyType) {
            no = false; // every class, whatever its metaclass (ABCMeta's classes too), takes weak references
        } else if (t.isHeapType()) {
            no = t.lookup("__weakref__") == null;
        } else if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict || o instanceof PyBaseException) {
            no = true;
        }
        if (no) {
            throw Errors.typeError("cannot create weak reference to '" + t.getName() + "' object");
        }
    }

    private static Object hash(Object self) {
        WeakRef r = (WeakRef) self;
        synchronized (r) {
            if (r.hash == null) {
                Object o = r.get();
                if (o == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                r.hash = Op.hash(o);
            }
            return r.hash;
        }
    }

    private static Object equal(Object a, Object b, boolean eq) {
        if (!(b instanceof WeakRef w) || !PyType.of(b).isSubtypeOf(REF.get())) {
            return PyNotImplemented.NotImplemented;
        }
        Object x = ((WeakRef) a).get();
        Object y = w.get();
        if (x == null || y == null) {
            return (a == b) == eq;
        }
        return eq ? Op.compare(Slot.EQ, x, y) : Op.compare(Slot.NE, x, y);
    }

    /** The referent of a proxy, or ReferenceError. */
    static Object target(Object proxy) {
        Object o = ((WeakRef) proxy).get();
        if (o == null) {
            throw Errors.raise(REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static TypeSpec proxy(String name) {
        TypeSpec s = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES);
        s.attribute("__module__", "weakref");
        s.binary(Slot.GETATTRIBUTE, (self, n) -> Op.getattr(target(self), (String) n));
        s.ternary(Slot.SETATTR, (self, n, v) -> {
            Op.setattr(target(self), (String) n, v);
            return PyNone.None;
        });
        s.binary(Slot.DELATTR, (self, n) -> {
            Op.delattr(target(self), (String) n);
            return PyNone.None;
        });
        s.unary(Slot.REPR, self -> {
            Object o = ((WeakRef) self).get();
            return "<weakproxy at " + address(self) + "; "
                    + (o == null ? "dead>" : "to '" + PyType.of(o).getQualname() + "' at " + address(o) + ">");
        });
        s.unary(Slot.STR, self -> Op.str(target(self)));
        s.unary(Slot.BOOL, self -> Op.isTrue(target(self)));
        s.unary(Slot.LEN, self -> Op.len(target(self)));
        s.unary(Slot.ITER, self -> Op.iter(target(self)));
        s.binary(Slot.GETITEM, (self, k) -> Op.getitem(target(self), k));
        s.binary(Slot.EQ, (a, b) -> Op.compare(Slot.EQ, target(a), b instanceof WeakRef ? target(b) : b));
        s.binary(Slot.NE, (a, b) -> Op.compare(Slot.NE, target(a), b instanceof WeakRef ? target(b) : b));
        s.unary(Slot.HASH, self -> {
            throw Errors.typeError("unhashable type: 'weakref." + PyType.of(self).getName() + "'");
        });
        if (name.equals("CallableProxyType")) {
            s.call(Slot.CALL, (self, args, kw) -> Op.call(target(self), args, kw));
        }
        return s;
    }

    static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }
}
