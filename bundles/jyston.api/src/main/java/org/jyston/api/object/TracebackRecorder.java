package org.jyston.api.object;

import org.jyston.api.ast.Pos;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The record of the frames one exception passed, kept by an {@link org.jyston.api.UnwinderStrategy}'s
 * own representation. The exception object owns its recorder ({@link PyBaseException#setRecorder});
 * entries arrive innermost first, as the exception leaves frames, and {@link #build()} gives the
 * traceback chain as CPython has it: head = the last frame pushed (the outermost), {@code next()}
 * towards the raise, ending with the chain given to {@link #reset}.
 *
 * <p>A recorder is used by one exception; it is not required to be thread-safe.
 */
@ConsumerType
public interface TracebackRecorder {

    /** The exception passed {@code frame}, running {@code code}, failing at {@code pos}. */
    void push(Object frame, CodeInfo code, Pos pos);

    /**
     * The traceback chain: an entry per push, most recent first, followed by the reset chain; null if
     * there is nothing. Calling it again with no push in between gives the same chain.
     */
    PyTraceback build();

    /** Forgets every entry: the chain becomes {@code tail} (may be null), as {@code with_traceback} does. */
    void reset(PyTraceback tail);

    /** The number of entries pushed since the last {@link #reset}. */
    int size();
}
