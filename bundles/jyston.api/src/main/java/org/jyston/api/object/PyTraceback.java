package org.jyston.api.object;

import org.jyston.api.ast.Pos;

/**
 * One entry of a traceback: where in which code the exception passed, and the frame it passed
 * ({@code tb_frame}; null when the entry was made without one). The head of the chain is the
 * outermost frame; {@link #next()} leads towards the raise.
 *
 * <p>Everything but {@code next} is fixed: Python code may relink a chain ({@code tb.tb_next = x},
 * which unittest uses to cut off its own frames), so the link is a field, not a record component.
 * Identity is the object's: two entries are never equal because they hold equal values.
 */
public final class PyTraceback {
    private final FrameView frame;
    private final CodeInfo code;
    private final Pos pos;
    private PyTraceback next;
    /** {@code tb_lasti} given to {@code TracebackType(...)}; {@link #NO_LASTI} when derived from {@link #pos}. */
    private final int lasti;

    /** {@link #lasti()} of an entry recorded by an unwinder: the offset is the code's for {@link #pos}. */
    public static final int NO_LASTI = Integer.MIN_VALUE;

    public PyTraceback(FrameView frame, CodeInfo code, Pos pos, PyTraceback next) {
        this(frame, code, pos, next, NO_LASTI);
    }

    /** An entry made by Python code ({@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}). */
    public PyTraceback(FrameView frame, CodeInfo code, Pos pos, PyTraceback next, int lasti) {
        this.frame = frame;
        this.code = code;
        this.pos = pos;
        this.next = next;
        this.lasti = lasti;
    }

    /** An entry without a frame. */
    public PyTraceback(CodeInfo code, Pos pos, PyTraceback next) {
        this(null, code, pos, next);
    }

    /** An entry for {@code frame} if it is a frame Python code can see, else without one. */
    public static PyTraceback of(Object frame, CodeInfo code, Pos pos, PyTraceback next) {
        return new PyTraceback(frame instanceof FrameView f ? f : null, code, pos, next);
    }

    public FrameView frame() {
        return frame;
    }

    public CodeInfo code() {
        return code;
    }

    public Pos pos() {
        return pos;
    }

    public PyTraceback next() {
        return next;
    }

    /**
     * Relinks this entry ({@code tb_next = next}); the caller has checked that no loop results
     * ({@link #wouldLoop}).
     */
    public void setNext(PyTraceback next) {
        this.next = next;
    }

    /** Whether making {@code next} follow this entry would make the chain reach this entry again. */
    public boolean wouldLoop(PyTraceback next) {
        for (PyTraceback t = next; t != null; t = t.next) {
            if (t == this) {
                return true;
            }
        }
        return false;
    }

    /** The {@code tb_lasti} Python code gave, or {@link #NO_LASTI}. */
    public int lasti() {
        return lasti;
    }

    public int lineno() {
        return pos == null ? -1 : pos.lineno();
    }

    @Override
    public String toString() {
        return "PyTraceback[" + (code == null ? "?" : code.name()) + ":" + lineno() + "]";
    }
}
