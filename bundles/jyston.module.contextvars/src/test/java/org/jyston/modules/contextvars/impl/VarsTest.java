package org.jyston.modules.contextvars.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The copy-on-write table behind a context: old mappings never change, lookups find what was set. */
class VarsTest {

    @Test
    void setMakesANewMappingAndLeavesTheOldOne() {
        PyContextVar a = new PyContextVar("a", null);
        PyContextVar b = new PyContextVar("b", null);
        Vars one = Vars.EMPTY.with(a, "x");
        Vars two = one.with(b, "y").with(a, "z");
        assertThat(Vars.EMPTY.get(a)).isNull();
        assertThat(one.get(a)).isEqualTo("x");
        assertThat(one.get(b)).isNull();
        assertThat(one.size()).isEqualTo(1);
        assertThat(two.get(a)).isEqualTo("z");
        assertThat(two.get(b)).isEqualTo("y");
        assertThat(two.size()).isEqualTo(2);
        Vars three = two.without(a);
        assertThat(three.get(a)).isNull();
        assertThat(three.get(b)).isEqualTo("y");
        assertThat(three.size()).isEqualTo(1);
        assertThat(three.without(a)).isSameAs(three);
    }

    @Test
    void growsAndRemovesWithoutLosingEntries() {
        List<PyContextVar> vars = new ArrayList<>();
        Vars m = Vars.EMPTY;
        for (int i = 0; i < 200; i++) {
            PyContextVar v = new PyContextVar("v" + i, null);
            vars.add(v);
            m = m.with(v, (long) i);
        }
        assertThat(m.size()).isEqualTo(200);
        for (int i = 0; i < 200; i += 2) {
            m = m.without(vars.get(i));
        }
        assertThat(m.size()).isEqualTo(100);
        for (int i = 0; i < 200; i++) {
            assertThat(m.get(vars.get(i))).isEqualTo(i % 2 == 0 ? null : (Object) (long) i);
        }
        assertThat(m.keys()).hasSize(100).doesNotContainNull();
        assertThat(m.values()).hasSize(100).doesNotContainNull();
    }

    @Test
    void eachThreadStartsWithAnEmptyContext() throws InterruptedException {
        PyContextVar a = new PyContextVar("a", null);
        PyContext main = Contexts.current();
        main.vars = main.vars.with(a, "main");
        Object[] seen = new Object[2];
        Thread t = new Thread(() -> {
            seen[0] = Contexts.current().vars.get(a);
            seen[1] = Contexts.current() == main;
        });
        t.start();
        t.join();
        assertThat(seen[0]).isNull();
        assertThat(seen[1]).isEqualTo(false);
        assertThat(Contexts.current()).isSameAs(main);
        main.vars = main.vars.without(a);
    }

    @Test
    void aContextIsEnteredOnceAtATime() {
        PyContext outer = Contexts.current();
        PyContext ctx = new PyContext(Vars.EMPTY);
        assertThat(Contexts.enter(ctx)).isTrue();
        assertThat(Contexts.current()).isSameAs(ctx);
        assertThat(Contexts.enter(ctx)).isFalse();
        Contexts.exit(ctx);
        assertThat(Contexts.current()).isSameAs(outer);
        assertThat(Contexts.enter(ctx)).isTrue();
        Contexts.exit(ctx);
    }
}
