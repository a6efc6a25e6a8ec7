/** Test support for the type bundles' CPython-generated case tables. */
@Export
@Version("0.1.0")
package org.jyston.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
