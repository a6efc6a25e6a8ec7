package org.jyston.runtime.impl;

import org.jyston.api.Code;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/** What {@code compile()} returns: compiled code, to run with {@code exec} or {@code eval}. */
final class CodeObject {
    final Code code;
    final String filename;
    final boolean expression;

    CodeObject(Code code, String filename, boolean expression) {
        this.code = code;
        this.filename = filename;
        this.expression = expression;
    }

    static TypeSpec spec() {
        return new TypeSpec("code").flag(TypeSpec.Flag.HIDDEN).representation(CodeObject.class)
                .unary(Slot.REPR, self -> {
                    CodeObject c = (CodeObject) self;
                    return "<code object " + c.code.name() + " at 0x"
                            + Long.toHexString(0x7f0000000000L | System.identityHashCode(c)) + ", file \""
                            + c.filename + "\", line 1>";
                });
    }
}
