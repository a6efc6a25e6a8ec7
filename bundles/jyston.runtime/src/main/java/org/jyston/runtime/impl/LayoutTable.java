package org.jyston.runtime.impl;

import java.util.List;
import java.util.Map;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.layout.Layouts;
import org.osgi.framework.BundleContext;
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


    private final org.jyston.api.StrategyChoice<LayoutStrategy> choice =
            new org.jyston.api.StrategyChoice<>(LayoutStrategy.PROPERTY, LayoutStrategy::name, Layouts::activate);

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

    private void configure(Map<String, Object> props, String fromFramework) {
        choice.configure(props, fromFramework);
    }

    /** Chooses a strategy by name (null: by ranking) for classes created from now on. */
    public void prefer(String name) {
        choice.prefer(name);
    }

    @Reference(service = LayoutStrategy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindStrategy(LayoutStrategy s, Map<String, Object> props) {
        choice.add(s, props);
    }

    void unbindStrategy(LayoutStrategy s, Map<String, Object> props) {
        choice.remove(s);
    }

    void updatedStrategy(LayoutStrategy s, Map<String, Object> props) {
        choice.update(s, props);
    }



    /** The strategy classes created now record. */
    public LayoutStrategy active() {
        return Layouts.active();
    }
}
