package org.jyston.api.object;

/** A function bound to an object ({@code obj.method}): calling it passes the object first. */
public final class PyMethod implements PyCallable {
    private static final TypeRef METHOD = TypeRef.of("method");
    private static final TypeRef BUILTIN = TypeRef.of("builtin_function_or_method");
    private static final TypeRef WRAPPER = TypeRef.of("method-wrapper");

    private final Object self;
    private final Object function;

    public PyMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public Object function() {
        return function;
    }

    @Override
    public PyType getType() {
        return function instanceof PyBuiltinFunction ? BUILTIN.get()
                : function instanceof PySlotWrapper ? WRAPPER.get() : METHOD.get();
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Op.call(function, all, kwnames);
    }
}
