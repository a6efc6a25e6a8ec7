package org.jyston.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TracebackRecorder;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.api.UnwinderStrategy;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnwinderStrategy} must do with its recorders, whatever its way of keeping the
 * frames: each strategy's test extends this and names its strategy.
 */
public abstract class UnwinderContract {
    protected static final CodeInfo INNER = new CodeInfo("f.py", "inner");
    protected static final CodeInfo MIDDLE = new CodeInfo("f.py", "middle");
    protected static final CodeInfo OUTER = new CodeInfo("f.py", "<module>");

    protected static List<String> names(PyTraceback tb) {
        List<String> out = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next()) {
            out.add(t.code().name() + ":" + t.lineno());
        }
        return out;
    }

    protected final UnwinderStrategy strategy = strategy();

    /** A fresh instance of the strategy under test. */
    protected abstract UnwinderStrategy strategy();

    /** The name the strategy is configured by. */
    protected abstract String expectedName();

    @Test
    public void namesItself() {
        assertThat(strategy.name()).isEqualTo(expectedName());
    }

    @Test
    public void buildsTheChainOutermostFirst() {
        TracebackRecorder r = strategy.newRecorder();
        assertThat(r.build()).isNull();
        r.push("f1", INNER, new Pos(3, 4, 3, 9));
        r.push("f2", MIDDLE, new Pos(6, 4, 6, 11));
        r.push("f3", OUTER, new Pos(9, 0, 9, 7));
        assertThat(r.size()).isEqualTo(3);
        assertThat(names(r.build())).containsExactly("<module>:9", "middle:6", "inner:3");
        assertThat(r.build()).isSameAs(r.build());
    }

    @Test
    public void pushesAfterABuildGoInFrontOfIt() {
        TracebackRecorder r = strategy.newRecorder();
        r.push("f1", INNER, new Pos(3, 4, 3, 9));
        PyTraceback first = r.build();
        r.push("f2", MIDDLE, new Pos(6, 4, 6, 11));
        PyTraceback second = r.build();
        assertThat(second.next()).isSameAs(first);
        assertThat(names(second)).containsExactly("middle:6", "inner:3");
    }

    @Test
    public void resetReplacesEverythingWithTheTail() {
        TracebackRecorder r = strategy.newRecorder();
        r.push("f1", INNER, new Pos(3, 4, 3, 9));
        PyTraceback tail = new PyTraceback(OUTER, new Pos(1, 0, 1, 1), null);
        r.reset(tail);
        assertThat(r.size()).isZero();
        assertThat(r.build()).isSameAs(tail);
        r.push("f2", MIDDLE, new Pos(6, 4, 6, 11));
        assertThat(names(r.build())).containsExactly("middle:6", "<module>:1");
        r.reset(null);
        assertThat(r.build()).isNull();
    }

    @Test
    public void manyFramesGrowTheRecord() {
        TracebackRecorder r = strategy.newRecorder();
        for (int i = 1; i <= 1000; i++) {
            r.push(i, INNER, new Pos(i, 0, i, 1));
        }
        assertThat(r.size()).isEqualTo(1000);
        List<String> n = names(r.build());
        assertThat(n).hasSize(1000);
        assertThat(n.get(0)).isEqualTo("inner:1000");
        assertThat(n.get(999)).isEqualTo("inner:1");
    }

    @Test
    public void anExceptionWithThisRecorderReportsItsTraceback() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
        String name = "E" + expectedName();
        PyType t = TypeRegistry.byName(name) != null ? TypeRegistry.byName(name) : TypeRegistry.register(new TypeSpec(name));
        PyBaseException e = new PyBaseException(t);
        e.pushTraceback(INNER, new Pos(3, 4, 3, 9)); // before the recorder: kept as the tail
        e.setRecorder(strategy.newRecorder());
        e.pushTraceback("f2", MIDDLE, new Pos(6, 4, 6, 11));
        assertThat(names(e.getTraceback())).containsExactly("middle:6", "inner:3");
        e.pushTraceback("f3", OUTER, new Pos(9, 0, 9, 7));
        assertThat(names(e.getTraceback())).containsExactly("<module>:9", "middle:6", "inner:3");
        e.setTraceback(null);
        assertThat(e.getTraceback()).isNull();
        e.pushTraceback("f3", OUTER, new Pos(10, 0, 10, 7));
        assertThat(names(e.getTraceback())).containsExactly("<module>:10");
    }
}
