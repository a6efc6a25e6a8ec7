package org.jyston.compiler.impl;

/** A tier 0 expression: evaluates itself in a frame. */
abstract class ExprNode {
    abstract Object eval(Frame f);
}
