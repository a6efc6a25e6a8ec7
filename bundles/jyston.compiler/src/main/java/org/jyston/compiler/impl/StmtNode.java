package org.jyston.compiler.impl;

/**
 * A tier 0 statement. {@link #exec} returns how control leaves it: normally, or by {@code break},
 * {@code continue} or {@code return} (the value then waits in the frame). Signals instead of
 * exceptions keep loops and returns free of throw/catch.
 */
abstract class StmtNode {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    /** A generator suspended at a yield inside this statement; its state is in the frame's slots. */
    static final int YIELD = 4;

    /** The statement's first line: {@link #block} stores it in the frame ({@code f_lineno}) before running it. */
    int line;

    abstract int exec(Frame f);

    /** Runs a block; stops at the first statement that does not complete normally. */
    static int block(StmtNode[] body, Frame f) {
        for (StmtNode s : body) {
            f.line = s.line;
            int r = s.exec(f);
            if (r != NORMAL) {
                return r;
            }
        }
        return NORMAL;
    }
}
