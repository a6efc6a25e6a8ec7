package org.jyston.api.object;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of {@code __build_class__} shared by the {@code class} statement and the builtin:
 * PEP 560 base resolution ({@code __mro_entries__}), metaclass selection, {@code __prepare__}, and
 * the final call of the metaclass. Class creation is not a hot path.
 */
public final class ClassBuilding {
    private static final TypeRef TYPE = TypeRef.of("type");

    private ClassBuilding() {}

    private static Object mroEntries(Object base) {
        try {
            return Op.getattr(base, "__mro_entries__");
        } catch (PyException e) {
            if (e.matches(Errors.AttributeError.get())) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Replaces each base that is not a class but has {@code __mro_entries__} by the tuple that method
     * returns for the original bases; answers {@code bases} itself when nothing was replaced.
     */
    public static Object[] resolveBases(Object[] bases) {
        List<Object> out = null;
        PyTuple orig = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            // an attribute of the base itself, as CPython looks it up (typing.NamedTuple is a function with one)
            Object entries = b instanceof PyType ? null : mroEntries(b);
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
                orig = PyTuple.of(bases);
            }
            Object r = Op.call(entries, orig);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            for (int j = 0; j < t.size(); j++) {
                out.add(t.get(j));
            }
        }
        return out == null ? bases : out.toArray();
    }

    /**
     * The metaclass: the explicit one (null if none), else the type of the first base, else
     * {@code type}; when it is a class, the most derived of it and the bases' metaclasses.
     */
    public static Object metaclass(Object meta, Object[] bases) {
        if (meta == null) {
            meta = bases.length == 0 ? TYPE.get() : PyType.of(bases[0]);
        }
        if (!(meta instanceof PyType winner)) {
            return meta;
        }
        for (Object b : bases) {
            PyType bm = PyType.of(b);
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code meta.__prepare__(name, bases, **kw)} if the metaclass has one, else a new dict. */
    public static Object prepare(Object meta, String name, Object[] bases, String[] kwn, Object[] kwv) {
        Object builtin = TYPE.get().getDict().get("__prepare__");
        Object own = meta instanceof PyType m ? m.lookup("__prepare__") : null;
        if (own == null) {
            own = PyType.of(meta).lookup("__prepare__");
        }
        if (own == null || own == builtin) {
            return new PyDict(); // type.__prepare__ accepts any keywords and makes an empty dict
        }
        Object[] args = new Object[2 + kwv.length];
        args[0] = name;
        args[1] = PyTuple.of(bases);
        System.arraycopy(kwv, 0, args, 2, kwv.length);
        Object ns = Op.call(Op.getattr(meta, "__prepare__"), args, kwn.length == 0 ? null : kwn);
        if (!(ns instanceof PyDict) && PyType.of(ns).lookup("__getitem__") == null) {
            throw Errors.typeError((meta instanceof PyType m3 ? m3.getName() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + Op.typeName(ns));
        }
        return ns;
    }

    /**
     * The last step: records {@code __orig_bases__} when {@link #resolveBases} changed the bases, and
     * calls {@code meta(name, bases, ns, **kw)}.
     */
    public static Object finish(Object meta, String name, Object[] origBases, Object[] bases, Object ns, String[] kwn,
            Object[] kwv) {
        if (bases != origBases) {
            Op.setitem(ns, "__orig_bases__", PyTuple.of(origBases));
        }
        Object[] args = new Object[3 + kwv.length];
        args[0] = name;
        args[1] = PyTuple.of(bases);
        args[2] = ns;
        System.arraycopy(kwv, 0, args, 3, kwv.length);
        return Op.call(meta, args, kwn.length == 0 ? null : kwn);
    }
}
