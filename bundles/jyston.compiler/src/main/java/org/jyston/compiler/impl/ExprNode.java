package org.jyston.compiler.impl;

/** A tier 0 expression: evaluates itself in a frame. */
abstract class ExprNode {
    abstract Object eval(Frame f);

    /**
     * The truth of the value, for conditions. Boolean operators and {@code not} override it to
     * branch, so each operand's {@code __bool__} runs at most once, as in CPython's jumps.
     */
    boolean test(Frame f) {
        Object v = eval(f);
        return v instanceof Boolean b ? b : org.jyston.api.object.Op.isTrue(v);
    }
}
