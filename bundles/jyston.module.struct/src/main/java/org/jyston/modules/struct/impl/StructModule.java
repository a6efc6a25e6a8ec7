package org.jyston.modules.struct.impl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _struct}, under the standard library's {@code struct}: the module functions compile their format
 * through a cache of {@code Struct} objects per module (CPython's: at most 100, emptied when full).
 */
@Component(service = ModuleProvider.class)
public class StructModule implements ModuleProvider {
    private static final TypeRef STRUCT = TypeRef.of(StructTypes.STRUCT);
    private static final int MAX_CACHE = 100;

    @Override
    public String name() {
        return "_struct";
    }

    /** One module's cache, keyed by exact str and bytes formats (others are compiled each time). */
    static final class Cache {
        private final Map<Object, StructObject> map = new ConcurrentHashMap<>();

        StructObject get(Object fmt) {
            boolean cacheable = fmt instanceof String || fmt instanceof PyBytes;
            if (cacheable) {
                StructObject s = map.get(fmt); // lock-free on the hot path
                if (s != null) {
                    return s;
                }
            } else {
                Op.hash(fmt); // CPython's cache is a dict: an unhashable format fails there
            }
            PyType t = STRUCT.get();
            StructObject s = new StructObject(t);
            s.init(fmt);
            if (cacheable) {
                synchronized (this) {
                    if (map.size() >= MAX_CACHE) {
                        map.clear();
                    }
                    map.put(fmt, s);
                }
            }
            return s;
        }

        void clear() {
            map.clear();
        }
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        Cache cache = new Cache();
        d.put("__doc__", Docs.MODULE);
        d.put("error", StructError.type());
        d.put("Struct", STRUCT.get());
        fn(d, "pack", (a, kw) -> {
            StructTypes.noKeywords("_struct.pack", kw);
            return format(cache, a).pack(a, 1);
        });
        fn(d, "pack_into", (a, kw) -> {
            StructTypes.noKeywords("_struct.pack_into", kw);
            format(cache, a).packInto(a, 1);
            return PyNone.None;
        });
        fn(d, "unpack", (a, kw) -> {
            StructTypes.noKeywords("_struct.unpack", kw);
            expect2("unpack", a);
            return cache.get(a[0]).unpack(a[1]);
        });
        fn(d, "unpack_from", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 1) {
                throw Errors.typeError("unpack_from() takes at least 1 positional argument (" + (a.length - nkw)
                        + " given)");
            }
            Object[] v = StructTypes.unpackFromArguments(a, kw, 1, 0);
            return cache.get(a[0]).unpackFrom(v[0], v[1]);
        });
        fn(d, "iter_unpack", (a, kw) -> {
            StructTypes.noKeywords("_struct.iter_unpack", kw);
            expect2("iter_unpack", a);
            return cache.get(a[0]).iterUnpack(a[1]);
        });
        fn(d, "calcsize", (a, kw) -> cache.get(StructTypes.one("_struct.calcsize", a, kw, 0)).size());
        fn(d, "_clearcache", (a, kw) -> {
            StructTypes.none("_struct._clearcache", a, kw, 0);
            cache.clear();
            return PyNone.None;
        });
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module);
            }
        }
    }

    private static StructObject format(Cache cache, Object[] a) {
        if (a.length == 0) {
            throw Errors.typeError("missing format argument");
        }
        return cache.get(a[0]);
    }

    private static void expect2(String name, Object[] a) {
        if (a.length != 2) {
            throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
