package org.jyston.runtime.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Keeps the kernel's type registry in step with the {@link BuiltinType} services: a spec is
 * registered as soon as its bases are, and a type bundle that stops takes its types with it.
 */
@Component(service = TypeTable.class, immediate = true)
public class TypeTable {
    private final Map<BuiltinType, List<PyType>> registered = new HashMap<>();
    private final List<Map.Entry<BuiltinType, TypeSpec>> pending = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addType(BuiltinType provider) {
        for (TypeSpec spec : provider.specs()) {
            pending.add(Map.entry(provider, spec));
        }
        drain();
    }

    synchronized void removeType(BuiltinType provider) {
        pending.removeIf(e -> e.getKey() == provider);
        List<PyType> types = registered.remove(provider);
        if (types != null) {
            for (int i = types.size() - 1; i >= 0; i--) {
                TypeRegistry.unregister(types.get(i));
            }
        }
    }

    /** Registers every pending spec whose bases are present, until no more can be. */
    private void drain() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Map.Entry<BuiltinType, TypeSpec>> it = pending.iterator(); it.hasNext();) {
                Map.Entry<BuiltinType, TypeSpec> e = it.next();
                if (TypeRegistry.canRegister(e.getValue())) {
                    it.remove();
                    PyType t = TypeRegistry.register(e.getValue());
                    registered.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t);
                    progress = true;
                }
            }
        }
    }

    /** Names of specs waiting for a base type that no bundle provides (for diagnostics). */
    synchronized List<String> waiting() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<BuiltinType, TypeSpec> e : pending) {
            out.add(e.getValue().name());
        }
        return out;
    }
}
