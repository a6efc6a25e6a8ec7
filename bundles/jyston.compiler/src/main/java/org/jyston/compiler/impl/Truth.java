package org.jyston.compiler.impl;

import org.jyston.api.object.Op;

/** Truth tests of conditions; a {@code bool} result skips the protocol. */
final class Truth {
    private Truth() {}

    static boolean test(ExprNode n, Frame f) {
        Object v = n.eval(f);
        return v instanceof Boolean b ? b : Op.isTrue(v);
    }
}
