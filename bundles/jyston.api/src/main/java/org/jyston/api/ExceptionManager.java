package org.jyston.api;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.osgi.annotation.versioning.ProviderType;

/** Raising, catching and chaining Python exceptions, and recording where they pass. */
@ProviderType
public interface ExceptionManager {

    /**
     * Any throwable caught in Python code, as a Python exception: a {@link PyException} as it is,
     * a JVM stack overflow as {@code RecursionError}, anything else as {@code SystemError}.
     */
    PyException translate(Throwable t);

    /**
     * Notes that {@code e} passed through {@code frame} (running {@code code}, failing at {@code pos}):
     * caught there or leaving it. A frame already at the head of the traceback is not added again.
     */
    void recordFrame(PyException e, Object frame, CodeInfo code, Pos pos);

    /**
     * The {@code raise} statement: {@code exc} is an exception instance or class (instantiated with no
     * arguments), {@code cause} is the {@code from} clause or null, {@code handling} is the exception
     * being handled in this frame (the implicit context) or null.
     */
    PyException raise(Object exc, Object cause, PyBaseException handling);

    /**
     * An exception escaped code that was handling {@code handling}: unless it already has one, that
     * becomes its {@code __context__} (as CPython sets it at raise time). Returns {@code raised}.
     */
    PyException whileHandling(PyException raised, PyBaseException handling);

    /** Bare {@code raise}: re-raises {@code handling}, or "No active exception to reraise". */
    PyException reraise(PyBaseException handling);

    /**
     * Whether an {@code except} clause naming {@code clause} (a class or a tuple of classes) catches
     * {@code e}; a clause that is not an exception class raises {@code TypeError}.
     */
    boolean matches(PyException e, Object clause);
}
