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
}
