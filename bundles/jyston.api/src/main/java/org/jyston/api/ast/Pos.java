package org.jyston.api.ast;

/**
 * Source position of a node as CPython records it: 1-based lines, 0-based column offsets counted in
 * UTF-8 bytes (not characters), end exclusive.
 */
public record Pos(int lineno, int col_offset, int end_lineno, int end_col_offset) {

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
    }
}
