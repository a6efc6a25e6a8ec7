package org.jyston.api;

import java.util.List;
import org.jyston.api.object.TypeSpec;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A builtin type (or a tight family of them, such as {@code int} and {@code bool}) contributed by a
 * bundle. The runtime registers the specs when the service appears and forgets them when it goes.
 */
@ConsumerType
public interface BuiltinType {
    /** The specs, bases before subclasses. */
    List<TypeSpec> specs();
}
