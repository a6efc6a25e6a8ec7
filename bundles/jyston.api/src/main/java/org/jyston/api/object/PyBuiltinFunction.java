package org.jyston.api.object;

/**
 * A function written in Java and callable from Python ({@code print}, {@code len}, a method of a
 * builtin type): CPython's {@code builtin_function_or_method}.
 */
public final class PyBuiltinFunction implements PyCallable {
    private static final TypeRef TYPE = TypeRef.of("builtin_function_or_method");
    private static final TypeRef METHOD_DESCRIPTOR = TypeRef.of("method_descriptor");
    private static final TypeRef CLASSMETHOD_DESCRIPTOR = TypeRef.of("classmethod_descriptor");

    /** The Java body: receives positional values then keyword values, the latter named by kwnames. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    private final String name;
    /** A class method of a builtin type ({@code dict.fromkeys}): it binds to the class, not the instance. */
    private boolean classMethod;
    private final Body body;
    /**
     * The builtin type whose dictionary holds this function ({@code str.join}), which makes it
     * CPython's {@code method_descriptor} (or {@code classmethod_descriptor}); null for a function
     * of a module. Set once when the type is made.
     */
    private PyType owner;
    /** The module a module-level function belongs to ({@code len.__self__}), or null. */
    private PyModule module;
    /** {@code __doc__} and {@code __text_signature__}, or null (None). */
    private volatile String doc;
    private volatile String textSignature;

    /** A class method of a builtin type: {@code args[0]} is the class, on a class or an instance alike. */
    public static PyBuiltinFunction classMethod(String name, Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.classMethod = true;
        return f;
    }

    public boolean isClassMethod() {
        return classMethod;
    }

    public PyBuiltinFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public PyType getType() {
        return owner == null ? TYPE.get() : classMethod ? CLASSMETHOD_DESCRIPTOR.get() : METHOD_DESCRIPTOR.get();
    }

    /** The builtin type that defines this method, or null for a module-level function. */
    public PyType owner() {
        return owner;
    }

    void setOwner(PyType type) {
        this.owner = type;
    }

    /** The module of a module-level function, or null. */
    public PyModule module() {
        return module;
    }

    /** Records the module a module-level function is an attribute of (its {@code __self__}). */
    public void setModule(PyModule m) {
        if (module == null && owner == null) {
            module = m;
        }
    }

    /** Gives the function CPython's {@code __doc__} and {@code __text_signature__} (either may be null). */
    public void describe(String docText, String signature) {
        this.doc = docText;
        this.textSignature = signature;
    }

    /** {@code __doc__}, or null. */
    public String doc() {
        return doc;
    }

    /** {@code __text_signature__}, or null. */
    public String textSignature() {
        return textSignature;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
