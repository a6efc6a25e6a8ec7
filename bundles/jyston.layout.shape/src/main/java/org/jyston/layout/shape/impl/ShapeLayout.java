package org.jyston.layout.shape.impl;

import org.jyston.api.layout.LayoutStrategy;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;

/**
 * The shape layout (hidden classes): an instance holds its attribute values in inline fields and a
 * small overflow array, and a {@link Shape} shared by all instances that gained the same names in the
 * same order says which name is where. {@code __dict__} is made only when code asks for it, after
 * which that instance is dict-backed. Ranked above the dict layout, so it is the default.
 */
@Component(service = LayoutStrategy.class,
        property = {LayoutStrategy.PROPERTY + "=" + ShapeLayout.NAME, "service.ranking:Integer=10"})
public class ShapeLayout implements LayoutStrategy {
    static final String NAME = "shape";

    /** The empty shape every instance of this strategy starts from; shapes are shared across classes. */
    private final Shape root = Shape.root();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PyInstance newInstance(PyType type) {
        return new ShapeInstance(type, root);
    }
}
