package org.jyston.api.object;

/**
 * A parameterised generic such as {@code list[int]}: CPython's {@code types.GenericAlias}. The
 * kernel holds the data so that every container bundle can make one from its
 * {@code __class_getitem__}; the behaviour lives with the {@code GenericAlias} type spec.
 */
public final class PyGenericAlias implements InstanceState.Holder {
    private static final TypeRef TYPE = TypeRef.of("GenericAlias");

    private final Object origin;
    private final PyTuple args;
    /** A Python subclass of GenericAlias (typing's and collections.abc's), or null. */
    private final PyType subclass;
    private final InstanceState state = new InstanceState();

    /** {@code GenericAlias(origin, args)}: a non-tuple {@code args} stands for a tuple of one. */
    public PyGenericAlias(Object origin, Object args) {
        this(null, origin, args);
    }

    /** An instance of {@code subclass} (null for GenericAlias itself). */
    public PyGenericAlias(PyType subclass, Object origin, Object args) {
        this.subclass = subclass;
        this.origin = origin;
        this.args = args instanceof PyTuple t && t.getClass() == PyTuple.class ? t : PyTuple.of(args);
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public boolean allowsDict() {
        return subclass != null && subclass.instancesHaveDict();
    }


    /** {@code cls.__class_getitem__(item)} of the builtin generic types ({@code list}, {@code dict}, ...). */
    public static PyBuiltinFunction classGetItem() {
        return PyBuiltinFunction.classMethod("__class_getitem__", (a, kw) -> {
            BuiltinMethods.noKw("__class_getitem__", kw);
            if (a.length != 2) {
                throw Errors.typeError("__class_getitem__() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return new PyGenericAlias(a[0], a[1]);
        });
    }

    public Object origin() {
        return origin;
    }

    public PyTuple args() {
        return args;
    }

    @Override
    public PyType getType() {
        return subclass != null ? subclass : TYPE.get();
    }
}
