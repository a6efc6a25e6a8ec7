package org.jyston.exceptions.impl;

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


    /** The registered strategies; replaced as a whole (copy on write) under {@code this}. */
    /** The strategy new exceptions record with, or null: plain linking. */
    private volatile UnwinderStrategy active;
    /** The strategy name asked for by configuration, or null. */
    private final org.jyston.api.StrategyChoice<UnwinderStrategy> choice =
            new org.jyston.api.StrategyChoice<>(UnwinderStrategy.PROPERTY, UnwinderStrategy::name, s -> active = s);

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

    private void configure(Map<String, Object> props, String fromFramework) {
        choice.configure(props, fromFramework);
    }

    /** Chooses a strategy by name (null: by ranking) for exceptions raised from now on. */
    public void prefer(String name) {
        choice.prefer(name);
    }

    @Reference(service = UnwinderStrategy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindStrategy(UnwinderStrategy s, Map<String, Object> props) {
        choice.add(s, props);
    }

    void unbindStrategy(UnwinderStrategy s, Map<String, Object> props) {
        choice.remove(s);
    }

    void updatedStrategy(UnwinderStrategy s, Map<String, Object> props) {
        choice.update(s, props);
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
            // as CPython's check_except_type_valid: every member is checked before any is matched,
            // and a member must be an exception class itself (a nested tuple is refused)
            for (int i = 0; i < tuple.size(); i++) {
                exceptionClass(tuple.get(i));
            }
            for (int i = 0; i < tuple.size(); i++) {
                if (t.isSubtypeOf((PyType) tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return t.isSubtypeOf(exceptionClass(clause));
    }

    private static PyType exceptionClass(Object clause) {
        if (clause instanceof PyType ct && ct.has(TypeSpec.Flag.EXCEPTION)) {
            return ct;
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
        // The chain may already hold a cycle (ex.__context__ = ex): a second walker at half speed
        // stops the walk when the first one comes round to it, as CPython's _PyErr_SetObject does.
        PyBaseException slow = handling;
        boolean slowStep = false;
        for (PyBaseException o = handling; o != null; ) {
            PyBaseException context = o.getContext();
            if (context == value) {
                o.setContext(null);
                break;
            }
            o = context;
            if (o == slow) {
                break;
            }
            if (slowStep) {
                slow = slow.getContext();
            }
            slowStep = !slowStep;
        }
        value.setContext(handling);
    }
}
