package org.jyston.api.object;

/** What Python code reads of a function object: {@code __name__}, {@code __qualname__}, {@code __module__}, {@code __doc__}. */
public interface FunctionInfo extends PyCallable, HasDict {
    String getName();

    String getQualname();

    /** {@code __module__}: the defining module's {@code __name__}, or None. */
    Object getModule();

    Object getDoc();
}
