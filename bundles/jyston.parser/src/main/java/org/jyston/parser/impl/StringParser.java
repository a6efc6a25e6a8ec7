package org.jyston.parser.impl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast.Constant;
import org.jyston.api.ast.Ast.Expr;
import org.jyston.api.ast.Ast.FormattedValue;
import org.jyston.api.ast.Ast.JoinedStr;
import org.jyston.api.ast.Pos;

/**
 * Implicit concatenation of adjacent string tokens and f-strings with CPython 3.11's rules: literal
 * pieces merge, every piece of a JoinedStr carries the position of the whole concatenation, and the
 * replacement-field expressions are parsed by a sub-parser positioned on the original source.
 */
final class StringParser {
    private static final int MAX_NESTING = 2;

    private final ExprParser parser;
    private Pos whole;
    private List<Expr> values;
    private StringBuilder pending;

    StringParser(ExprParser parser) {
        this.parser = parser;
    }

    Expr concatenate(List<Token> toks) {
        Token first = toks.get(0);
        Token lastTok = toks.get(toks.size() - 1);
        whole = ParserBase.pos(first, lastTok);
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : toks) {
            StringLiterals.Literal lit = StringLiterals.literal(t.text);
            if (lit.bytes()) {
                anyBytes = true;
            } else {
                anyStr = true;
                checkUtf8(t, lit);
            }
            anyF |= lit.fstring();
        }
        if (anyBytes && anyStr) {
            throw atNext("cannot mix bytes and nonbytes literals");
        }
        String kind = StringLiterals.literal(first.text).unicode() ? "u" : null;
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Token t : toks) {
                StringLiterals.Literal lit = StringLiterals.literal(t.text);
                try {
                    out.writeBytes(StringLiterals.decodeBytes(t.text, lit.bodyStart(), lit.bodyEnd(), lit.raw()));
                } catch (StringLiterals.EscapeError e) {
                    if (e.getMessage().startsWith("bytes can only")) {
                        throw parser.errorAt(t, t, e.getMessage());
                    }
                    throw atNext(e.getMessage());
                }
            }
            return new Constant(org.jyston.api.object.PyBytes.wrap(out.toByteArray()), null, whole);
        }
        if (!anyF) {
            List<Integer> splits = new ArrayList<>(0);
            if (toks.size() == 1) {
                String v = decode(first, splits);
                return new Constant(splits.isEmpty() ? v : CodePointStr.of(v, splits), kind, whole);
            }
            StringBuilder b = new StringBuilder();
            List<Integer> pieceSplits = new ArrayList<>(0);
            for (Token t : toks) {
                String piece = decode(t, pieceSplits);
                int base = b.length();
                if (base > 0 && !piece.isEmpty() && Character.isHighSurrogate(b.charAt(base - 1))
                        && Character.isLowSurrogate(piece.charAt(0))) {
                    splits.add(base);
                }
                for (int sp : pieceSplits) {
                    splits.add(base + sp);
                }
                pieceSplits.clear();
                b.append(piece);
            }
            String v = b.toString();
            return new Constant(splits.isEmpty() ? v : CodePointStr.of(v, splits), kind, whole);
        }
        values = new ArrayList<>();
        pending = new StringBuilder();
        for (Token t : toks) {
            StringLiterals.Literal lit = StringLiterals.literal(t.text);
            if (lit.fstring()) {
                fstring(t, lit.bodyStart(), lit.bodyEnd(), lit.raw(), 0, values);
            } else {
                pending.append(decode(t));
            }
        }
        flush(values);
        return new JoinedStr(values, whole);
    }

    private String decode(Token t) {
        return decode(t, null);
    }

    private String decode(Token t, List<Integer> splits) {
        StringLiterals.Literal lit = StringLiterals.literal(t.text);
        try {
            return StringLiterals.decodeStr(t.text, lit.bodyStart(), lit.bodyEnd(), lit.raw(), splits);
        } catch (StringLiterals.EscapeError e) {
            throw atNext(e.getMessage());
        }
    }

    /** Invalid UTF-8 in a str literal: CPython's decoder error, at the token after the string. */
    private void checkUtf8(Token t, StringLiterals.Literal lit) {
        String s = t.text;
        int bad = Utf8Errors.firstEscaped(s, lit.bodyStart(), lit.bodyEnd());
        if (bad < 0) {
            return;
        }
        int from = lit.bodyStart();
        int to = lit.bodyEnd();
        boolean whole = !lit.fstring() && (lit.raw() || s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to);
        if (!whole) {
            // CPython decodes each run of non-ASCII bytes separately
            from = bad;
            while (from > lit.bodyStart() && s.charAt(from - 1) >= 0x80) {
                from--;
            }
            to = bad;
            while (to < lit.bodyEnd() && s.charAt(to) >= 0x80) {
                to++;
            }
        }
        throw atNext(Utf8Errors.message(s, from, to, bad));
    }

    private void flush(List<Expr> into) {
        if (pending.length() > 0) {
            into.add(new Constant(pending.toString(), null, whole));
            pending.setLength(0);
        }
    }

    /** CPython 3.11 reports errors found while decoding strings at the token after them. */
    private ParseError atNext(String msg) {
        Token at = parser.lastFetched();
        return parser.errorAt(at, at, msg);
    }

    /** CPython 3.11 reports f-string errors at the token after the string(s). */
    private ParseError fError(Token t, String msg) {
        Token at = parser.lastFetched();
        return parser.errorAt(at, at, "f-string: " + msg);
    }

    /**
     * Parses f-string text {@code [from, to)} of token {@code t} into {@code into}; at {@code level > 0}
     * (a format spec) stops at an unmatched '}' and returns its index.
     */
    private int fstring(Token t, int from, int to, boolean raw, int level, List<Expr> into) {
        String s = t.text;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '{') {
                if (level == 0 && i + 1 < to && s.charAt(i + 1) == '{') {
                    pending.append('{');
                    i += 2;
                    continue;
                }
                i = field(t, i, to, raw, level, into);
            } else if (c == '}') {
                if (level > 0) {
                    return i;
                }
                if (i + 1 < to && s.charAt(i + 1) == '}') {
                    pending.append('}');
                    i += 2;
                    continue;
                }
                throw fError(t, "single '}' is not allowed");
            } else if (c == '\\' && !raw) {
                if (i + 1 < to && s.charAt(i + 1) == 'N' && i + 2 < to && s.charAt(i + 2) == '{') {
                    try {
                        i = StringLiterals.escape(s, i + 1, to, pending, from);
                    } catch (StringLiterals.EscapeError e) {
                        throw atNext(e.getMessage());
                    }
                    continue;
                }
                try {
                    i = StringLiterals.escape(s, i + 1, to, pending, from);
                } catch (StringLiterals.EscapeError e) {
                    throw atNext(e.getMessage());
                }
            } else {
                pending.append(c);
                i++;
            }
        }
        if (level > 0) {
            throw fError(t, "expecting '}'");
        }
        return i;
    }

    /** A replacement field whose '{' is at {@code open}; returns the index after its '}'. */
    private int field(Token t, int open, int to, boolean raw, int level, List<Expr> into) {
        if (level >= MAX_NESTING) {
            throw fError(t, "expressions nested too deeply");
        }
        String s = t.text;
        int i = open + 1;
        int depth = 0;
        char quote = 0;
        int quoteLen = 0;
        int exprEnd = -1;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                throw atNext("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (quoteLen == 1 || (i + 2 < to && s.charAt(i + 1) == quote
                        && s.charAt(i + 2) == quote))) {
                    i += quoteLen;
                    quote = 0;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quoteLen = i + 2 < to && s.charAt(i + 1) == c && s.charAt(i + 2) == c ? 3 : 1;
                i += quoteLen;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    throw fError(t, "unmatched '" + c + "'");
                }
                depth--;
            } else if (c == '}') {
                if (depth == 0) {
                    exprEnd = i;
                    break;
                }
                depth--;
            } else if (c == '#') {
                throw atNext("f-string expression part cannot include '#'");
            } else if (depth == 0) {
                char n1 = i + 1 < to ? s.charAt(i + 1) : 0;
                if (c == '!' && n1 != '=') {
                    exprEnd = i;
                    break;
                }
                if (c == ':') {
                    exprEnd = i;
                    break;
                }
                if (c == '=' && n1 != '=') {
                    char p0 = s.charAt(i - 1);
                    if (p0 != '=' && p0 != '!' && p0 != '<' && p0 != '>') {
                        exprEnd = i;
                        break;
                    }
                }
                if ((c == '=' || c == '!' || c == '<' || c == '>') && n1 == '=') {
                    i += 2;
                    continue;
                }
            }
            i++;
        }
        if (quote != 0) {
            throw fError(t, "unterminated string");
        }
        if (exprEnd < 0) {
            throw fError(t, "expecting '}'");
        }
        String exprText = s.substring(open + 1, exprEnd);
        if (exprText.isBlank()) {
            throw fError(t, "empty expression not allowed");
        }
        Expr value = parseExpr(t, open, exprText);
        i = exprEnd;
        int conversion = -1;
        boolean debug = false;
        if (s.charAt(i) == '=') {
            debug = true;
            i++;
            while (i < to && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            pending.append(s, open + 1, i);
        }
        flush(into);
        if (i < to && s.charAt(i) == '!') {
            i++;
            char conv = i < to ? s.charAt(i) : 0;
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw fError(t, "invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i++;
            if (i >= to || (s.charAt(i) != ':' && s.charAt(i) != '}')) {
                throw fError(t, "expecting '}'");
            }
        }
        Expr spec = null;
        if (i < to && s.charAt(i) == ':') {
            i++;
            List<Expr> specValues = new ArrayList<>();
            StringBuilder saved = pending;
            pending = new StringBuilder();
            i = fstring(t, i, to, raw, level + 1, specValues);
            if (pending.length() > 0) {
                // CPython 3.11 gives a spec's trailing literal the position of its own token
                specValues.add(new Constant(pending.toString(), null, ParserBase.pos(t, t)));
                pending.setLength(0);
            }
            pending = saved;
            spec = new JoinedStr(specValues, ParserBase.pos(t, t));
        }
        if (i >= to || s.charAt(i) != '}') {
            throw fError(t, "expecting '}'");
        }
        if (debug && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        into.add(new FormattedValue(value, conversion, spec, whole));
        return i + 1;
    }

    /** Parses the expression whose '{' is at {@code open} in token {@code t}, positioned as CPython 3.11. */
    private Expr parseExpr(Token t, int open, String exprText) {
        String s = t.text;
        boolean newlineAfterBrace = true;
        for (int k = open + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int lines = 0;
        int lastNl = -1;
        for (int k = 0; k < open; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
                lastNl = k;
            }
        }
        char[] tc = s.toCharArray();
        int cols = newlineAfterBrace ? 0 : Tokenizer.utf8Len(tc, lastNl + 1, open);
        int colShift = lines == 0 ? t.bcol + cols : cols;
        try {
            return parser.fstringExpression(exprText, t.line + lines - 1, colShift);
        } catch (ParseError e) {
            if (e.msg.startsWith("f-string") || e.fatal()) {
                throw e;
            }
            // CPython 3.11 places these on the expression's line, at columns of the "(expr)" text
            char[] chars = ("(" + exprText + ")").toCharArray();
            StmtParser sub = new StmtParser(new Tokenizer(chars, 0, 0));
            try {
                sub.fstringInput();
            } catch (ParseError r) {
                if (r.fatal()) {
                    throw r;
                }
                int shift = t.line + lines - 1;
                String msg = sub.tokenizerFailed ? r.msg : "f-string: " + r.msg;
                throw new ParseError(r.kind, msg, r.lineno + shift, r.offset, r.text, r.endLineno + shift,
                        r.endOffset);
            }
            throw fError(t, e.msg);
        }
    }
}
