package org.jyston.types.dict.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code dict} with its views and iterators, {@code set} and {@code frozenset} with theirs, {@code mappingproxy}. */
@Component(service = BuiltinType.class)
public class DictTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        List<TypeSpec> out = new ArrayList<>();
        out.add(DictType.spec());
        out.addAll(DictViews.specs());
        out.add(SetType.setSpec());
        out.add(SetType.frozensetSpec());
        out.add(SetType.iteratorSpec());
        out.add(MappingProxyType.spec());
        return List.copyOf(out);
    }
}
