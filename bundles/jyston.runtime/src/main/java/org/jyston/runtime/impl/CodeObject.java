package org.jyston.runtime.impl;

import org.jyston.api.Code;
import org.jyston.api.object.PyCode;

/**
 * What {@code compile()} returns: a {@code code} object (the type is the kernel's, registered by
 * {@code jyston.traceback}) that also holds the compiled code, to run with {@code exec} or {@code eval}.
 */
final class CodeObject extends PyCode {
    final Code code;
    final boolean expression;

    CodeObject(Code code, String filename, boolean expression) {
        super(code.name(), filename);
        this.code = code;
        this.expression = expression;
    }
}
