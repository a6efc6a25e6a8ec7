package org.jyston.exceptions.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jyston.api.ExceptionManager;
import org.jyston.api.UnwinderStrategy;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeSpec;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The exception manager. Python exceptions travel as stackless {@link PyException}s; each frame the
 * exception leaves adds one traceback entry, so the cost of a raise depends on the frames it
 * crosses, never on how much code is loaded.
 *
 * <p>Where the entries go is the active {@link UnwinderStrategy}'s business: an exception gets a
 * recorder from the strategy active when it first leaves (or is caught in) a frame, and keeps it, so
 * swapping strategies never disturbs an exception in flight. The active strategy is the one whose
 * {@value UnwinderStrategy#PROPERTY} service property equals the component property or, failing that,
 * the framework property {@value UnwinderStrategy#PROPERTY}, if such a strategy is registered;
 * otherwise the highest-ranked strategy (lowest service id on a tie). It is recomputed whenever a
 * strategy comes or goes and read from a volatile field on the raise path. With no strategy at all,
 * exceptions link their entries themselves ({@link PyBaseException#pushTraceback}).
 */
@Component(service = ExceptionManager.class)
public class DefaultExceptionManager implements ExceptionManager {

    /** A registered strategy with the service properties that rank it. */
    record Candidate(UnwinderStrategy strategy, String name, int ranking, long serviceId) {}

    /** The registered strategies; replaced as a whole (copy on write) under {@code this}. */
    private volatile List<Candidate> candidates = List.of();
    /** The strategy new exceptions record with, or null: plain linking. */
    private volatile UnwinderStrategy active;
    /** The strategy name asked for by configuration, or null. */
    private volatile String preferred = System.getProperty(UnwinderStrategy.PROPERTY);

    public DefaultExceptionManager() {}

    @Activate
    void activate(BundleContext context, Map<String, Object> props) {
        String fromFramework = context == null ? null : context.getProperty(UnwinderStrategy.PROPERTY);
        configure(props, fromFramework);
    }

    @Modified
    void modified(BundleContext context, Map<String, Object> props) {
        activate(context, props);
    }

    private synchronized void configure(Map<String, Object> props, String fromFramework) {
        Object own = props == null ? null : props.get(UnwinderStrategy.PROPERTY);
        preferred = own != null ? own.toString() : fromFramework;
        choose();
    }

    /** Chooses a strategy by name (null: by ranking) for exceptions raised from now on. */
    public synchronized void prefer(String name) {
        preferred = name;
        choose();
    }

    @Reference(service = UnwinderStrategy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindStrategy(UnwinderStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.add(candidate(s, props));
        candidates = List.copyOf(next);
        choose();
    }

    synchronized void unbindStrategy(UnwinderStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.removeIf(c -> c.strategy == s);
        candidates = List.copyOf(next);
        choose();
    }

    synchronized void updatedStrategy(UnwinderStrategy s, Map<String, Object> props) {
        List<Candidate> next = new ArrayList<>(candidates);
        next.replaceAll(c -> c.strategy == s ? candidate(s, props) : c);
        candidates = List.copyOf(next);
        choose();
    }

    private static Candidate candidate(UnwinderStrategy s, Map<String, Object> props) {
        Object name = props == null ? null : props.get(UnwinderStrategy.PROPERTY);
        Object rank = props == null ? null : props.get(Constants.SERVICE_RANKING);
        Object id = props == null ? null : props.get(Constants.SERVICE_ID);
        return new Candidate(s, name != null ? name.toString() : s.name(),
                rank instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE);
    }

    private void choose() {
        Candidate best = null;
        String want = preferred;
        for (Candidate c : candidates) {
            if (want != null && want.equals(c.name)) {
                active = c.strategy;
                return;
            }
            if (best == null || c.ranking > best.ranking
                    || (c.ranking == best.ranking && c.serviceId < best.serviceId)) {
                best = c;
            }
        }
        active = best == null ? null : best.strategy;
    }

    /** The strategy new exceptions record with, or null when none is registered. */
    public UnwinderStrategy activeStrategy() {
        return active;
    }

    @Override
    public PyException translate(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return Errors.raise(Errors.RecursionError, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return Errors.raise(Errors.MemoryError);
        }
        return Errors.systemError("internal error: " + t);
    }

    @Override
    public void recordFrame(PyException e, Object frame, CodeInfo code, Pos pos) {
        PyBaseException v = e.value();
        if (v.getTracebackFrame() != frame) {
            if (v.getRecorder() == null) {
                UnwinderStrategy s = active;
                if (s != null) {
                    v.setRecorder(s.newRecorder());
                }
            }
            v.pushTraceback(frame, code, pos);
            v.setTracebackFrame(frame);
        }
    }

    @Override
    public PyException raise(Object exc, Object cause, PyBaseException handling) {
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.None) {
                value.setCause(null);
            } else {
                value.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        chain(value, handling);
        value.setTracebackFrame(null); // a new raise: this frame gets an entry even if it had one
        return new PyException(value);
    }

    @Override
    public PyException whileHandling(PyException raised, PyBaseException handling) {
        PyBaseException v = raised.value();
        if (v.getContext() == null) {
            chain(v, handling);
        }
        return raised;
    }

    @Override
    public PyException reraise(PyBaseException handling) {
        if (handling == null) {
            return Errors.raise(Errors.RuntimeError, "No active exception to reraise");
        }
        return new PyException(handling);
    }

    @Override
    public boolean matches(PyException e, Object clause) {
        PyType t = e.type();
        if (clause instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (matches(e, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (clause instanceof PyType ct && ct.has(TypeSpec.Flag.EXCEPTION)) {
            return t.isSubtypeOf(ct);
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** An exception instance from a {@code raise} operand: instances as they are, classes called. */
    private static PyBaseException instantiate(Object exc, String message) {
        if (exc instanceof PyBaseException b) {
            return b;
        }
        if (exc instanceof PyType t && t.has(TypeSpec.Flag.EXCEPTION)) {
            Object made = Op.call(t);
            if (made instanceof PyBaseException b) {
                return b;
            }
            throw Errors.typeError("calling " + Op.repr(t) + " should have returned an instance of BaseException, "
                    + "not " + Op.typeName(made));
        }
        throw Errors.typeError(message);
    }

    /**
     * Implicit chaining: the exception being handled becomes {@code __context__}, unless that would
     * make a cycle, which CPython breaks at the point where it would close.
     */
    static void chain(PyBaseException value, PyBaseException handling) {
        if (handling == null || handling == value) {
            return;
        }
        for (PyBaseException o = handling; o != null; o = o.getContext()) {
            if (o.getContext() == value) {
                o.setContext(null);
                break;
            }
        }
        value.setContext(handling);
    }
}
