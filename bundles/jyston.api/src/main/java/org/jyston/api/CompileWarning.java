package org.jyston.api;

/**
 * A warning the compiler found (CPython's compile-time {@code SyntaxWarning}s, such as {@code "is" with
 * a literal}). The compiler only collects them on the {@link Code} it answers; whoever compiles shows
 * them where CPython's warnings machinery would, on {@code sys.stderr}, before the code runs.
 */
public record CompileWarning(String category, String message, String filename, int lineno) {}
