package org.jyston.api.object;

/**
 * A function written in Java and callable from Python ({@code print}, {@code len}, a method of a
 * builtin type): CPython's {@code builtin_function_or_method}.
 */
public final class PyBuiltinFunction implements PyCallable {
    private static final TypeRef TYPE = TypeRef.of("builtin_function_or_method");

    /** The Java body: receives positional values then keyword values, the latter named by kwnames. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwnames);
    }

    private final String name;
    /** A class method of a builtin type ({@code dict.fromkeys}): it binds to the class, not the instance. */
    private boolean classMethod;
    private final Body body;

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
        return TYPE.get();
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
