package org.jyston.types.range.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * {@code range} with its iterators, {@code slice}, and the builtin iterator types {@code enumerate},
 * {@code zip}, {@code map}, {@code filter} and {@code reversed}.
 */
@Component(service = BuiltinType.class)
public class RangeTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(RangeType.spec(), RangeType.iteratorSpec("range_iterator", RangeType.RangeIter.class),
                RangeType.iteratorSpec("longrange_iterator", RangeType.LongRangeIter.class), SliceType.spec(), Iterators.enumerateSpec(),
                Iterators.zipSpec(), Iterators.mapSpec(), Iterators.filterSpec(), Iterators.reversedSpec());
    }
}
