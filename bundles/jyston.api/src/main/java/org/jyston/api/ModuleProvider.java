package org.jyston.api;

import org.jyston.api.object.PyModule;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module written in Java ({@code time}, {@code math}, ...) contributed by a bundle. The import
 * system asks for it by name before it searches {@code sys.path}, as CPython's builtin importer
 * comes first; each interpreter that imports it gets a module of its own. A provider that goes
 * away is no longer found by new imports; modules already imported keep working while their
 * bundle's classes stay loaded.
 */
@ConsumerType
public interface ModuleProvider {
    /** The module's full name, as {@code import} spells it. */
    String name();

    /** Fills a fresh module's namespace ({@code __name__} is already set). */
    void populate(PyModule module);
}
