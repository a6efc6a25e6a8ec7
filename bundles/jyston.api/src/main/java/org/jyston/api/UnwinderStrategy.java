package org.jyston.api;

import org.jyston.api.object.TracebackRecorder;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way of carrying a Python exception up through Python frames and recording where it went. Each
 * strategy is a service from its own bundle, registered with the property {@value #PROPERTY} naming
 * it (e.g. {@code linked}, {@code deferred}) and a {@code service.ranking}. The exception manager
 * picks the active one: the strategy named by the framework (or system) property {@value #PROPERTY}
 * if present, otherwise the highest-ranked; it asks the active strategy for a recorder when an
 * exception first leaves or is caught in a frame, and that exception keeps its recorder from then on,
 * so a strategy swapped meanwhile only affects exceptions raised afterwards.
 *
 * <p>A strategy must not keep any structure whose size grows with the amount of compiled code: what
 * it records belongs to the exception.
 */
@ConsumerType
public interface UnwinderStrategy {

    /** The service property (and framework property) that names a strategy. */
    String PROPERTY = "jyston.unwinder";

    /** The strategy's name, as in its {@value #PROPERTY} service property. */
    String name();

    /** A new, empty recorder for one exception. */
    TracebackRecorder newRecorder();
}
