package org.jyston.api.layout;

import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way of laying out the attributes of instances of classes made by Python code. Each strategy is a
 * service from its own bundle, registered with the property {@value #PROPERTY} naming it (e.g.
 * {@code dict}, {@code shape}) and a {@code service.ranking}. The runtime picks the active one: the
 * strategy named by the framework (or system) property {@value #PROPERTY} if it is registered,
 * otherwise the highest-ranked. A class records the strategy active when it is created and asks it
 * for every instance it makes, so a swap affects only classes created afterwards; instances of both
 * kinds work side by side, because everything that reads attributes goes through the
 * {@link PyInstance} protocol.
 */
@ConsumerType
public interface LayoutStrategy {

    /** The service property (and framework property) that names a strategy. */
    String PROPERTY = "jyston.layout";

    /** The strategy's name, as in its {@value #PROPERTY} service property. */
    String name();

    /** A new instance of {@code type} (a heap type whose solid base is {@code object}), with no attributes. */
    PyInstance newInstance(PyType type);
}
