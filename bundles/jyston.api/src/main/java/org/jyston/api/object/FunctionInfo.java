package org.jyston.api.object;

/** What Python code reads of a function object: {@code __name__}, {@code __qualname__}, {@code __module__}, {@code __doc__}. */
public interface FunctionInfo extends PyCallable, HasDict {
    String getName();

    String getQualname();

    /** {@code __module__}: the defining module's {@code __name__}, or None. */
    Object getModule();

    Object getDoc();

    /**
     * The other attributes Python code reads and writes on a function ({@code __defaults__},
     * {@code __kwdefaults__}, {@code __closure__}, {@code __annotations__}, {@code __globals__},
     * and the writable {@code __name__}, {@code __qualname__}, {@code __doc__}, {@code __module__}):
     * the value, or null if {@code name} is none of them.
     */
    Object getSpecial(String name);

    /** Sets one of those attributes (null deletes); false if {@code name} is none of them. */
    boolean setSpecial(String name, Object value);

    /** A closure cell as Python code sees it ({@code cell_contents}). */
    interface CellView extends PyObject {
        /** The value, or null while unbound. */
        Object contents();
    }
}
