package org.jyston.exceptions.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jyston.api.UnwinderStrategy;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TracebackRecorder;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultExceptionManagerTest {
    private static PyType errorType;
    private static final CodeInfo F = new CodeInfo("m.py", "f");
    private static final CodeInfo MOD = new CodeInfo("m.py", "<module>");

    @BeforeAll
    static void types() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
        errorType = TypeRegistry.byName("ManagerTestError");
        if (errorType == null) {
            errorType = TypeRegistry.register(new TypeSpec("ManagerTestError").flag(TypeSpec.Flag.EXCEPTION));
        }
    }

    /** A strategy that counts its recorders; entries are linked as a plain chain. */
    static final class Counting implements UnwinderStrategy {
        final String name;
        final List<Rec> made = new ArrayList<>();

        Counting(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TracebackRecorder newRecorder() {
            Rec r = new Rec();
            made.add(r);
            return r;
        }

        static final class Rec implements TracebackRecorder {
            PyTraceback head;
            int size;

            @Override
            public void push(Object frame, CodeInfo code, Pos pos) {
                head = new PyTraceback(code, pos, head);
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

    private static Map<String, Object> props(String name, int ranking, long id) {
        return Map.of(UnwinderStrategy.PROPERTY, name, "service.ranking", ranking, "service.id", id);
    }

    private static PyException fresh() {
        return new PyException(new PyBaseException(errorType, "boom"));
    }

    private static List<String> entries(PyBaseException e) {
        List<String> out = new ArrayList<>();
        for (PyTraceback t = e.getTraceback(); t != null; t = t.next()) {
            out.add(t.code().name() + ":" + t.lineno());
        }
        return out;
    }

    @Test
    void chainingOntoAContextCycleEndsAndKeepsTheCycle() {
        PyBaseException handled = new PyBaseException(errorType, "1");
        handled.setContext(handled); // ex.__context__ = ex, then raise in its handler
        PyBaseException raised = new PyBaseException(errorType, "2");
        DefaultExceptionManager.chain(raised, handled);
        assertThat(raised.getContext()).isSameAs(handled);
        assertThat(handled.getContext()).isSameAs(handled);
    }

    @Test
    void chainingBreaksTheCycleItWouldClose() {
        PyBaseException a = new PyBaseException(errorType, "a");
        PyBaseException b = new PyBaseException(errorType, "b");
        b.setContext(a);
        DefaultExceptionManager.chain(a, b); // raising a while handling b, whose context is a
        assertThat(a.getContext()).isSameAs(b);
        assertThat(b.getContext()).isNull();
    }

    @Test
    void withoutStrategiesFramesAreLinkedPlainly() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        m.prefer(null);
        PyException e = fresh();
        Object inner = new Object();
        Object outer = new Object();
        m.recordFrame(e, inner, F, new Pos(2, 4, 2, 9));
        m.recordFrame(e, inner, F, new Pos(2, 4, 2, 9)); // caught and leaving: one entry
        m.recordFrame(e, outer, MOD, new Pos(5, 0, 5, 3));
        assertThat(e.value().getRecorder()).isNull();
        assertThat(entries(e.value())).containsExactly("<module>:5", "f:2");
    }

    @Test
    void theHighestRankedStrategyIsActiveUnlessOneIsNamed() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        m.prefer(null);
        Counting a = new Counting("a");
        Counting b = new Counting("b");
        m.bindStrategy(a, props("a", 0, 1));
        m.bindStrategy(b, props("b", 10, 2));
        assertThat(m.activeStrategy()).isSameAs(b);
        m.prefer("a");
        assertThat(m.activeStrategy()).isSameAs(a);
        m.prefer("absent");
        assertThat(m.activeStrategy()).isSameAs(b);
        m.unbindStrategy(b, props("b", 10, 2));
        assertThat(m.activeStrategy()).isSameAs(a);
        m.unbindStrategy(a, props("a", 0, 1));
        assertThat(m.activeStrategy()).isNull();
    }

    @Test
    void configurationNamesTheStrategy() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        Counting a = new Counting("a");
        Counting b = new Counting("b");
        m.bindStrategy(a, props("a", 0, 1));
        m.bindStrategy(b, props("b", 10, 2));
        m.activate(null, Map.of(UnwinderStrategy.PROPERTY, "a"));
        assertThat(m.activeStrategy()).isSameAs(a);
        m.modified(null, Map.of());
        assertThat(m.activeStrategy()).isSameAs(b);
    }

    @Test
    void anExceptionFinishesUnderTheStrategyItStartedWith() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        m.prefer(null);
        Counting a = new Counting("a");
        Counting b = new Counting("b");
        m.bindStrategy(a, props("a", 10, 1));
        PyException first = fresh();
        m.recordFrame(first, new Object(), F, new Pos(2, 4, 2, 9));
        m.bindStrategy(b, props("b", 20, 2)); // swapped while first is in flight
        m.recordFrame(first, new Object(), MOD, new Pos(5, 0, 5, 3));
        PyException second = fresh();
        m.recordFrame(second, new Object(), F, new Pos(3, 4, 3, 9));
        m.unbindStrategy(a, props("a", 10, 1)); // gone; first still completes with its recorder
        m.recordFrame(first, new Object(), MOD, new Pos(7, 0, 7, 3));
        assertThat(a.made).hasSize(1);
        assertThat(b.made).hasSize(1);
        assertThat(first.value().getRecorder()).isSameAs(a.made.get(0));
        assertThat(second.value().getRecorder()).isSameAs(b.made.get(0));
        assertThat(entries(first.value())).containsExactly("<module>:7", "<module>:5", "f:2");
        assertThat(entries(second.value())).containsExactly("f:3");
    }

    @Test
    void aTracebackSetBeforeTheFirstFrameIsKept() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        m.prefer(null);
        m.bindStrategy(new Counting("a"), props("a", 0, 1));
        PyException e = fresh();
        e.value().setTraceback(new PyTraceback(MOD, new Pos(1, 0, 1, 1), null));
        m.recordFrame(e, new Object(), F, new Pos(2, 4, 2, 9));
        assertThat(entries(e.value())).containsExactly("f:2", "<module>:1");
    }

    @Test
    void aNewRaiseOfTheSameObjectAddsTheFrameAgain() {
        DefaultExceptionManager m = new DefaultExceptionManager();
        m.prefer(null);
        m.bindStrategy(new Counting("a"), props("a", 0, 1));
        PyException e = fresh();
        Object frame = new Object();
        m.recordFrame(e, frame, F, new Pos(2, 4, 2, 9));
        PyException again = m.raise(e.value(), null, null);
        m.recordFrame(again, frame, F, new Pos(3, 4, 3, 9));
        assertThat(entries(e.value())).containsExactly("f:3", "f:2");
    }
}
