package org.jyston.api;

import java.io.IOException;
import org.jyston.api.object.PyBaseException;
import org.osgi.annotation.versioning.ProviderType;

/** Prints exceptions exactly as CPython 3.11 prints them. */
@ProviderType
public interface TracebackService {
    /** The full report CPython's default {@code sys.excepthook} writes, chained exceptions included. */
    String format(PyBaseException exc);

    default void print(PyBaseException exc, Appendable out) throws IOException {
        out.append(format(exc));
    }
}
