package org.jyston.runtime.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.layout.Layouts;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Keeps the kernel's active {@link LayoutStrategy} ({@link Layouts}) in step with the layout
 * services, as the exception manager does for unwinder strategies: the strategy whose
 * {@value LayoutStrategy#PROPERTY} service property equals the component property or, failing that,
 * the framework (or system) property {@value LayoutStrategy#PROPERTY}, if registered; otherwise the
 * highest-ranked (lowest service id on a tie); with none, the kernel's dict layout. Recomputed only
 * when strategies come or go; classes read it once, when they are created.
 */
@Component(service = LayoutTable.class, immediate = true)
public class LayoutTable {

    /** A registered strategy with the service properties that rank it. */
    record Candidate(LayoutStrategy strategy, String name, int ranking, long serviceId) {}

    private volatile List<Candidate> candidates = List.of();
    private volatile String preferred = System.getProperty(LayoutStrategy.PROPERTY);

    @Activate
    void activate(BundleContext context, Map<String, Object> props) {
        String fromFramework = context == null ? null : context.getProperty(LayoutStrategy.PROPERTY);
        configure(props, fromFramework);
    }

    @Modified
    void modified(BundleContext context, Map<String, Object> props) {
        activate(context, props);
    }

    @Deactivate
    synchronized void deactivate() {
        Layouts.activate(null);
    }

    private synchronized void configure(Map<String, Object> props, String fromFramework) {
        Object own = props == null ? null : props.get(LayoutStrategy.PROPERTY);
        preferred = own != null ? own.toString() : fromFramework;
        choose();
    }

    /** Chooses a strategy by name (null: by ranking) for classes created from now on. */
    public synchronized void prefer(String name) {
        preferred = name;
        choose();
    }

    @Reference(service = LayoutStrategy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindStrategy(LayoutStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.add(candidate(s, props));
        candidates = List.copyOf(next);
        choose();
    }

    synchronized void unbindStrategy(LayoutStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.removeIf(c -> c.strategy == s);
        candidates = List.copyOf(next);
        choose();
    }

    synchronized void updatedStrategy(LayoutStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.replaceAll(c -> c.strategy == s ? candidate(s, props) : c);
        candidates = List.copyOf(next);
        choose();
    }

    private static Candidate candidate(LayoutStrategy s, Map<String, Object> props) {
        Object name = props == null ? null : props.get(LayoutStrategy.PROPERTY);
        Object rank = props == null ? null : props.get(Constants.SERVICE_RANKING);
        Object id = props == null ? null : props.get(Constants.SERVICE_ID);
        return new Candidate(s, name != null ? name.toString() : s.name(),
                rank instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE);
    }

    private void choose() {
        Candidate best = null;
        String want = preferred;
        for (Candidate c : candidates) {
            if (want != null && want.equals(c.name)) {
                Layouts.activate(c.strategy);
                return;
            }
            if (best == null || c.ranking > best.ranking
                    || (c.ranking == best.ranking && c.serviceId < best.serviceId)) {
                best = c;
            }
        }
        Layouts.activate(best == null ? null : best.strategy);
    }

    /** The strategy classes created now record. */
    public LayoutStrategy active() {
        return Layouts.active();
    }
}
