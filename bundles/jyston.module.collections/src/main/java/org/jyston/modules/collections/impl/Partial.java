package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.HasDict;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code functools.partial}: the function, its positional arguments as an array and its keyword
 * arguments as two parallel arrays (names, values), so a call without keywords copies one array
 * and calls; keywords are merged only when either side has some.
 */
final class Partial implements PyObject, HasDict {
    static final String NAME = "functools.partial";
    private static final TypeRef TYPE = TypeRef.of(NAME);
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final PyType type;
    private volatile Object fn;
    private volatile Object[] args;
    private volatile String[] kwNames;
    private volatile Object[] kwValues;
    private PyDict dict;

    private Partial(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
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

    private Object keywords() {
        PyDict d = new PyDict();
        String[] n = kwNames;
        Object[] v = kwValues;
        for (int i = 0; i < n.length; i++) {
            d.put(n[i], v[i]);
        }
        return d;
    }

    /** {@code partial(func, /, *args, **keywords)}, flattening a partial without attributes. */
    private static Object make(PyType type, Object[] a, String[] kw) {
        int nkw = ClinicArgs.nkw(kw);
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        Object func = a[0];
        Object[] pargs = NO_VALUES;
        String[] pnames = NO_NAMES;
        Object[] pvalues = NO_VALUES;
        if (func instanceof Partial p && PyType.of(p).call(Slot.CALL) == TYPE.get().call(Slot.CALL)
                && (p.dict == null)) {
            pargs = p.args;
            pnames = p.kwNames;
            pvalues = p.kwValues;
            func = p.fn;
        }
        if (!DefaultDictType.callable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        Partial r = new Partial(type);
        r.fn = func;
        Object[] all = new Object[pargs.length + npos - 1];
        System.arraycopy(pargs, 0, all, 0, pargs.length);
        System.arraycopy(a, 1, all, pargs.length, npos - 1);
        r.args = all;
        mergeKeywords(r, pnames, pvalues, kw, a, npos);
        return r;
    }

    /** The partial's keywords: {@code {**old, **new}} (a repeated name keeps its first place). */
    private static void mergeKeywords(Partial r, String[] names, Object[] values, String[] kw, Object[] a, int from) {
        int nkw = ClinicArgs.nkw(kw);
        if (nkw == 0) {
            r.kwNames = names;
            r.kwValues = values;
            return;
        }
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        for (int i = 0; i < nkw; i++) {
            m.put(kw[i], a[from + i]);
        }
        r.kwNames = m.keySet().toArray(NO_NAMES);
        r.kwValues = m.values().toArray();
    }

    /** {@code partial(*args, **kw)}: the stored arguments first, the call's keywords win. */
    private static Object call(Object self, Object[] a, String[] kw) {
        Partial p = (Partial) self;
        Object[] pargs = p.args;
        String[] pnames = p.kwNames;
        Object[] pvalues = p.kwValues;
        int nkw = ClinicArgs.nkw(kw);
        int npos = a.length - nkw;
        if (pnames.length == 0) {
            if (pargs.length == 0) {
                return Op.call(p.fn, a, kw);
            }
            Object[] all = new Object[pargs.length + a.length];
            System.arraycopy(pargs, 0, all, 0, pargs.length);
            System.arraycopy(a, 0, all, pargs.length, a.length);
            return Op.call(p.fn, all, kw);
        }
        String[] names;
        Object[] kvals;
        if (nkw == 0) {
            names = pnames;
            kvals = pvalues;
        } else {
            java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pnames.length; i++) {
                m.put(pnames[i], pvalues[i]);
            }
            for (int i = 0; i < nkw; i++) {
                m.put(kw[i], a[npos + i]);
            }
            names = m.keySet().toArray(NO_NAMES);
            kvals = m.values().toArray();
        }
        Object[] all = new Object[pargs.length + npos + names.length];
        System.arraycopy(pargs, 0, all, 0, pargs.length);
        System.arraycopy(a, 0, all, pargs.length, npos);
        System.arraycopy(kvals, 0, all, pargs.length + npos, names.length);
        return Op.call(p.fn, all, names);
    }

    private static Object repr(Object self) {
        Partial p = (Partial) self;
        if (!DequeType.reprEnter(p)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(p.type.getName()).append('(').append(Op.repr(p.fn));
            for (Object x : p.args) {
                sb.append(", ").append(Op.repr(x));
            }
            String[] n = p.kwNames;
            Object[] v = p.kwValues;
            for (int i = 0; i < n.length; i++) {
                sb.append(", ").append(n[i]).append('=').append(Op.repr(v[i]));
            }
            return sb.append(')').toString();
        } finally {
            DequeType.reprLeave(p);
        }
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN)
                .doc("partial(func, *args, **keywords) - new function with partial application\n"
                        + "    of the given arguments and keywords.\n")
                .attribute("__class_getitem__", PyGenericAlias.classGetItem())
                .attribute("func", readonly("func", self -> ((Partial) self).fn, "function object to use in future partial calls"))
                .attribute("args", readonly("args", self -> PyTuple.of(((Partial) self).args.clone()),
                        "tuple of arguments to future partial calls"))
                .attribute("keywords", readonly("keywords", self -> ((Partial) self).keywords(),
                        "dictionary of keyword arguments to future partial calls"))
                .call(Slot.NEW, (type, a, kw) -> make((PyType) type, a, kw))
                .call(Slot.CALL, Partial::call)
                .unary(Slot.REPR, Partial::repr);
        m(s, "__reduce__", (a, k) -> {
            ClinicArgs.none("partial.__reduce__", a, k);
            Partial p = (Partial) a[0];
            PyDict d = p.dict;
            Object kws = p.kwNames.length == 0 ? PyNone.None : p.keywords();
            return PyTuple.of(p.type, PyTuple.of(p.fn), PyTuple.of(p.fn, PyTuple.of(p.args.clone()), kws,
                    d == null || d.size() == 0 ? PyNone.None : d));
        });
        m(s, "__setstate__", (a, k) -> {
            Partial p = (Partial) a[0];
            Object state = ClinicArgs.one("partial.__setstate__", a, k);
            if (!(state instanceof PyTuple t) || t.size() != 4) {
                throw Errors.typeError("invalid partial state");
            }
            Object fn = t.get(0);
            Object fnargs = t.get(1);
            Object kw = t.get(2);
            Object dict = t.get(3);
            if (!DefaultDictType.callable(fn) || !(fnargs instanceof PyTuple) || (kw != PyNone.None && !(kw instanceof PyDict))) {
                throw Errors.typeError("invalid partial state");
            }
            String[] names = NO_NAMES;
            Object[] values = NO_VALUES;
            if (kw instanceof PyDict kd) {
                Object[] keys = kd.keys();
                names = new String[keys.length];
                values = new Object[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    names[i] = keys[i] instanceof String str ? str : Op.str(keys[i]);
                    values[i] = kd.get(keys[i]);
                }
            }
            synchronized (p) {
                p.fn = fn;
                p.args = ((PyTuple) fnargs).toArray();
                p.kwNames = names;
                p.kwValues = values;
                if (dict == PyNone.None) {
                    p.dict = null;
                } else if (dict instanceof PyDict dd) {
                    p.dict = dd;
                }
            }
            return PyNone.None;
        });
        return s;
    }

    private static GetSetDescriptor readonly(String name, GetSetDescriptor.Getter g, String doc) {
        return new GetSetDescriptor(name, NAME, g, (self, v) -> {
            throw Errors.raise(Errors.AttributeError, "readonly attribute");
        }, doc);
    }

    private static void m(TypeSpec s, String name, ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method("partial", NAME, Partial.class, name, body));
    }
}
