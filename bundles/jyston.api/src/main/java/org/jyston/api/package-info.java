/**
 * The service contracts between Jyston's bundles. What the runtime offers ({@link
 * org.jyston.api.PythonRuntime}, {@link org.jyston.api.Parser}, {@link org.jyston.api.Compiler},
 * {@link org.jyston.api.ExceptionManager}, {@link org.jyston.api.TracebackService}) is a provider
 * type; the extension points other bundles implement ({@link org.jyston.api.BuiltinType}) are
 * consumer types.
 */
@Export
@Version("0.1.0")
package org.jyston.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
