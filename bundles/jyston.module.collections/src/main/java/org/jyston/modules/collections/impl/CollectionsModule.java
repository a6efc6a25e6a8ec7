package org.jyston.modules.collections.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _collections}: {@code deque}, {@code defaultdict}, {@code _count_elements} and
 * {@code _tuplegetter}. There is no {@code OrderedDict}: {@code collections} falls back to its
 * pure-Python one when the import of {@code _collections.OrderedDict} fails.
 */
@Component(service = ModuleProvider.class)
public class CollectionsModule implements ModuleProvider {
    private static final TypeRef DICT = TypeRef.of("dict");

    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "High performance data structures.\n"
                + "- deque:        ordered collection accessible from endpoints only\n"
                + "- defaultdict:  dict subclass with a default value factory\n");
        d.put("deque", TypeRef.of(DequeType.NAME).get());
        d.put("defaultdict", TypeRef.of(DefaultDictType.NAME).get());
        d.put("_deque_iterator", TypeRef.of(DequeIterator.FORWARD).get());
        d.put("_deque_reverse_iterator", TypeRef.of(DequeIterator.REVERSE).get());
        d.put("_tuplegetter", TypeRef.of(TupleGetter.NAME).get());
        d.put("_count_elements", new PyBuiltinFunction("_count_elements", (args, kw) -> {
            ClinicArgs.noKw("_count_elements", kw);
            ClinicArgs.positional("_count_elements", args.length, 2, 2);
            countElements(args[0], args[1]);
            return PyNone.None;
        }));
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }

    /**
     * {@code mapping[elem] = mapping.get(elem, 0) + 1} for each element; an exact dict is updated
     * directly, anything else through its {@code get} and {@code __setitem__}.
     */
    static void countElements(Object mapping, Object iterable) {
        Object it = Op.iter(iterable);
        PyType dict = DICT.get();
        if (mapping instanceof PyDict m && PyType.of(m) == dict) {
            for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                Object old = m.get(x);
                m.put(x, old == null ? (Object) 1L : old instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1)
                        : Op.binary(Slot.ADD, old, 1L));
            }
            return;
        }
        Object get = Op.getattr(mapping, "get");
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            Object old = Op.call(get, x, 0L);
            Op.setitem(mapping, x, Op.binary(Slot.ADD, old, 1L));
        }
    }
}
