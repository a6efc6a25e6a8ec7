package org.jyston.type.exception.impl;

import java.util.Arrays;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;

/** {@code BaseExceptionGroup.__new__} and {@code ExceptionGroup}'s rules on what it may hold. */
final class Groups {
    private Groups() {}

    static Object newGroup(Object typeObj, Object[] args, String[] kwnames) {
        PyType type = ExceptionSlots.asType(typeObj);
        Object[] pos = Arrays.copyOf(args, ExceptionSlots.positionalCount(args, kwnames));
        if (pos.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + pos.length + " given)");
        }
        if (!(pos[0] instanceof String)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Op.typeName(pos[0]));
        }
        Object[] items = pos[1] instanceof String ? null : Families.sequence(pos[1]);
        if (items == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        PyType exception = TypeRegistry.byName("Exception");
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= exception != null && e.getType().isSubtypeOf(exception);
        }
        PyType base = TypeRegistry.byName("BaseExceptionGroup");
        PyType group = TypeRegistry.byName("ExceptionGroup");
        if (type == base) {
            if (allExceptions && group != null) {
                type = group;
            }
        } else if (type == group) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (exception != null && type.isSubtypeOf(exception) && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.getName() + "'");
        }
        ExcInstance e = new ExcInstance(type, pos);
        e.attrs.put("message", pos[0]);
        e.attrs.put("exceptions", PyTuple.of(items));
        return e;
    }
}
