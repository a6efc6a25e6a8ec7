package org.jyston.unwind.deferred.impl;

import java.util.Arrays;
import org.jyston.api.UnwinderStrategy;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.TracebackRecorder;
import org.osgi.service.component.annotations.Component;

/**
 * The deferred unwinder: as the exception leaves each frame, (frame, code, position) is appended to
 * a compact growable array owned by the exception's recorder; {@link PyTraceback} objects are made
 * only when the traceback is first asked for ({@code __traceback__}, printing), and then only for
 * entries not built before. An exception that is caught and dropped never allocates a traceback
 * node: a raise through F frames costs one recorder and one array (grown by doubling), however many
 * frames. The default strategy (ranking 10, above {@code linked}'s 0).
 */
@Component(service = UnwinderStrategy.class,
        property = {UnwinderStrategy.PROPERTY + "=" + DeferredUnwinder.NAME, "service.ranking:Integer=10"})
public class DeferredUnwinder implements UnwinderStrategy {
    static final String NAME = "deferred";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TracebackRecorder newRecorder() {
        return new Recorder();
    }

    /** Entries as triples (frame, code, pos) in one array, innermost first. */
    static final class Recorder implements TracebackRecorder {
        private static final int STRIDE = 3;
        private static final int FIRST = 4; // entries in the first array
        private static final Object[] EMPTY = {};

        private Object[] entries = EMPTY;
        private int size;
        /** Entries [0, built) are already linked into {@link #head}. */
        private int built;
        /** The chain built so far: entries [0, built) on top of the reset tail. */
        private PyTraceback head;

        @Override
        public void push(Object frame, CodeInfo code, Pos pos) {
            int i = size * STRIDE;
            Object[] a = entries;
            if (i == a.length) {
                entries = a = Arrays.copyOf(a, a.length == 0 ? FIRST * STRIDE : a.length * 2);
            }
            a[i] = frame;
            a[i + 1] = code;
            a[i + 2] = pos;
            size = size + 1;
        }

        @Override
        public PyTraceback build() {
            PyTraceback h = head;
            Object[] a = entries;
            for (int k = built; k < size; k++) {
                h = PyTraceback.of(a[k * STRIDE], (CodeInfo) a[k * STRIDE + 1], (Pos) a[k * STRIDE + 2], h);
            }
            built = size;
            head = h;
            return h;
        }

        @Override
        public void reset(PyTraceback tail) {
            Arrays.fill(entries, 0, size * STRIDE, null);
            size = 0;
            built = 0;
            head = tail;
        }

        @Override
        public int size() {
            return size;
        }

        /** The frame of entry {@code i} (0 = innermost). */
        Object frame(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return entries[i * STRIDE];
        }

        /** Whether any traceback node has been made (for tests: caught-and-dropped makes none). */
        boolean hasBuilt() {
            return built > 0;
        }
    }
}
