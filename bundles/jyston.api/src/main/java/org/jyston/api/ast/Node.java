package org.jyston.api.ast;

/** Any AST node. Nodes that carry a source position return it from {@link #pos()}; others return null. */
public interface Node {
    default Pos pos() {
        return null;
    }
}
