package org.jyston.modules.heapq.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.osgi.service.component.annotations.Component;

/** {@code _bisect}: binary search and insertion over any sequence, comparing only with {@code <}. */
@Component(service = ModuleProvider.class)
public class BisectModule implements ModuleProvider {
    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    @Override
    public String name() {
        return "_bisect";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", Docs.BISECT);
        fn(d, "bisect_right", (a, kw) -> search("bisect_right", a, kw, true, false));
        fn(d, "bisect_left", (a, kw) -> search("bisect_left", a, kw, false, false));
        fn(d, "insort_right", (a, kw) -> search("insort_right", a, kw, true, true));
        fn(d, "insort_left", (a, kw) -> search("insort_left", a, kw, false, true));
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }

    /** Argument Clinic's parse of {@code (a, x, lo=0, hi=None, *, key=None)}. */
    private static Object[] parse(String fname, Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 4) {
            throw Errors.typeError(fname + "() takes at most 4 positional arguments (" + npos + " given)");
        }
        Object[] out = new Object[5];
        System.arraycopy(args, 0, out, 0, npos);
        String unknown = null;
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(NAMES).indexOf(kw[k]);
            if (at < 0) {
                unknown = unknown == null ? kw[k] : unknown;
                continue;
            }
            if (out[at] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kw[k] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = args[npos + k];
        }
        for (int i = 0; i < 2; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + NAMES[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (unknown != null) {
            throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for " + fname + "()");
        }
        return out;
    }

    private static long ssize(Object o) {
        Object v = Op.index(o);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    private static Object search(String fname, Object[] args, String[] kw, boolean right, boolean insert) {
        Object[] v = parse(fname, args, kw);
        Object seq = v[0];
        Object x = v[1];
        long lo = v[2] == null ? 0 : ssize(v[2]);
        Object hiObj = v[3] == null ? PyNone.None : v[3];
        Object key = v[4] == null ? PyNone.None : v[4];
        long hi;
        if (hiObj == PyNone.None) {
            hi = -1;
        } else {
            PyType ht = PyType.of(hiObj);
            if (!(hiObj instanceof Long) && !(hiObj instanceof Boolean) && ht.unary(Slot.INDEX) == null
                    && !(org.jyston.api.object.Derived.unwrap(hiObj) instanceof Long)) {
                throw Errors.typeError("argument should be integer or None, not '" + Op.typeName(hiObj) + "'");
            }
            hi = ssize(hiObj);
        }
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Op.len(seq);
        }
        Object target = x;
        if (insert && key != PyNone.None) {
            target = Op.call(key, x);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Op.getitem(seq, mid);
            if (key != PyNone.None) {
                item = Op.call(key, item);
            }
            boolean goLeft = right ? Op.isTrue(Op.compare(Slot.LT, target, item))
                    : !Op.isTrue(Op.compare(Slot.LT, item, target));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (!insert) {
            return lo;
        }
        if (seq instanceof PyList l && l.getClass() == PyList.class) {
            synchronized (l) {
                l.insert((int) Math.min(lo, l.size()), x);
            }
        } else {
            Op.call(Op.getattr(seq, "insert"), lo, x);
        }
        return PyNone.None;
    }
}
