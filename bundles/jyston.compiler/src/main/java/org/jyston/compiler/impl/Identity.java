package org.jyston.compiler.impl;

/**
 * The {@code is} operator. Values that Jyston represents by Java boxes ({@code int}, {@code float},
 * {@code bool}) are compared by value, because two boxes of one small int are one object in CPython;
 * everything else by reference.
 */
final class Identity {
    private Identity() {}

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return false;
    }
}
