package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import java.util.LinkedHashMap;
import org.jyston.api.object.Errors;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyMethod;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code functools._lru_cache_wrapper}: the cache is a Java {@link LinkedHashMap} in access order
 * under the wrapper's monitor (the user function runs outside it, as CPython lets other calls
 * proceed while one computes); keys are {@link Key}s comparing their items with Python equality.
 */
final class LruCache implements PyObject, HasDict {
    static final String NAME = "functools._lru_cache_wrapper";
    private static final TypeRef TYPE = TypeRef.of(NAME);

    /**
     * A call's cache key: CPython's {@code _make_key}. A lone exact int or str argument is its own
     * key ({@code bare}), which keeps {@code f(1)} and {@code f(1.0)} apart as CPython does.
     */
    static final class Key {
        final boolean bare;
        final Object[] items;
        final int hash;

        Key(boolean bare, Object[] items) {
            this.bare = bare;
            this.items = items;
            long h = bare ? 7 : 0x345678L;
            for (Object o : items) {
                h = h * 1000003L ^ (o == KWD_MARK ? 0x2545F491L : Op.hash(o));
            }
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key k) || k.bare != bare || k.items.length != items.length || k.hash != hash) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                Object a = items[i];
                Object b = k.items[i];
                if (a == KWD_MARK || b == KWD_MARK ? a != b : !Op.eq(a, b)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The marker between positional and keyword items of a key (CPython's {@code kwd_mark}). */
    private static final Object KWD_MARK = new Object() {
        @Override
        public String toString() {
            return "kwd_mark";
        }
    };

    private final Object func;
    /** -1 for unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    private final LinkedHashMap<Key, Object> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;
    private PyDict dict;

    private LruCache(Object func, long maxsize, boolean typed, Object cacheInfoType) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    private Key key(Object[] a, String[] kw) {
        int nkw = ClinicArgs.nkw(kw);
        int npos = a.length - nkw;
        if (nkw == 0 && !typed && npos == 1) {
            Object x = a[0];
            if (x instanceof Long || x instanceof String || x instanceof java.math.BigInteger) {
                return new Key(true, a.clone());
            }
        }
        int n = npos + (nkw > 0 ? 1 + 2 * nkw : 0);
        if (typed) {
            n += npos + nkw;
        }
        Object[] items = new Object[n];
        System.arraycopy(a, 0, items, 0, npos);
        int at = npos;
        if (nkw > 0) {
            items[at++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                items[at++] = kw[i];
                items[at++] = a[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                items[at++] = PyType.of(a[i]);
            }
            for (int i = 0; i < nkw; i++) {
                items[at++] = PyType.of(a[npos + i]);
            }
        }
        return new Key(false, items);
    }

    private Object call(Object[] a, String[] kw) {
        if (maxsize == 0) {
            synchronized (this) {
                misses++;
            }
            return Op.call(func, a, kw);
        }
        Key k = key(a, kw);
        synchronized (this) {
            Object v = cache.get(k);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        }
        Object result = Op.call(func, a, kw);
        synchronized (this) {
            if (maxsize < 0) {
                cache.put(k, result);
            } else if (!cache.containsKey(k)) {
                // a recursive or concurrent call may have cached it meanwhile: then keep that one
                cache.put(k, result);
                if (cache.size() > maxsize) {
                    java.util.Iterator<Key> it = cache.keySet().iterator();
                    it.next();
                    it.remove();
                }
            }
        }
        return result;
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).flag(TypeSpec.Flag.HIDDEN)
                .doc("Create a cached callable that wraps another function.\n\n"
                        + "user_function:      the function being cached\n\n"
                        + "maxsize:  0         for no caching\n"
                        + "          None      for unlimited cache size\n"
                        + "          n         for a bounded cache\n\n"
                        + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                        + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                        + "cache_info_type:    namedtuple class with the fields:\n"
                        + "                        hits misses currsize maxsize\n")
                .call(Slot.NEW, (type, a, kw) -> {
                    Object[] v = parse(a, kw);
                    Object fn = v[0];
                    if (!DefaultDictType.callable(fn)) {
                        throw Errors.typeError("the first argument must be callable");
                    }
                    long maxsize;
                    if (v[1] == PyNone.None) {
                        maxsize = -1;
                    } else {
                        Object m = org.jyston.api.object.Derived.unwrap(v[1]);
                        if (!(m instanceof Long || m instanceof Boolean || m instanceof java.math.BigInteger)
                                && PyType.of(v[1]).unary(Slot.INDEX) == null) {
                            throw Errors.typeError("maxsize should be integer or None");
                        }
                        Object i = Op.index(v[1]);
                        maxsize = i instanceof Long l ? Math.max(0, l)
                                : ((java.math.BigInteger) i).signum() < 0 ? 0 : Long.MAX_VALUE;
                    }
                    return new LruCache(fn, maxsize, Op.isTrue(v[2]), v[3]);
                })
                .call(Slot.CALL, (self, a, kw) -> ((LruCache) self).call(a, kw))
                .ternary(Slot.GET, (self, obj, owner) -> obj == null || obj == PyNone.None ? self
                        : new PyMethod(obj, self));
        m(s, "cache_info", (a, k) -> {
            ClinicArgs.none("_lru_cache_wrapper.cache_info", a, k);
            LruCache c = (LruCache) a[0];
            long h;
            long mi;
            long size;
            synchronized (c) {
                h = c.hits;
                mi = c.misses;
                size = c.cache.size();
            }
            return Op.call(c.cacheInfoType, h, mi, c.maxsize < 0 ? PyNone.None : (Object) c.maxsize, size);
        });
        m(s, "cache_clear", (a, k) -> {
            ClinicArgs.none("_lru_cache_wrapper.cache_clear", a, k);
            LruCache c = (LruCache) a[0];
            synchronized (c) {
                c.cache.clear();
                c.hits = 0;
                c.misses = 0;
            }
            return PyNone.None;
        });
        m(s, "__reduce__", (a, k) -> {
            ClinicArgs.none("_lru_cache_wrapper.__reduce__", a, k);
            return Op.getattr(a[0], "__qualname__");
        });
        m(s, "__copy__", (a, k) -> {
            ClinicArgs.none("_lru_cache_wrapper.__copy__", a, k);
            return a[0];
        });
        m(s, "__deepcopy__", (a, k) -> {
            ClinicArgs.one("_lru_cache_wrapper.__deepcopy__", a, k);
            return a[0];
        });
        return s;
    }

    private static Object[] parse(Object[] a, String[] kw) {
        String[] names = {"user_function", "maxsize", "typed", "cache_info_type"};
        int nkw = ClinicArgs.nkw(kw);
        int npos = a.length - nkw;
        if (npos > 4) {
            throw Errors.typeError("lru_cache() takes at most 4 arguments (" + npos + " given)");
        }
        Object[] out = new Object[4];
        System.arraycopy(a, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (at < 0) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for lru_cache()");
            }
            if (out[at] != null) {
                throw Errors.typeError("argument for lru_cache() given by name ('" + kw[k] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = a[npos + k];
        }
        for (int i = 0; i < 4; i++) {
            if (out[i] == null) {
                throw Errors.typeError("lru_cache() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    private static void m(TypeSpec s, String name, ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method("_lru_cache_wrapper", NAME, LruCache.class, name, body));
    }
}
