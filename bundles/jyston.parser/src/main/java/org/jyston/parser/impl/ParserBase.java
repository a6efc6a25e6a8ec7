package org.jyston.parser.impl;

import java.util.Set;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;

/** Token buffer, lookahead, backtracking marks, positions and error construction shared by the parsers. */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    /** CPython's parser gives up with a MemoryError at this many nested rule calls (MAXSTACK). */
    static final int MAXSTACK = 6000;
    /** Rule calls CPython's parser makes from the start rule down to a simple expression's atom. */
    static final int BASE_LEVEL = 30;
    /** Rule calls CPython makes from an atom's bracket down to the expression inside it. */
    static final int BRACKET_LEVEL = 19;

    final Tokenizer tz;
    final char[] src;
    /** Nesting in CPython's rule-call units, bounded by {@link #MAXSTACK} as CPython's parser does. */
    int level = BASE_LEVEL;
    /** Length of the left-recursive chains (a.b[c](d) + e ...) being built, summed over nesting. */
    int chain;
    /** Whether the tokenizer raised an error (then it is the error reported). */
    boolean tokenizerFailed;
    /** The largest {@code level + chain} seen: a bound on the AST's depth, up to a small factor. */
    int maxNesting;
    private Token[] toks = new Token[256];
    private int ntoks;
    int p;

    ParserBase(Tokenizer tz) {
        this.tz = tz;
        this.src = tz.s;
    }

    // ---------------------------------------------------------------- nesting bounds

    /** Enters {@code weight} levels of CPython rule calls; returns the level to restore on leaving. */
    final int enter(int weight) {
        int saved = level;
        level += weight;
        if (level >= MAXSTACK) {
            // CPython: p->level++ == MAXSTACK sets PyErr_NoMemory()
            throw new ParseError(ParseError.MEMORY, "", ParseError.NONE, ParseError.NONE, null, ParseError.NONE,
                    ParseError.NONE);
        }
        if (level + chain > maxNesting) {
            maxNesting = level + chain;
        }
        return saved;
    }

    /** One more link of a left-recursive chain. */
    final void extendChain() {
        chain++;
        if (level + chain > maxNesting) {
            maxNesting = level + chain;
        }
    }

    /**
     * After a parser (not tokenizer) error, CPython tokenizes the rest of the source: a tokenizer error
     * there wins, and an unclosed bracket wins if it opened on a line before the parser's error.
     */
    final ParseError preferTokenizerError(ParseError e) {
        if (e.fatal() || tokenizerFailed) {
            return e;
        }
        try {
            while (tz.next().type != Token.ENDMARKER) {
                // keep scanning
            }
            return e;
        } catch (ParseError t) {
            if (t.msg.endsWith("' was never closed")) {
                return e.lineno > t.lineno ? t : e;
            }
            return t;
        }
    }

    // ---------------------------------------------------------------- token access

    final Token tok(int i) {
        while (ntoks <= i) {
            if (ntoks > 0 && toks[ntoks - 1].type == Token.ENDMARKER) {
                return toks[ntoks - 1];
            }
            if (ntoks == toks.length) {
                toks = java.util.Arrays.copyOf(toks, ntoks * 2);
            }
            try {
                toks[ntoks++] = tz.next();
            } catch (ParseError e) {
                ntoks--;
                tokenizerFailed = true;
                throw e;
            }
        }
        return toks[i];
    }

    final Token peek() {
        return tok(p);
    }

    final Token peek(int k) {
        return tok(p + k);
    }

    final Token next() {
        return tok(p++);
    }

    /** The last token fetched from the tokenizer: where CPython reports a generic syntax error. */
    final Token lastFetched() {
        return toks[ntoks - 1];
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT: where a node ends. */
    final Token last() {
        for (int i = p - 1; i >= 0; i--) {
            Token t = toks[i];
            if (t.type != Token.NEWLINE && t.type != Token.INDENT && t.type != Token.DEDENT
                    && t.type != Token.ENDMARKER) {
                return t;
            }
        }
        return toks[0];
    }

    final boolean atOp(String op) {
        Token t = peek();
        return t.type == Token.OP && t.text.equals(op);
    }

    final boolean atKw(String kw) {
        Token t = peek();
        return t.type == Token.NAME && t.text.equals(kw);
    }

    final boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    final boolean acceptKw(String kw) {
        if (atKw(kw)) {
            p++;
            return true;
        }
        return false;
    }

    final Token expectOp(String op) {
        Token t = peek();
        if (t.type == Token.OP && t.text.equals(op)) {
            p++;
            return t;
        }
        throw invalidSyntax();
    }

    /** CPython's forced tokens ({@code &&':'}): "expected ':'" at the offending token. */
    final Token forceOp(String op) {
        Token t = peek();
        if (t.type == Token.OP && t.text.equals(op)) {
            p++;
            return t;
        }
        throw errorAt(t, t, "expected '" + op + "'");
    }

    final Token expectKw(String kw) {
        if (atKw(kw)) {
            return next();
        }
        throw invalidSyntax();
    }

    static boolean isKeyword(Token t) {
        return t.type == Token.NAME && KEYWORDS.contains(t.text);
    }

    final boolean atName() {
        Token t = peek();
        return t.type == Token.NAME && !KEYWORDS.contains(t.text);
    }

    final Token expectName() {
        Token t = peek();
        if (t.type == Token.NAME && !KEYWORDS.contains(t.text)) {
            p++;
            return t;
        }
        throw invalidSyntax();
    }

    // ---------------------------------------------------------------- positions

    final Pos pos(Token start) {
        Token e = last();
        return new Pos(start.line, start.bcol, e.endLine, e.endBcol);
    }

    static Pos pos(Token start, Token end) {
        return new Pos(start.line, start.bcol, end.endLine, end.endBcol);
    }

    final Pos posFrom(Pos start) {
        Token e = last();
        return new Pos(start.lineno(), start.col_offset(), e.endLine, e.endBcol);
    }

    // ---------------------------------------------------------------- errors

    /** The generic error: "invalid syntax" at the last token fetched (CPython's rule). */
    final ParseError invalidSyntax() {
        Token t = lastFetched();
        if (t.type == Token.INDENT) {
            return new ParseError(ParseError.INDENTATION, "unexpected indent", t.line, t.endCol,
                    lineWithNewline(t.line), t.line, -1);
        }
        if (t.type == Token.DEDENT) {
            return new ParseError(ParseError.INDENTATION, "unexpected unindent", t.line, t.endCol,
                    lineWithNewline(t.line), t.line, -1);
        }
        return errorAt(t, t, "invalid syntax");
    }

    final String lineWithNewline(int line) {
        return Tokenizer.lineText(src, line) + "\n";
    }

    /** A SyntaxError spanning two tokens. */
    final ParseError errorAt(Token a, Token b, String msg) {
        return new ParseError(ParseError.SYNTAX, msg, a.line, charCol(a.line, a.col) + 1, lineWithNewline(a.line),
                b.endLine, charCol(b.endLine, b.endCol) + 1);
    }

    final ParseError errorAt(Token a, Token b, String kind, String msg) {
        return new ParseError(kind, msg, a.line, charCol(a.line, a.col) + 1, lineWithNewline(a.line),
                b.endLine, charCol(b.endLine, b.endCol) + 1);
    }

    /** A SyntaxError spanning AST positions (byte columns). */
    final ParseError errorAt(Pos a, Pos b, String msg) {
        return new ParseError(ParseError.SYNTAX, msg, a.lineno(), byteToChar(a.lineno(), a.col_offset()) + 1,
                lineWithNewline(a.lineno()), b.end_lineno(), byteToChar(b.end_lineno(), b.end_col_offset()) + 1);
    }

    final ParseError errorAt(Ast.Expr a, String msg) {
        return errorAt(a.pos(), a.pos(), msg);
    }

    /** UTF-16 column to code-point column. */
    int charCol(int line, int col) {
        String text = Tokenizer.lineText(src, line);
        int c = 0;
        for (int i = 0; i < col && i < text.length(); i++) {
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                c++;
            }
        }
        return c + Math.max(0, col - text.length());
    }

    int byteToChar(int line, int bcol) {
        String text = Tokenizer.lineText(src, line);
        int b = 0;
        int c = 0;
        int i = 0;
        while (b < bcol && i < text.length()) {
            int cp = text.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            c++;
        }
        return c + Math.max(0, bcol - b);
    }
}
