package org.jyston.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jyston.api.BuiltinType;
import org.jyston.api.Compiler;
import org.jyston.api.ExceptionManager;
import org.jyston.api.Parser;
import org.jyston.api.PythonRuntime;
import org.jyston.api.TracebackService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** Every runtime bundle resolves and starts, and each service comes from the bundle that owns it. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class BundlesTest {

    @InjectBundleContext
    BundleContext context;

    @ParameterizedTest
    @ValueSource(strings = {"jyston.api", "jyston.parser", "jyston.compiler", "jyston.exceptions", "jyston.traceback",
        "jyston.runtime", "jyston.type.object", "jyston.type.int", "jyston.type.float", "jyston.type.str",
        "jyston.type.list", "jyston.type.dict", "jyston.type.range", "jyston.type.exception", "jyston.cli", "org.apache.felix.scr"})
    void bundleIsActive(String bsn) {
        Map<String, Bundle> bundles = Arrays.stream(context.getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, b -> b, (a, b) -> a));
        assertThat(bundles).containsKey(bsn);
        assertThat(bundles.get(bsn).getState()).as(bsn + " state").isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void parserComesFromTheParserBundle() {
        assertThat(owner(Parser.class, null)).isEqualTo("jyston.parser");
    }

    @Test
    void compilerComesFromTheCompilerBundle() {
        assertThat(owner(Compiler.class, null)).isEqualTo("jyston.compiler");
    }

    @Test
    void exceptionManagerComesFromTheExceptionsBundle() {
        assertThat(owner(ExceptionManager.class, null)).isEqualTo("jyston.exceptions");
    }

    @Test
    void tracebackServiceComesFromTheTracebackBundle() {
        assertThat(owner(TracebackService.class, null)).isEqualTo("jyston.traceback");
    }

    @Test
    void runtimeComesFromTheRuntimeBundle() {
        assertThat(owner(PythonRuntime.class, null)).isEqualTo("jyston.runtime");
    }

    @Test
    void commandComesFromTheCliBundle() {
        assertThat(owner(Function.class, "(jyston.command=main)")).isEqualTo("jyston.cli");
    }

    @Test
    void eachTypeBundleRegistersABuiltinType() throws InvalidSyntaxException {
        var owners = context.getServiceReferences(BuiltinType.class, null).stream()
                .map(r -> r.getBundle().getSymbolicName()).collect(Collectors.toSet());
        assertThat(owners).contains("jyston.type.object", "jyston.type.int", "jyston.type.float", "jyston.type.str",
                "jyston.type.list", "jyston.type.dict", "jyston.type.range", "jyston.type.exception",
                "jyston.compiler");
    }

    private String owner(Class<?> service, String filter) {
        try {
            var refs = context.getServiceReferences(service.getName(), filter);
            assertThat(refs).as(service.getName() + " registered").isNotNull().hasSize(1);
            ServiceReference<?> ref = refs[0];
            return ref.getBundle().getSymbolicName();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
