package org.jyston.modules.heapq.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _heapq}: the heap operations on a list, with CPython's comparisons (only {@code <}) in the
 * same order, and its check that a comparison did not change the list's size.
 */
@Component(service = ModuleProvider.class)
public class HeapqModule implements ModuleProvider {
    @Override
    public String name() {
        return "_heapq";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", Docs.HEAPQ);
        d.put("__about__", Docs.HEAPQ_ABOUT);
        fn(d, "heappush", (a, kw) -> {
            PyList h = listArg("heappush", a, kw, 2, true);
            h.append(a[1]);
            siftDown(h, 0, h.size() - 1, false);
            return PyNone.None;
        });
        fn(d, "heappop", (a, kw) -> pop(listArg("heappop", a, kw, 1, false), false));
        fn(d, "_heappop_max", (a, kw) -> pop(listArg("_heappop_max", a, kw, 1, false), true));
        fn(d, "heapreplace", (a, kw) -> replace(listArg("heapreplace", a, kw, 2, true), a[1], false));
        fn(d, "_heapreplace_max", (a, kw) -> replace(listArg("_heapreplace_max", a, kw, 2, true), a[1], true));
        fn(d, "heapify", (a, kw) -> heapify(listArg("heapify", a, kw, 1, false), false));
        fn(d, "_heapify_max", (a, kw) -> heapify(listArg("_heapify_max", a, kw, 1, false), true));
        fn(d, "heappushpop", (a, kw) -> {
            PyList h = listArg("heappushpop", a, kw, 2, true);
            Object item = a[1];
            if (h.size() == 0) {
                return item;
            }
            Object top = h.get(0);
            if (!lt(top, item)) {
                return item;
            }
            if (h.size() == 0) {
                throw Errors.raise(Errors.IndexError, "index out of range");
            }
            Object returned = h.get(0);
            h.set(0, item);
            siftUp(h, 0, false);
            return returned;
        });
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }

    /** The heap argument, with Argument Clinic's messages ({@code n} positional arguments expected). */
    private static PyList listArg(String name, Object[] a, String[] kw, int n, boolean numbered) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("_heapq." + name + "() takes no keyword arguments");
        }
        if (n == 1) {
            if (a.length != 1) {
                throw Errors.typeError("_heapq." + name + "() takes exactly one argument (" + a.length + " given)");
            }
        } else if (a.length != n) {
            throw Errors.typeError(name + " expected " + n + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyList l)) {
            throw Errors.typeError(name + "() argument" + (numbered ? " 1" : "") + " must be list, not "
                    + Op.typeName(a[0]));
        }
        return l;
    }

    private static boolean lt(Object a, Object b) {
        return Op.isTrue(Op.compare(Slot.LT, a, b));
    }

    private static Object pop(PyList h, boolean max) {
        Object last;
        synchronized (h) {
            int n = h.size();
            if (n == 0) {
                throw Errors.raise(Errors.IndexError, "index out of range");
            }
            last = h.removeAt(n - 1);
            if (n == 1) {
                return last;
            }
        }
        Object returned = h.get(0);
        h.set(0, last);
        siftUp(h, 0, max);
        return returned;
    }

    private static Object replace(PyList h, Object item, boolean max) {
        Object returned;
        synchronized (h) {
            if (h.size() == 0) {
                throw Errors.raise(Errors.IndexError, "index out of range");
            }
            returned = h.get(0);
            h.set(0, item);
        }
        siftUp(h, 0, max);
        return returned;
    }

    private static Object heapify(PyList h, boolean max) {
        int n = h.size();
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftUp(h, i, max);
        }
        return PyNone.None;
    }

    private static RuntimeException changed() {
        return Errors.raise(Errors.RuntimeError, "list changed size during iteration");
    }

    /** Moves the item at {@code pos} up towards {@code start} while it is smaller than its parent. */
    private static void siftDown(PyList h, int start, int pos, boolean max) {
        int size = h.size();
        if (pos >= size) {
            throw Errors.raise(Errors.IndexError, "list index out of range");
        }
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object item = h.get(pos);
            Object parent = h.get(parentPos);
            boolean less = max ? lt(parent, item) : lt(item, parent);
            if (size != h.size()) {
                throw changed();
            }
            if (!less) {
                break;
            }
            synchronized (h) {
                Object p = h.get(parentPos);
                h.set(parentPos, h.get(pos));
                h.set(pos, p);
            }
            pos = parentPos;
        }
    }

    /** Moves the smaller child up from {@code pos} to a leaf, then the item there down into place. */
    private static void siftUp(PyList h, int pos, boolean max) {
        int end = h.size();
        int start = pos;
        if (pos >= end) {
            throw Errors.raise(Errors.IndexError, "list index out of range");
        }
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                Object a = h.get(child);
                Object b = h.get(child + 1);
                boolean less = max ? lt(b, a) : lt(a, b);
                if (!less) {
                    child++;
                }
                if (end != h.size()) {
                    throw changed();
                }
            }
            synchronized (h) {
                Object c = h.get(child);
                h.set(child, h.get(pos));
                h.set(pos, c);
            }
            pos = child;
        }
        siftDown(h, start, pos, max);
    }
}
