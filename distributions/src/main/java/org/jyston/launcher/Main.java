package org.jyston.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code jyston} launcher: starts an embedded Felix with the runtime's bundles (installed by
 * reference, no copying), hands the command line to the {@code jyston.cli} bundle's command service,
 * and exits with its status. Embedding Felix directly starts faster than bnd's generic launcher.
 */
public final class Main {
    private static final String COMMAND_FILTER = "(&(objectClass=java.util.function.Function)(jyston.command=main))";

    /** {@code -Djyston.startup.trace=true} prints how long each start-up step took, to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("jyston.startup.trace");
    private static final long T0 = System.nanoTime();

    private Main() {}

    private static void trace(String step) {
        if (TRACE) {
            System.err.printf("[jyston start-up] %6.1f ms  %s%n", (System.nanoTime() - T0) / 1e6, step);
        }
    }

    public static void main(String[] args) {
        int status;
        Path storage = null;
        try {
            storage = Files.createTempDirectory("jyston-felix-");
            status = run(args, storage);
        } catch (Exception | LinkageError e) {
            System.err.println("jyston: could not start the runtime: " + e);
            status = 70; // EX_SOFTWARE: a fault of ours, not of the Python program
        } finally {
            delete(storage);
        }
        System.out.flush();
        System.err.flush();
        if (Boolean.getBoolean("jyston.exit.hooks")) {
            // Profiling: let shutdown hooks (a flight recording's dump) run. Python threads may still be alive.
            System.exit(status);
        }
        Runtime.getRuntime().halt(status);
    }

    private static int run(String[] args, Path storage) throws Exception {
        Path home = Path.of(System.getProperty("jyston.home", "."));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.cache.locking", "false");
        config.put("felix.log.level", "1");
        // javax.tools is for the optimizing tier; the JDK's packages are exported by the system bundle.
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        trace("framework created");
        fw.init();
        trace("framework initialised");
        BundleContext ctx = fw.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundles(home.resolve("bundles"))) {
            installed.add(ctx.installBundle("reference:" + jar.toUri()));
        }
        trace("bundles installed");
        fw.start();
        trace("framework started");
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    System.err.println("jyston: bundle " + b.getSymbolicName() + " did not start: " + e.getMessage());
                }
            }
        }
        trace("bundles started");
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(ctx, ctx.createFilter(COMMAND_FILTER), null);
        tracker.open();
        @SuppressWarnings("unchecked")
        Function<String[], Integer> command = (Function<String[], Integer>) tracker.waitForService(20_000);
        if (command == null) {
            ServiceReference<?>[] none = ctx.getAllServiceReferences(null, null);
            throw new IllegalStateException("the jyston.cli command service did not appear ("
                    + (none == null ? 0 : none.length) + " services registered)");
        }
        trace("command service found");
        try {
            return command.apply(args);
        } finally {
            trace("program finished");
        }
    }

    private static List<Path> bundles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
