package org.jyston.testkit;

import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * Registers the real type specs of the bundles on the test class path, in dependency order (each
 * spec only if its name is free): object, exceptions, int, float, str, list, dict, range.
 */
public final class TestTypes {
    private static final String[] COMPONENTS = {
        "org.jyston.type.object.impl.CoreTypes",
        "org.jyston.type.exception.impl.ExceptionTypes",
        "org.jyston.types.integer.impl.IntTypes",
        "org.jyston.types.floating.impl.FloatTypes",
        "org.jyston.type.str.impl.StrType",
        "org.jyston.types.list.impl.ListTypes",
        "org.jyston.types.dict.impl.DictTypes",
        "org.jyston.types.range.impl.RangeTypes",
    };

    private TestTypes() {}

    public static synchronized void ensure() {
        for (String name : COMPONENTS) {
            BuiltinType component;
            try {
                component = (BuiltinType) Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                continue; // not a dependency of this bundle's tests
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            for (TypeSpec spec : component.specs()) {
                if (TypeRegistry.byName(spec.name()) == null) {
                    TypeRegistry.register(spec);
                }
            }
        }
    }
}
