package org.jyston.type.str.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/**
 * {@code _string}: the format-string scanner of {@code str.format} ({@link Markup}, {@link FieldNames})
 * handed to {@code string.Formatter}, so both parse a format string the same way.
 */
@Component(service = ModuleProvider.class)
public class StringModule implements ModuleProvider {
    @Override
    public String name() {
        return "_string";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "string helper module");
        fn(module, d, "formatter_field_name_split", false);
        fn(module, d, "formatter_parser", true);
    }

    private static void fn(PyModule module, PyDict d, String name, boolean parser) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, (a, kw) -> {
            String s = oneStr(name, a, kw);
            return parser ? new Markup(s) : FieldNames.split(s);
        });
        f.setModule(module);
        d.put(name, f);
    }

    /** A METH_O function's argument, which must be a str (or a subclass: its value is used). */
    private static String oneStr(String name, Object[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("_string." + name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Errors.typeError("_string." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        if (Derived.unwrap(a[0]) instanceof String s) {
            return s;
        }
        throw Errors.typeError("expected str, got " + Op.typeName(a[0]));
    }
}
