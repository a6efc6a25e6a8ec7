package org.jyston.layout.dict.impl;

import org.jyston.api.layout.DictInstance;
import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;

/**
 * The dict-backed layout: every instance carries its {@code __dict__} from birth, as CPython 3.10
 * did, so {@code __dict__} is exact with no conversions and every attribute access is a dictionary
 * operation. It is the kernel's own fallback layout ({@link DictInstance}) made selectable as a
 * service; ranked below the shape layout, it is active when chosen ({@code -Djyston.layout=dict}) or
 * alone.
 */
@Component(service = LayoutStrategy.class,
        property = {LayoutStrategy.PROPERTY + "=" + DictLayout.NAME, "service.ranking:Integer=0"})
public class DictLayout implements LayoutStrategy {
    static final String NAME = "dict";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PyInstance newInstance(PyType type) {
        return new DictInstance(type);
    }
}
