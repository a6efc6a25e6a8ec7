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
    private final Body body;

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
