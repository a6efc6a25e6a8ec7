package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _functools}: {@code partial}, {@code reduce}, {@code cmp_to_key} and
 * {@code _lru_cache_wrapper}, which {@code functools} uses instead of its pure-Python versions.
 */
@Component(service = ModuleProvider.class)
public class FunctoolsModule implements ModuleProvider {
    @Override
    public String name() {
        return "_functools";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Tools that operate on functions.");
        d.put("partial", TypeRef.of(Partial.NAME).get());
        d.put("_lru_cache_wrapper", TypeRef.of(LruCache.NAME).get());
        d.put("reduce", new PyBuiltinFunction("reduce", (args, kw) -> {
            ClinicArgs.noKw("reduce", kw);
            ClinicArgs.positional("reduce", args.length, 2, 3);
            return reduce(args[0], args[1], args.length > 2 ? args[2] : null);
        }));
        d.put("cmp_to_key", new PyBuiltinFunction("cmp_to_key", (args, kw) -> {
            int nkw = ClinicArgs.nkw(kw);
            if (args.length > 1) {
                throw Errors.typeError("cmp_to_key() takes at most 1 argument (" + args.length + " given)");
            }
            if (nkw == 1 && !kw[0].equals("mycmp")) {
                throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for cmp_to_key()");
            }
            if (args.length == 0) {
                throw Errors.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
            }
            return new KeyWrapper(args[0], null);
        }));
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }

    /** {@code reduce(function, iterable[, initial])}. */
    static Object reduce(Object fn, Object iterable, Object initial) {
        Object it;
        try {
            it = Op.iter(iterable);
        } catch (PyException e) {
            if (e.matches(Errors.TypeError.get())) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object acc = initial;
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            acc = acc == null ? x : Op.call(fn, acc, x);
        }
        if (acc == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }
}
