package org.jyston.runtime.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The types the builtin functions make instances of: {@code callable_iterator} ({@code iter(f, sentinel)}). */
@Component(service = BuiltinType.class)
public class BuiltinsTypes implements BuiltinType {
    @Override
    public List<TypeSpec> specs() {
        return List.of(callableIterator());
    }

    static TypeSpec callableIterator() {
        TypeSpec s = new TypeSpec("callable_iterator").flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((CallableIterator) self).next());
        return org.jyston.api.object.IterPickling.methods(s, "callable_iterator", CallableIterator.class,
                self -> ((CallableIterator) self).reduce(), null);
    }
}
