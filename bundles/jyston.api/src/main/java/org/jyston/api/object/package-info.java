/**
 * The object-model kernel every bundle shares: Python objects and their types, the table of special
 * methods, the abstract object protocol, and the carrier Python exceptions travel in.
 *
 * <p>A Python object is any Java object: {@code int} is {@link java.lang.Long} or
 * {@link java.math.BigInteger}, {@code bool} is {@link java.lang.Boolean}, {@code str} is
 * {@link java.lang.String}, {@code float} is {@link java.lang.Double}. Objects that know their own
 * type implement {@link org.jyston.api.object.PyObject}; for the others the type comes from a
 * {@link java.lang.ClassValue} kept by the {@link org.jyston.api.object.TypeRegistry}.
 */
@Export
@Version("0.1.0")
package org.jyston.api.object;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
