package org.jyston.modules.collections.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The types of {@code _collections}. They are builtin types (registered by name, module-qualified
 * as CPython's {@code tp_name}) hidden from {@code builtins}; the module hands them out.
 */
@Component(service = BuiltinType.class)
public class CollectionsTypes implements BuiltinType {
    @Override
    public List<TypeSpec> specs() {
        return List.of(DequeType.spec(), DequeIterator.spec(false), DequeIterator.spec(true), DefaultDictType.spec(),
                TupleGetter.spec(), Partial.spec(), KeyWrapper.spec(), LruCache.spec());
    }
}
