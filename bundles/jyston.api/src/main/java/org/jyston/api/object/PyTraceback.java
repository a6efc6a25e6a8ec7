package org.jyston.api.object;

import org.jyston.api.ast.Pos;

/**
 * One entry of a traceback: where in which code the exception passed. The head of the chain is the
 * outermost frame; {@link #next()} leads towards the raise.
 */
public record PyTraceback(CodeInfo code, Pos pos, PyTraceback next) {

    public int lineno() {
        return pos == null ? -1 : pos.lineno();
    }
}
