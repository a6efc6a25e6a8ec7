package org.jyston.api.object;

/**
 * A Python object that is called directly rather than through its type's {@code __call__} slot
 * (functions, builtin functions, bound methods): calls to it skip a slot lookup.
 */
public interface PyCallable extends PyObject {
    /** Positional values then keyword values; {@code kwnames} names the last ones, or is null. */
    Object call(Object[] args, String[] kwnames);
}
