/**
 * The abstract syntax tree, identical in shape to CPython 3.11's {@code ast} module: the same node
 * names, the same fields in the same order, the same position attributes.
 */
@Export
@Version("0.1.0")
package org.jyston.api.ast;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
