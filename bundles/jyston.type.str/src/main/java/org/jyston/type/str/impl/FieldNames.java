package org.jyston.type.str.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The parts of a field name after the first ({@code .attr} and {@code [key]}), one at a time, as
 * CPython's {@code FieldNameIterator}: {@code str.format} looks each one up as it is scanned, and
 * {@code _string.formatter_field_name_split} returns this as the {@code fieldnameiterator}.
 */
final class FieldNames implements PyObject {
    static final String TYPE_NAME = "fieldnameiterator";
    private static final TypeRef TYPE = TypeRef.of(TYPE_NAME);

    private final String s;
    private int pos;

    /** The last part: an attribute (else an item), its name and, for an item, its index or -1. */
    boolean isAttribute;
    String name;
    long index;

    FieldNames(String s, int from) {
        this.s = s;
        this.pos = from;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** Scans the next part; false at the end. Raises CPython's ValueErrors. */
    boolean next() {
        int n = s.length();
        if (pos >= n) {
            return false;
        }
        char c = s.charAt(pos++);
        int start = pos;
        if (c == '.') {
            isAttribute = true;
            while (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                pos++;
            }
            name = s.substring(start, pos);
            index = -1;
        } else if (c == '[') {
            isAttribute = false;
            while (pos < n && s.charAt(pos) != ']') {
                pos++;
            }
            if (pos >= n) {
                throw Errors.valueError("Missing ']' in format string");
            }
            name = s.substring(start, pos++);
            index = Markup.integer(name, 0, name.length());
        } else {
            throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.isEmpty()) {
            throw Errors.valueError("Empty attribute in format string");
        }
        return true;
    }

    private Object nextTuple() {
        if (!next()) {
            throw Errors.raise(Errors.StopIteration);
        }
        return PyTuple.of(isAttribute, index >= 0 ? (Object) index : name);
    }

    /** {@code _string.formatter_field_name_split(name)}: {@code (first, iterator of the rest)}. */
    static PyTuple split(String fieldName) {
        int k = Markup.firstEnd(fieldName);
        long i = Markup.integer(fieldName, 0, k);
        Object first = i >= 0 ? (Object) i : fieldName.substring(0, k);
        return PyTuple.of(first, new FieldNames(fieldName, k));
    }

    static TypeSpec spec() {
        return new TypeSpec(TYPE_NAME).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((FieldNames) self).nextTuple());
    }
}
