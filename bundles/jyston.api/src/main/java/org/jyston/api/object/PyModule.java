package org.jyston.api.object;

/** A module: a name and a namespace ({@code __dict__}), made by the import system or written in Java. */
public final class PyModule implements PyObject, HasDict {
    private static final TypeRef TYPE = TypeRef.of("module");

    private final PyDict dict;
    /** Made by calling the module type: no loader, so CPython's repr shows no origin. */
    private boolean noOrigin;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    /** A module over an existing namespace (as {@code __main__} is). */
    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.get("__name__") == null) {
            dict.put("__name__", name);
        }
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** A module made by Python code ({@code ModuleType(name)}) rather than by an importer. */
    public PyModule withoutOrigin() {
        noOrigin = true;
        return this;
    }

    public String getName() {
        Object n = dict.get("__name__");
        return n instanceof String s ? s : "?";
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    @Override
    public String toString() {
        Object file = dict.get("__file__");
        if (file instanceof String f) {
            return "<module '" + getName() + "' from '" + f + "'>";
        }
        return "<module '" + getName() + "'" + (noOrigin ? ">" : " (built-in)>");
    }
}
