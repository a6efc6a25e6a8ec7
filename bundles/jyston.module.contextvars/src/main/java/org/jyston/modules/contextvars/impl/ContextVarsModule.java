package org.jyston.modules.contextvars.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/** {@code _contextvars}: what the standard library's {@code contextvars} re-exports. */
@Component(service = ModuleProvider.class)
public class ContextVarsModule implements ModuleProvider {
    @Override
    public String name() {
        return "_contextvars";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Context Variables");
        d.put("Context", TypeRef.of(ContextTypes.CONTEXT).get());
        d.put("ContextVar", TypeRef.of(ContextTypes.VAR).get());
        d.put("Token", TypeRef.of(ContextTypes.TOKEN).get());
        PyBuiltinFunction copy = new PyBuiltinFunction("copy_context", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("_contextvars.copy_context() takes no keyword arguments");
            }
            if (a.length != 0) {
                throw Errors.typeError("_contextvars.copy_context() takes no arguments (" + a.length + " given)");
            }
            return new PyContext(Contexts.current().vars);
        });
        copy.setModule(module);
        d.put("copy_context", copy);
    }
}
