package org.jyston.parser.impl;

/**
 * A syntax error found by the tokenizer or the parser, before it becomes a Python exception. Offsets
 * are 1-based character columns as CPython's {@code SyntaxError.offset}. Tests observe this type
 * directly; {@link PythonParser} turns it into a Python {@code SyntaxError} (or subclass).
 */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String SYNTAX = "SyntaxError";
    public static final String INDENTATION = "IndentationError";
    public static final String TAB = "TabError";

    public final String kind;
    public final String msg;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public ParseError(String kind, String msg, int lineno, int offset, String text, int endLineno,
            int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (line " + lineno + ", offset " + offset + ", end " + endLineno + ":"
                + endOffset + ")";
    }
}
