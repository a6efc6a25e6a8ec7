package org.jyston.runtime.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jyston.api.layout.DictInstance;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.layout.Layouts;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class LayoutTableTest {

    record Named(String name) implements LayoutStrategy {
        @Override
        public PyInstance newInstance(PyType type) {
            return new DictInstance(type);
        }
    }

    private static Map<String, Object> props(String name, int ranking, long id) {
        Map<String, Object> p = new HashMap<>();
        p.put(LayoutStrategy.PROPERTY, name);
        p.put(Constants.SERVICE_RANKING, ranking);
        p.put(Constants.SERVICE_ID, id);
        return p;
    }

    @AfterEach
    void reset() {
        Layouts.activate(null);
    }

    @Test
    void theHighestRankedStrategyIsActiveAndTheFallbackWhenNoneIsLeft() {
        LayoutTable table = new LayoutTable();
        table.activate(null, Map.of());
        assertThat(table.active()).isSameAs(Layouts.FALLBACK);
        Named dict = new Named("dict");
        Named shape = new Named("shape");
        table.bindStrategy(dict, props("dict", 0, 1));
        assertThat(table.active()).isSameAs(dict);
        table.bindStrategy(shape, props("shape", 10, 2));
        assertThat(table.active()).isSameAs(shape);
        table.unbindStrategy(shape, props("shape", 10, 2));
        assertThat(table.active()).isSameAs(dict);
        table.unbindStrategy(dict, props("dict", 0, 1));
        assertThat(table.active()).isSameAs(Layouts.FALLBACK);
    }

    @Test
    void aNamedStrategyWinsOverRankingWhileItIsRegistered() {
        LayoutTable table = new LayoutTable();
        table.activate(null, Map.of(LayoutStrategy.PROPERTY, "dict"));
        Named dict = new Named("dict");
        Named shape = new Named("shape");
        table.bindStrategy(shape, props("shape", 10, 2));
        assertThat(table.active()).isSameAs(shape);
        table.bindStrategy(dict, props("dict", 0, 1));
        assertThat(table.active()).isSameAs(dict);
        table.prefer(null);
        assertThat(table.active()).isSameAs(shape);
    }
}
