package org.jyston.compiler.impl;


/** Truth tests of conditions; a {@code bool} result skips the protocol. */
final class Truth {
    private Truth() {}

    static boolean test(ExprNode n, Frame f) {
        return n.test(f);
    }
}
