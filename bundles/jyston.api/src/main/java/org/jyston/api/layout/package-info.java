/**
 * How instances of classes made by Python code store their attributes. A {@link
 * org.jyston.api.layout.LayoutStrategy} service (one per {@code jyston.layout.*} bundle) makes the
 * instances of each class created while it is active; {@link org.jyston.api.layout.Layouts} is the
 * kernel's record of the active one, with the dict-backed {@link org.jyston.api.layout.DictInstance}
 * as the fallback when no strategy is registered.
 */
@Export
@Version("0.1.0")
package org.jyston.api.layout;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
