package org.jyston.api;

import org.jyston.api.ast.Ast;
import org.osgi.annotation.versioning.ProviderType;

/** Turns Python source into an AST identical in shape to CPython's. */
@ProviderType
public interface Parser {
    /** What the source is, as the {@code mode} argument of {@code compile()}. */
    enum Mode { EXEC, EVAL, SINGLE }

    /**
     * Parses source text.
     *
     * @throws org.jyston.api.object.PyException a {@code SyntaxError} (or {@code IndentationError},
     *         {@code TabError}) with CPython's message and location
     */
    Ast.Mod parse(String source, String filename, Mode mode);

    /**
     * Parses source bytes as CPython reads a file: a UTF-8 byte-order mark, a PEP 263 coding
     * declaration on line 1 or 2, UTF-8 otherwise; decoding problems raise CPython's {@code SyntaxError}s.
     *
     * @throws org.jyston.api.object.PyException a {@code SyntaxError} family error, or a
     *         {@code MemoryError}/{@code RecursionError} for programs nested too deeply, as CPython
     */
    Ast.Mod parse(byte[] source, String filename, Mode mode);

    /** What CPython 3.11's {@code ast.dump(tree, include_attributes=...)} prints for the tree. */
    String dump(Ast.Mod tree, boolean includeAttributes);
}
