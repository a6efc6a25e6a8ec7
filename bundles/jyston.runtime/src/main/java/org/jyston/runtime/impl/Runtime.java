package org.jyston.runtime.impl;

import org.jyston.api.Compiler;
import org.jyston.api.ExceptionManager;
import org.jyston.api.Interpreter;
import org.jyston.api.InterpreterOptions;
import org.jyston.api.ModuleProvider;
import org.jyston.api.Parser;
import org.jyston.api.PythonRuntime;
import org.jyston.api.TracebackService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

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

    /** Modules written in Java, by name; imports look here before {@code sys.path}. */
    private final java.util.Map<String, ModuleProvider> modules = new java.util.concurrent.ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleProvider provider) {
        modules.putIfAbsent(provider.name(), provider);
    }

    void removeModule(ModuleProvider provider) {
        modules.remove(provider.name(), provider);
    }

    /** The provider of a Java module, or null. */
    ModuleProvider module(String name) {
        return modules.get(name);
    }

    /** Names of the Java modules present now, sorted ({@code sys.builtin_module_names}). */
    java.util.List<String> moduleNames() {
        return modules.keySet().stream().sorted().toList();
    }

    @Override
    public Interpreter newInterpreter(InterpreterOptions options) {
        return new PyInterpreter(this, options);
    }
}
