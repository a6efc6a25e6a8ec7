package org.jyston.type.object.impl;

import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;

/**
 * {@code object.__reduce_ex__} and {@code object.__reduce__}: the default pickling protocol, which
 * CPython implements with the help of the pure-Python {@code copyreg} module (protocols 0 and 1
 * through {@code copyreg._reduce_ex}, 2 and later through {@code copyreg.__newobj__}/{@code
 * __newobj_ex__}, with the state {@code __getstate__} gives and the items of list and dict subclasses).
 */
final class ObjectReduce {
    private ObjectReduce() {}

    static PyBuiltinFunction reduceEx() {
        return BuiltinMethods.method("object", o -> true, "__reduce_ex__", (self, a, kw) -> {
            Object proto = BuiltinMethods.one("__reduce_ex__", a, kw);
            long protocol = Op.indexAsLong(proto, "protocol");
            Object reduce = PyType.of(self).lookup("__reduce__");
            Object objectReduce = objectType().getDict().get("__reduce__");
            if (reduce != null && reduce != objectReduce) {
                return Op.call(Op.getattr(self, "__reduce__"));
            }
            return common(self, protocol);
        });
    }

    static PyBuiltinFunction reduce() {
        return BuiltinMethods.method("object", o -> true, "__reduce__", (self, a, kw) -> {
            BuiltinMethods.none("object.__reduce__", a, kw);
            return common(self, 0);
        });
    }

    private static PyType objectType() {
        return org.jyston.api.object.TypeRef.of("object").get();
    }

    private static Object common(Object self, long protocol) {
        Object copyreg = importModule("copyreg");
        if (protocol < 2) {
            return Op.call(Op.getattr(copyreg, "_reduce_ex"), self, protocol);
        }
        PyType cls = PyType.of(self);
        if (cls.lookup("__new__") == null) {
            throw Errors.typeError("cannot pickle '" + cls.getName() + "' object");
        }
        Object args = PyTuple.EMPTY;
        Object kwargs = PyNone.None;
        if (cls.lookup("__getnewargs_ex__") != null) {
            Object r = Op.call(Op.getattr(self, "__getnewargs_ex__"));
            if (!(r instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '"
                        + Op.typeName(r) + "'");
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Op.typeName(args) + "'");
            }
            if (!(kwargs instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Op.typeName(kwargs) + "'");
            }
        } else if (cls.lookup("__getnewargs__") != null) {
            args = Op.call(Op.getattr(self, "__getnewargs__"));
            if (!(args instanceof PyTuple)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '" + Op.typeName(args) + "'");
            }
        }
        Object state = Op.call(Op.getattr(self, "__getstate__"));
        Object listitems = self instanceof PyList ? Op.iter(self) : PyNone.None;
        Object dictitems = self instanceof PyDict ? Op.iter(Op.call(Op.getattr(self, "items"))) : PyNone.None;
        PyTuple a = (PyTuple) args;
        if (kwargs instanceof PyDict k && k.size() > 0) {
            return PyTuple.of(Op.getattr(copyreg, "__newobj_ex__"), PyTuple.of(cls, a, k), state, listitems,
                    dictitems);
        }
        Object[] newArgs = new Object[a.size() + 1];
        newArgs[0] = cls;
        System.arraycopy(a.toArray(), 0, newArgs, 1, a.size());
        return PyTuple.of(Op.getattr(copyreg, "__newobj__"), PyTuple.of(newArgs), state, listitems, dictitems);
    }

    /** A module, imported by the running code's {@code __import__}. */
    private static Object importModule(String name) {
        FrameView f = PyThreadState.current().frame;
        if (f == null) {
            throw Errors.systemError("object.__reduce_ex__ called outside Python code");
        }
        return Op.call(f.builtins().get("__import__"), name);
    }
}
