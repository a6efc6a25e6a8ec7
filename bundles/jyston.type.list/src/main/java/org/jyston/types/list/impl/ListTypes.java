package org.jyston.types.list.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code list} and {@code tuple}, with their iterators. */
@Component(service = BuiltinType.class)
public class ListTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(ListType.spec(), TupleType.spec(), SeqIterators.spec("list_iterator", SeqIterators.ListIterator.class),
                SeqIterators.spec("list_reverseiterator", SeqIterators.ListReverseIterator.class),
                SeqIterators.spec("tuple_iterator", SeqIterators.TupleIterator.class));
    }
}
