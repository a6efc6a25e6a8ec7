package org.jyston.api.object;

/**
 * Raising builtin exceptions from Java code. Each type is found through a {@link TypeRef}, so the
 * raising bundle needs no dependency on the bundle that defines it.
 */
public final class Errors {
    public static final TypeRef BaseException = TypeRef.of("BaseException");
    public static final TypeRef TypeError = TypeRef.of("TypeError");
    public static final TypeRef ValueError = TypeRef.of("ValueError");
    public static final TypeRef NameError = TypeRef.of("NameError");
    public static final TypeRef UnboundLocalError = TypeRef.of("UnboundLocalError");
    public static final TypeRef AttributeError = TypeRef.of("AttributeError");
    public static final TypeRef ZeroDivisionError = TypeRef.of("ZeroDivisionError");
    public static final TypeRef OverflowError = TypeRef.of("OverflowError");
    public static final TypeRef RecursionError = TypeRef.of("RecursionError");
    public static final TypeRef SystemError = TypeRef.of("SystemError");
    public static final TypeRef RuntimeError = TypeRef.of("RuntimeError");
    public static final TypeRef IndexError = TypeRef.of("IndexError");
    public static final TypeRef KeyError = TypeRef.of("KeyError");
    public static final TypeRef StopIteration = TypeRef.of("StopIteration");
    public static final TypeRef SystemExit = TypeRef.of("SystemExit");
    public static final TypeRef SyntaxError = TypeRef.of("SyntaxError");
    public static final TypeRef IndentationError = TypeRef.of("IndentationError");
    public static final TypeRef TabError = TypeRef.of("TabError");
    public static final TypeRef MemoryError = TypeRef.of("MemoryError");
    public static final TypeRef KeyboardInterrupt = TypeRef.of("KeyboardInterrupt");

    private Errors() {}

    /** A new exception of the given builtin type with the given {@code args}. */
    public static PyException raise(TypeRef type, Object... args) {
        PyType t = type.getOrNull();
        if (t == null) {
            // The exception bundle is not active: say so rather than fail obscurely.
            throw new IllegalStateException(type.name() + ": " + (args.length > 0 ? args[0] : "")
                    + " (exception types are not available)");
        }
        return new PyException(new PyBaseException(t, args));
    }

    public static PyException typeError(String message) {
        return raise(TypeError, message);
    }

    public static PyException valueError(String message) {
        return raise(ValueError, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(ZeroDivisionError, message);
    }

    public static PyException overflow(String message) {
        return raise(OverflowError, message);
    }

    public static PyException systemError(String message) {
        return raise(SystemError, message);
    }

    /**
     * A {@code SyntaxError} (or {@code IndentationError}, {@code TabError}: pass its TypeRef) with
     * CPython's {@code args}: {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))}.
     * Offsets are 1-based character columns, as CPython reports them; text is the source line.
     */
    public static PyException syntaxError(TypeRef kind, String msg, String filename, int lineno, int offset,
            String text, int endLineno, int endOffset) {
        Object details = PyTuple.of(filename, (long) lineno, (long) offset, text == null ? PyNone.None : text,
                (long) endLineno, (long) endOffset);
        return raise(kind, msg, details);
    }

    /**
     * NameError for an unbound global or builtin, with {@code name} set as CPython sets it (the
     * traceback printer's "Did you mean" suggestion reads it).
     */
    public static PyException nameError(String name) {
        PyException e = raise(NameError, "name '" + name + "' is not defined");
        e.value().setField("name", name);
        return e;
    }

    /** An {@code AttributeError} with its {@code name} and {@code obj}, as CPython's lookups record them. */
    public static PyException attributeError(String message, Object obj, String name) {
        PyException e = raise(AttributeError, message);
        e.value().setField("name", name).setField("obj", obj);
        return e;
    }
}
