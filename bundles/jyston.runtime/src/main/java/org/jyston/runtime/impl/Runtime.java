package org.jyston.runtime.impl;

import org.jyston.api.Compiler;
import org.jyston.api.ExceptionManager;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.Parser;
import org.jyston.api.PythonRuntime;
import org.jyston.api.TracebackService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Python runtime service. The services an interpreter needs are bound here once; interpreters
 * hold them directly, so running code never looks a service up.
 */
@Component(service = PythonRuntime.class)
public class Runtime implements PythonRuntime {
    @Reference
    Parser parser;
    @Reference
    Compiler compiler;
    @Reference
    TracebackService tracebacks;
    @Reference
    ExceptionManager exceptions;
    @Reference
    TypeTable types;
    @Reference
    LayoutTable layouts;

    @Override
    public Interpreter newInterpreter(InterpreterOptions options) {
        return new PyInterpreter(this, options);
    }
}
