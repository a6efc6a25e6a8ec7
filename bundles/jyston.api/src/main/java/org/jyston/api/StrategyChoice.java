package org.jyston.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Which of several registered strategy services is active: the one whose name (its service
 * property {@code property}, else its own name) equals the preferred name, else the highest
 * {@code service.ranking}, ties to the lowest {@code service.id}. The preferred name comes from the
 * component's configuration, else the framework property, else the system property. Every change
 * (a service bound, unbound or modified, a new preference) calls {@code onChoice} with the choice
 * (null when none is registered). Shared by the unwinder and layout tables.
 */
public final class StrategyChoice<T> {
    private record Candidate<T>(T strategy, String name, int ranking, long serviceId) {}

    private final String property;
    private final Function<T, String> ownName;
    private final Consumer<T> onChoice;
    private volatile List<Candidate<T>> candidates = List.of();
    private volatile String preferred;

    public StrategyChoice(String property, Function<T, String> ownName, Consumer<T> onChoice) {
        this.property = property;
        this.ownName = ownName;
        this.onChoice = onChoice;
        this.preferred = System.getProperty(property);
    }

    /** The component's configuration ({@code props}) names a strategy, else the framework's property. */
    public synchronized void configure(Map<String, Object> props, String fromFramework) {
        Object own = props == null ? null : props.get(property);
        preferred = own != null ? own.toString() : fromFramework;
        choose();
    }

    /** Chooses by name (null: by ranking) from now on. */
    public synchronized void prefer(String name) {
        preferred = name;
        choose();
    }

    public synchronized void add(T s, Map<String, Object> props) {
        List<Candidate<T>> next = new ArrayList<>(candidates);
        next.add(candidate(s, props));
        candidates = List.copyOf(next);
        choose();
    }

    public synchronized void remove(T s) {
        List<Candidate<T>> next = new ArrayList<>(candidates);
        next.removeIf(c -> c.strategy == s);
        candidates = List.copyOf(next);
        choose();
    }

    public synchronized void update(T s, Map<String, Object> props) {
        List<Candidate<T>> next = new ArrayList<>(candidates);
        next.replaceAll(c -> c.strategy == s ? candidate(s, props) : c);
        candidates = List.copyOf(next);
        choose();
    }

    private Candidate<T> candidate(T s, Map<String, Object> props) {
        Object name = props == null ? null : props.get(property);
        Object rank = props == null ? null : props.get("service.ranking");
        Object id = props == null ? null : props.get("service.id");
        return new Candidate<>(s, name != null ? name.toString() : ownName.apply(s),
                rank instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE);
    }

    private void choose() {
        Candidate<T> best = null;
        String want = preferred;
        for (Candidate<T> c : candidates) {
            if (want != null && want.equals(c.name)) {
                onChoice.accept(c.strategy);
                return;
            }
            if (best == null || c.ranking > best.ranking
                    || (c.ranking == best.ranking && c.serviceId < best.serviceId)) {
                best = c;
            }
        }
        onChoice.accept(best == null ? null : best.strategy);
    }
}
