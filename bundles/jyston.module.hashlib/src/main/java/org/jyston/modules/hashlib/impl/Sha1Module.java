package org.jyston.modules.hashlib.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** {@code _sha1}: the constructors of its hash objects (see {@link HashTypes}). */
@Component(service = ModuleProvider.class)
public class Sha1Module implements ModuleProvider {
    @Override
    public String name() {
        return "_sha1";
    }

    @Override
    public void populate(PyModule module) {
        HashTypes.populate(module);
    }
}
