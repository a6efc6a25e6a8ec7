package org.jyston.api.layout;

import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;

/**
 * The kernel's record of the active {@link LayoutStrategy}, kept in step with the services by the
 * runtime (which chooses among them when they come and go, never per operation). Without any
 * strategy, for instance in plain unit tests, classes use the dict-backed layout built into the
 * kernel.
 */
public final class Layouts {
    private Layouts() {}

    /** The layout used when no strategy is registered: every instance carries a dictionary. */
    public static final LayoutStrategy FALLBACK = new LayoutStrategy() {
        @Override
        public String name() {
            return "dict";
        }

        @Override
        public PyInstance newInstance(PyType type) {
            return new DictInstance(type);
        }

        @Override
        public String toString() {
            return "kernel dict layout";
        }
    };

    private static volatile LayoutStrategy active = FALLBACK;

    /** The strategy classes created from now on record. */
    public static LayoutStrategy active() {
        return active;
    }

    /** Makes {@code s} (null: the fallback) the strategy for classes created from now on. */
    public static void activate(LayoutStrategy s) {
        active = s == null ? FALLBACK : s;
    }
}
