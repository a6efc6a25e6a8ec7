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
    /** Nesting too deep for CPython's parser (its MAXSTACK): a MemoryError with an empty message. */
    public static final String MEMORY = "MemoryError";
    /** An AST too deep for CPython's compiler: "maximum recursion depth exceeded during compilation". */
    public static final String RECURSION = "RecursionError";

    /** A location field that CPython leaves {@code None}. */
    public static final int NONE = Integer.MIN_VALUE;

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

    /** Not a syntax error: no backtracking may swallow it. */
    public boolean fatal() {
        return kind.equals(MEMORY) || kind.equals(RECURSION);
    }

    /** "None" for {@link #NONE}, else the number. */
    public static String field(int v) {
        return v == NONE ? "None" : Integer.toString(v);
    }

    /** The six fields the tests compare: "Kind: msg (lineno, offset, end_lineno, end_offset)". */
    public String report() {
        if (fatal()) {
            return kind + ": " + msg;
        }
        return kind + ": " + msg + " (" + field(lineno) + ", " + field(offset) + ", " + field(endLineno) + ", "
                + field(endOffset) + ")";
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (line " + lineno + ", offset " + offset + ", end " + endLineno + ":"
                + endOffset + ")";
    }
}
