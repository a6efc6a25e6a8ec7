package org.jyston.modules.weakref.impl;

import java.util.List;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;

/** The {@code _weakref} module that {@code weakref} and {@code _weakrefset} build on. */
@Component(service = ModuleProvider.class)
public class WeakRefModule implements ModuleProvider {
    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Weak-reference support module.");
        d.put("ref", WeakRefTypes.REF.get());
        d.put("ReferenceType", WeakRefTypes.REF.get());
        d.put("ProxyType", WeakRefTypes.PROXY.get());
        d.put("CallableProxyType", WeakRefTypes.CALLABLE_PROXY.get());
        d.put("getweakrefcount", new PyBuiltinFunction("getweakrefcount",
                (a, kw) -> (long) WeakRefs.of(one("getweakrefcount", a, kw)).size()));
        d.put("getweakrefs", new PyBuiltinFunction("getweakrefs",
                (a, kw) -> new PyList(WeakRefs.of(one("getweakrefs", a, kw)).toArray())));
        d.put("proxy", new PyBuiltinFunction("proxy", WeakRefModule::proxy));
        d.put("_remove_dead_weakref", new PyBuiltinFunction("_remove_dead_weakref", (a, kw) -> {
            if (a.length != 2) {
                throw Errors.typeError("_remove_dead_weakref expected 2 arguments, got " + a.length);
            }
            if (!(a[0] instanceof PyDict dict)) {
                throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Op.typeName(a[0]));
            }
            Object v = dict.get(a[1]);
            if (v instanceof WeakRef r && r.get() == null) {
                dict.remove(a[1]);
            }
            return PyNone.None;
        }));
    }

    private static Object proxy(Object[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("proxy() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("proxy expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + a.length);
        }
        WeakRefTypes.checkWeakrefable(a[0]);
        boolean callable = a[0] instanceof PyCallable || PyType.of(a[0]).lookup("__call__") != null;
        PyType t = callable ? WeakRefTypes.CALLABLE_PROXY.get() : WeakRefTypes.PROXY.get();
        return new WeakRef(t, a[0], a.length == 2 ? a[1] : PyNone.None);
    }

    static Object one(String name, Object[] a, String[] kw) {
        if ((kw != null && kw.length > 0) || a.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    static List<WeakRef> refs(Object o) {
        return WeakRefs.of(o);
    }
}
