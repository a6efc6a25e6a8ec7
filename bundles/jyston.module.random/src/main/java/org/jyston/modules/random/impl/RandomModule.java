package org.jyston.modules.random.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/** {@code _random}: the {@code Random} type that {@code random.Random} derives from. */
@Component(service = ModuleProvider.class)
public class RandomModule implements ModuleProvider {
    @Override
    public String name() {
        return "_random";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Module implements the Mersenne Twister random number generator.");
        d.put("Random", TypeRef.of(RandomType.NAME).get());
    }
}
