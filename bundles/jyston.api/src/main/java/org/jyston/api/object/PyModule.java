package org.jyston.api.object;

/** A module: a name and a namespace ({@code __dict__}), made by the import system or written in Java. */
public final class PyModule implements PyObject, HasDict {
    private static final TypeRef TYPE = TypeRef.of("module");

    private final PyDict dict;
    /** Made by calling the module type: no loader, so CPython's repr shows no origin. */
    private boolean noOrigin;
    /**
     * Fills in {@code __spec__}/{@code __loader__}/{@code __cached__} when first read while still None:
     * the import system installs its Python machinery only when something asks for it.
     */
    private volatile java.util.function.Consumer<PyModule> specSupplier;

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

    /** Sets what supplies this module's import attributes on first read (see {@link #supplySpec}). */
    public void setSpecSupplier(java.util.function.Consumer<PyModule> supplier) {
        this.specSupplier = supplier;
    }

    /**
     * Called by attribute lookup when {@code name} is None in the namespace: if it is one of the
     * import attributes and a supplier is set, runs it once; true if it ran.
     */
    public boolean supplySpec(String name) {
        java.util.function.Consumer<PyModule> s = specSupplier;
        if (s == null || !(name.equals("__spec__") || name.equals("__loader__") || name.equals("__cached__"))) {
            return false;
        }
        specSupplier = null;
        s.accept(this);
        return true;
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
