package org.jyston.modules.hashlib.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** {@code _sha256}: the constructors of its hash objects (see {@link HashTypes}). */
@Component(service = ModuleProvider.class)
public class Sha256Module implements ModuleProvider {
    @Override
    public String name() {
        return "_sha256";
    }

    @Override
    public void populate(PyModule module) {
        HashTypes.populate(module);
    }
}
