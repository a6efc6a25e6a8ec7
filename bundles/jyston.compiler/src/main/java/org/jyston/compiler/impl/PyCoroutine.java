package org.jyston.compiler.impl;

import org.jyston.api.ExceptionManager;

/** A coroutine: what calling an {@code async def} function gives; driven by {@code await} or {@code send}. */
final class PyCoroutine extends PyGenerator {
    PyCoroutine(FunctionCode code, Frame frame, ExceptionManager exceptions) {
        super(code, frame, true, exceptions);
    }
}
