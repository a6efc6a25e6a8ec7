package org.jyston.parser.impl;

/**
 * One token. Lines are 1-based; {@code col}/{@code endCol} are 0-based UTF-16 columns, {@code bcol}/
 * {@code endBcol} the same columns in UTF-8 bytes (what AST positions use). {@code start}/{@code end}
 * index the source text.
 */
final class Token {
    static final int ENDMARKER = 0;
    static final int NAME = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int NEWLINE = 4;
    static final int INDENT = 5;
    static final int DEDENT = 6;
    static final int OP = 7;

    final int type;
    /** Names (NFKC-normalised), operators (interned), raw number and string text. */
    final String text;
    final int line;
    final int col;
    final int bcol;
    final int endLine;
    final int endCol;
    final int endBcol;
    final int start;
    final int end;

    Token(int type, String text, int line, int col, int bcol, int endLine, int endCol, int endBcol, int start,
            int end) {
        this.type = type;
        this.text = text;
        this.line = line;
        this.col = col;
        this.bcol = bcol;
        this.endLine = endLine;
        this.endCol = endCol;
        this.endBcol = endBcol;
        this.start = start;
        this.end = end;
    }

    boolean isOp(String op) {
        return type == OP && text.equals(op);
    }

    boolean isName(String name) {
        return type == NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return switch (type) {
            case ENDMARKER -> "ENDMARKER";
            case NEWLINE -> "NEWLINE";
            case INDENT -> "INDENT";
            case DEDENT -> "DEDENT";
            default -> text;
        } + "@" + line + ":" + col;
    }
}
