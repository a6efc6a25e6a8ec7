package org.jyston.unwind.linked.impl;

import org.jyston.api.UnwinderStrategy;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.TracebackRecorder;
import org.osgi.service.component.annotations.Component;

/**
 * The linked unwinder: as the exception leaves each frame, one {@link PyTraceback} node is linked in
 * front of its chain, so {@code __traceback__} is always ready and costs nothing to read. One small
 * allocation per frame crossed; nothing is kept per compiled function. Ranked below the deferred
 * strategy, so it is active only when chosen ({@code -Djyston.unwinder=linked}) or alone.
 */
@Component(service = UnwinderStrategy.class,
        property = {UnwinderStrategy.PROPERTY + "=" + LinkedUnwinder.NAME, "service.ranking:Integer=0"})
public class LinkedUnwinder implements UnwinderStrategy {
    static final String NAME = "linked";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TracebackRecorder newRecorder() {
        return new Recorder();
    }

    /** The chain itself is the record. */
    static final class Recorder implements TracebackRecorder {
        private PyTraceback head;
        private int size;

        @Override
        public void push(Object frame, CodeInfo code, Pos pos) {
            head = PyTraceback.of(frame, code, pos, head);
            size++;
        }

        @Override
        public PyTraceback build() {
            return head;
        }

        @Override
        public void reset(PyTraceback tail) {
            head = tail;
            size = 0;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
