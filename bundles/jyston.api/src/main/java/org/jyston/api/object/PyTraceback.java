package org.jyston.api.object;

import org.jyston.api.ast.Pos;

/**
 * One entry of a traceback: where in which code the exception passed, and the frame it passed
 * ({@code tb_frame}; null when the entry was made without one). The head of the chain is the
 * outermost frame; {@link #next()} leads towards the raise.
 */
public record PyTraceback(FrameView frame, CodeInfo code, Pos pos, PyTraceback next) {

    /** An entry without a frame. */
    public PyTraceback(CodeInfo code, Pos pos, PyTraceback next) {
        this(null, code, pos, next);
    }

    /** An entry for {@code frame} if it is a frame Python code can see, else without one. */
    public static PyTraceback of(Object frame, CodeInfo code, Pos pos, PyTraceback next) {
        return new PyTraceback(frame instanceof FrameView f ? f : null, code, pos, next);
    }

    public int lineno() {
        return pos == null ? -1 : pos.lineno();
    }
}
