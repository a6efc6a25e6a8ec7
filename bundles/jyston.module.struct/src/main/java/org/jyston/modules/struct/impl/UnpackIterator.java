package org.jyston.modules.struct.impl;

import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** {@code _struct.unpack_iterator}: the tuples of consecutive structs of a buffer, for {@code iter_unpack}. */
final class UnpackIterator implements PyObject {
    static final TypeRef TYPE = TypeRef.of(StructTypes.ITERATOR);

    private final Layout layout;
    private final long length;
    /** The buffer, dropped once exhausted (CPython releases it). */
    private Buffers.Readable buffer;
    private long index;

    UnpackIterator(Layout layout, Buffers.Readable buffer, long length) {
        this.layout = layout;
        this.buffer = buffer;
        this.length = length;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** The next tuple, or null at the end. */
    synchronized PyTuple next() {
        Buffers.Readable b = buffer;
        if (b == null) {
            return null;
        }
        if (index >= length || (b.live != null && index + layout.size > b.length())) {
            buffer = null;
            return null;
        }
        PyTuple t = Codec.unpack(layout, b.read(index, layout.size), b.base(index));
        index += layout.size;
        return t;
    }

    synchronized long lengthHint() {
        return buffer == null ? 0 : (length - index) / layout.size;
    }
}
