package org.jyston.parser.impl;

import java.text.Normalizer;

/**
 * A hand-written, lazy tokenizer for Python 3.11 source: produces NAME, NUMBER, STRING, OP, NEWLINE,
 * INDENT, DEDENT and ENDMARKER (comments and non-logical newlines are dropped). String tokens keep
 * their raw text; {@link StringLiterals} decodes them.
 */
final class Tokenizer {
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    /** For {@link #error}: an end offset of 0. */
    private static final int END_ZERO = Integer.MIN_VALUE;

    final char[] s;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;

    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentTop;
    private int pendingIndents; // > 0: INDENTs to emit; < 0: DEDENTs to emit
    private boolean atBol = true;
    private boolean lastWasNewline = true;
    private boolean done;

    private final char[] parenStack = new char[200];
    private final int[] parenLine = new int[200];
    private final int[] parenCol = new int[200];
    int level;

    /** For f-string sub-parsers: added to line numbers, and to byte columns of the first line. */
    private final int lineShift;
    private final int colShift;

    // cache for byte-column computation
    private int asciiLineStart = -1;
    private boolean asciiLine;

    Tokenizer(char[] source) {
        this(source, 0, 0);
    }

    Tokenizer(char[] source, int lineShift, int colShift) {
        this.s = source;
        this.n = source.length;
        this.lineShift = lineShift;
        this.colShift = colShift;
    }

    /** Normalises line endings to {@code \n} and drops a byte-order mark, as CPython's reader does. */
    static char[] prepare(String source) {
        int start = source.startsWith("\uFEFF") ? 1 : 0;
        if (source.indexOf('\r') < 0) {
            return source.substring(start).toCharArray();
        }
        StringBuilder b = new StringBuilder(source.length());
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().toCharArray();
    }

    // ---------------------------------------------------------------- positions and errors

    int currentLine() {
        return line;
    }

    /** UTF-8 byte column of source index {@code off} on the line starting at {@code ls}. */
    int bcol(int ls, int off) {
        if (ls != asciiLineStart) {
            asciiLineStart = ls;
            asciiLine = true;
            for (int i = ls; i < n && s[i] != '\n'; i++) {
                if (s[i] >= 0x80) {
                    asciiLine = false;
                    break;
                }
            }
        }
        if (asciiLine) {
            return off - ls;
        }
        return utf8Len(s, ls, off);
    }

    static int utf8Len(char[] s, int from, int to) {
        int b = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80) {
                b++;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isSurrogate(c)) {
                b += 2; // a pair makes 4
            } else {
                b += 3;
            }
        }
        return b;
    }

    /** Code-point column (0-based) of source index {@code off} on the line starting at {@code ls}. */
    int ccol(int ls, int off) {
        int c = 0;
        for (int i = ls; i < off; i++) {
            if (!(Character.isLowSurrogate(s[i]) && i > ls && Character.isHighSurrogate(s[i - 1]))) {
                c++;
            }
        }
        return c;
    }

    private Token make(int type, String text, int startLine, int startLs, int start, int endLine, int endLs,
            int end) {
        int bc = bcol(startLs, start);
        int ebc = bcol(endLs, end);
        if (startLine == 1) {
            bc += colShift;
        }
        if (endLine == 1) {
            ebc += colShift;
        }
        return new Token(type, text, startLine + lineShift, start - startLs, bc, endLine + lineShift,
                end - endLs, ebc, start, end);
    }

    /** The text of line {@code lineno} (1-based) without its newline, or "" past the end. */
    static String lineText(char[] s, int lineno) {
        int ls = lineStartOf(s, lineno);
        if (ls < 0) {
            return "";
        }
        int e = ls;
        while (e < s.length && s[e] != '\n') {
            e++;
        }
        return new String(s, ls, e - ls);
    }

    static int lineStartOf(char[] s, int lineno) {
        int l = 1;
        int i = 0;
        while (l < lineno) {
            while (i < s.length && s[i] != '\n') {
                i++;
            }
            if (i >= s.length) {
                return -1;
            }
            i++;
            l++;
        }
        return i;
    }

    /** A tokenizer error: text is the current line up to the tokenizer's position, as CPython gives it. */
    ParseError error(String kind, String msg, int errLine, int errLs, int errPos, int endPos) {
        int upto = Math.max(pos, errPos);
        int e = errLs;
        while (e < n && e < upto && s[e] != '\n') {
            e++;
        }
        String text = new String(s, errLs, e - errLs);
        int off = ccol(errLs, errPos) + 1;
        int endOff = endPos == END_ZERO ? 0 : endPos < 0 ? endPos : ccol(errLs, endPos) + 1;
        return new ParseError(kind, msg, errLine + lineShift, off, text, errLine + lineShift, endOff);
    }

    private ParseError errorHere(String msg, int at) {
        return error(ParseError.SYNTAX, msg, line, lineStart, at, at);
    }

    /** The innermost unclosed bracket, for "'(' was never closed": {char, line, col} or null. */
    int[] openBracket() {
        if (level == 0) {
            return null;
        }
        return new int[] {parenStack[level - 1], parenLine[level - 1], parenCol[level - 1]};
    }

    // ---------------------------------------------------------------- scanning

    Token next() {
        while (true) {
            if (pendingIndents != 0) {
                if (pendingIndents < 0) {
                    pendingIndents++;
                    if (pos >= n) {
                        return eofToken(Token.DEDENT);
                    }
                    return make(Token.DEDENT, "", line, lineStart, pos, line, lineStart, pos);
                }
                pendingIndents--;
                return make(Token.INDENT, "", line, lineStart, lineStart, line, lineStart, pos);
            }
            if (done) {
                return eofToken(Token.ENDMARKER);
            }
            boolean blank = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                while (pos < n) {
                    char c = s[pos];
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else {
                        break;
                    }
                    pos++;
                }
                if (pos >= n || s[pos] == '#' || s[pos] == '\n') {
                    blank = true;
                    if (pos >= n && level == 0) {
                        blank = false; // EOF: dedent to column 0 below
                        col = 0;
                        altcol = 0;
                    }
                }
                if (!blank && level == 0) {
                    if (col == indents[indentTop]) {
                        if (altcol != altIndents[indentTop]) {
                            throw tabError();
                        }
                    } else if (col > indents[indentTop]) {
                        if (indentTop + 1 >= MAXINDENT) {
                            throw error(ParseError.INDENTATION, "too many levels of indentation", line, lineStart,
                                    lineStart, END_ZERO);
                        }
                        if (altcol <= altIndents[indentTop]) {
                            throw tabError();
                        }
                        indentTop++;
                        indents[indentTop] = col;
                        altIndents[indentTop] = altcol;
                        pendingIndents = 1;
                    } else {
                        while (indentTop > 0 && col < indents[indentTop]) {
                            pendingIndents--;
                            indentTop--;
                        }
                        if (col != indents[indentTop]) {
                            throw error(ParseError.INDENTATION,
                                    "unindent does not match any outer indentation level", line, lineStart,
                                    endOfLine(pos), -1);
                        }
                        if (altcol != altIndents[indentTop]) {
                            throw tabError();
                        }
                    }
                    if (pendingIndents != 0) {
                        if (pos >= n) {
                            // EOF: the implicit NEWLINE comes before the DEDENTs
                            if (!lastWasNewline) {
                                lastWasNewline = true;
                                return make(Token.NEWLINE, "", line, lineStart, pos, line, lineStart, pos);
                            }
                        }
                        continue;
                    }
                }
            }
            // skip whitespace
            while (pos < n) {
                char c = s[pos];
                if (c == ' ' || c == '\t' || c == '\f') {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos < n && s[pos] == '#') {
                while (pos < n && s[pos] != '\n') {
                    pos++;
                }
            }
            if (pos >= n) {
                if (level > 0) {
                    throw neverClosed();
                }
                if (!lastWasNewline) {
                    lastWasNewline = true;
                    // implicit newline at the end of the last line
                    atBol = true;
                    return make(Token.NEWLINE, "", line, lineStart, pos, line, lineStart, pos);
                }
                // dedent everything
                if (indentTop > 0) {
                    pendingIndents = -indentTop;
                    indentTop = 0;
                    done = true;
                    continue;
                }
                done = true;
                continue;
            }
            char c = s[pos];
            if (c == '\n') {
                int start = pos;
                pos++;
                int l = line;
                int ls = lineStart;
                line++;
                lineStart = pos;
                atBol = true;
                if (blank || level > 0 || lastWasNewline) {
                    continue; // NL
                }
                lastWasNewline = true;
                return make(Token.NEWLINE, "", l, ls, start, l, ls, start);
            }
            if (c == '\\') {
                if (pos + 1 >= n) {
                    pos++;
                    throw unexpectedEof();
                }
                if (s[pos + 1] != '\n') {
                    pos++;
                    throw error(ParseError.SYNTAX, "unexpected character after line continuation character", line,
                            lineStart, pos, END_ZERO);
                }
                if (pos + 2 >= n) {
                    String text = lineText(s, line) + "\n";
                    throw new ParseError(ParseError.SYNTAX, "unexpected EOF while parsing", line + lineShift,
                            ccol(lineStart, pos + 1) + 1, text, line + lineShift, -1);
                }
                pos += 2;
                line++;
                lineStart = pos;
                continue;
            }
            lastWasNewline = false;
            return token(c);
        }
    }

    private int endOfLine(int from) {
        int e = from;
        while (e < n && s[e] != '\n') {
            e++;
        }
        return e;
    }

    /** DEDENT and ENDMARKER at the end: CPython places them at column 0 of the last line. */
    private Token eofToken(int type) {
        int l = line;
        int ls = lineStart;
        if (n > 0 && s[n - 1] == '\n' && l > 1) {
            l--;
            ls = n - 1;
            while (ls > 0 && s[ls - 1] != '\n') {
                ls--;
            }
        }
        int e = ls;
        while (e < n && s[e] != '\n') {
            e++;
        }
        int col = e - ls;
        int b = bcol(ls, e) + (l == 1 ? colShift : 0);
        return new Token(type, "", l + lineShift, col, b, l + lineShift, col, b, e, e);
    }

    /** EOF inside brackets: CPython reports the innermost unclosed one. */
    ParseError neverClosed() {
        char open = parenStack[level - 1];
        int l = parenLine[level - 1];
        String text = lineText(s, l);
        int ls = lineStartOf(s, l);
        // CPython's text keeps the newline only when the bracket's line is the source's last one
        if (ls + text.length() >= s.length - 1) {
            text += "\n";
        }
        return new ParseError(ParseError.SYNTAX, "'" + open + "' was never closed", l + lineShift,
                ccol(ls, ls + parenCol[level - 1]) + 1, text, l + lineShift, 0);
    }

    private ParseError unexpectedEof() {
        String text = lineText(s, line) + "\n";
        return new ParseError(ParseError.SYNTAX, "unexpected EOF while parsing", line + lineShift,
                ccol(lineStart, Math.min(pos, n)) + 1, text, line + lineShift, -1);
    }

    private ParseError tabError() {
        return new ParseError(ParseError.TAB, "inconsistent use of tabs and spaces in indentation", line + lineShift,
                1, lineText(s, line) + "\n", line + lineShift, 0);
    }

    private static boolean isIdStartAscii(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdPartAscii(char c) {
        return isIdStartAscii(c) || (c >= '0' && c <= '9');
    }

    private Token token(char c) {
        int start = pos;
        if (isIdStartAscii(c) || c >= 0x80) {
            // string prefix?
            int p = pos;
            boolean b = false;
            boolean r = false;
            boolean u = false;
            boolean f = false;
            while (p < n) {
                char ch = s[p];
                if ((ch == 'b' || ch == 'B') && !b && !u && !f) {
                    b = true;
                } else if ((ch == 'r' || ch == 'R') && !r && !u) {
                    r = true;
                } else if ((ch == 'u' || ch == 'U') && !b && !r && !u && !f) {
                    u = true;
                } else if ((ch == 'f' || ch == 'F') && !f && !b && !u) {
                    f = true;
                } else {
                    break;
                }
                p++;
            }
            if (p < n && p > pos && (s[p] == '"' || s[p] == '\'')) {
                pos = p;
                return string(start);
            }
            return name(start);
        }
        if ((c >= '0' && c <= '9') || (c == '.' && pos + 1 < n && s[pos + 1] >= '0' && s[pos + 1] <= '9')) {
            return number(start);
        }
        if (c == '"' || c == '\'') {
            return string(start);
        }
        return operator(c, start);
    }

    private Token name(int start) {
        boolean ascii = true;
        while (pos < n) {
            char c = s[pos];
            if (isIdPartAscii(c)) {
                pos++;
            } else if (c >= 0x80) {
                if (Utf8Errors.isEscaped(c)) {
                    int to = pos;
                    while (to < n && s[to] >= 0x80) {
                        to++;
                    }
                    String msg = Utf8Errors.message(new String(s, start, to - start), 0, to - start, pos - start);
                    throw error(ParseError.SYNTAX, msg, line, lineStart, pos, -1);
                }
                int cp = Character.codePointAt(s, pos);
                boolean ok = pos == start ? isIdStart(cp) : isIdPart(cp);
                if (!ok) {
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (pos == start) {
            int cp = Character.codePointAt(s, pos);
            pos += Character.charCount(cp);
            String hex = String.format("%04X", cp);
            if (!isPrintable(cp)) {
                throw error(ParseError.SYNTAX, "invalid non-printable character U+" + hex, line, lineStart, start,
                        start);
            }
            throw error(ParseError.SYNTAX, "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex
                    + ")", line, lineStart, start, start);
        }
        String text = new String(s, start, pos - start);
        if (!ascii) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return make(Token.NAME, text, line, lineStart, start, line, lineStart, pos);
    }

    private static boolean isPrintable(int cp) {
        return UnicodeTables.isPrintable(cp);
    }

    static boolean isIdStart(int cp) {
        if (cp < 0x80) {
            return isIdStartAscii((char) cp);
        }
        return UnicodeTables.isIdStart(cp);
    }

    static boolean isIdPart(int cp) {
        if (cp < 0x80) {
            return isIdPartAscii((char) cp);
        }
        return UnicodeTables.isIdContinue(cp);
    }

    // ---------------------------------------------------------------- numbers

    private boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private char at(int i) {
        return i < n ? s[i] : '\0';
    }

    /** Digits with single underscores between them; returns false if none were read. */
    private boolean decimalTail(int start) {
        boolean any = false;
        while (pos < n) {
            char c = s[pos];
            if (digit(c)) {
                pos++;
                any = true;
            } else if (c == '_' && any) {
                pos++;
                if (!digit(at(pos))) {
                    throw invalidNumber("invalid decimal literal", start);
                }
            } else {
                break;
            }
        }
        return any;
    }

    private ParseError invalidNumber(String msg, int start) {
        // CPython points at the last character read
        int at = Math.max(start, pos - 1);
        return error(ParseError.SYNTAX, msg, line, lineStart, at, at);
    }

    private Token number(int start) {
        char c = s[pos];
        if (c == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X')) {
            pos += 2;
            radixDigits(16, "hexadecimal", start);
            return endNumber(start, "hexadecimal");
        }
        if (c == '0' && (at(pos + 1) == 'o' || at(pos + 1) == 'O')) {
            pos += 2;
            radixDigits(8, "octal", start);
            return endNumber(start, "octal");
        }
        if (c == '0' && (at(pos + 1) == 'b' || at(pos + 1) == 'B')) {
            pos += 2;
            radixDigits(2, "binary", start);
            return endNumber(start, "binary");
        }
        boolean isFloat = false;
        boolean leadingZeroProblem = false;
        if (c != '.') {
            decimalTail(start);
            if (s[start] == '0') {
                for (int i = start; i < pos; i++) {
                    if (s[i] != '0' && s[i] != '_') {
                        leadingZeroProblem = true;
                    }
                }
            }
        }
        if (at(pos) == '.') {
            pos++;
            isFloat = true;
            decimalTail(start);
        }
        char e = at(pos);
        if (e == 'e' || e == 'E') {
            int save = pos;
            pos++;
            if (at(pos) == '+' || at(pos) == '-') {
                pos++;
            }
            if (!digit(at(pos))) {
                int bad = pos;
                pos = save;
                if (isFloat || !leadingZeroProblem) {
                    pos = bad;
                    int at = bad - (s[bad - 1] == '+' || s[bad - 1] == '-' ? 1 : 2);
                    throw error(ParseError.SYNTAX, "invalid decimal literal", line, lineStart, at, at);
                }
            } else {
                decimalTail(start);
                isFloat = true;
            }
        }
        if (at(pos) == 'j' || at(pos) == 'J') {
            pos++;
            isFloat = true;
        }
        if (leadingZeroProblem && !isFloat) {
            throw error(ParseError.SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o "
                    + "prefix for octal integers", line, lineStart, start, start + 1);
        }
        return endNumber(start, "decimal");
    }

    private void radixDigits(int radix, String kind, int start) {
        boolean any = false;
        while (pos < n) {
            char c = s[pos];
            if (c == '_') {
                pos++;
                c = at(pos);
                if (Character.digit(c, radix) < 0) {
                    throw invalidNumber("invalid " + kind + " literal", start);
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (c >= 0x80 || d < 0) {
                break;
            }
            if (d >= radix) {
                if (radix == 16) {
                    break;
                }
                pos++;
                throw error(ParseError.SYNTAX, "invalid digit '" + c + "' in " + kind + " literal", line, lineStart,
                        pos - 1, pos - 1);
            }
            pos++;
            any = true;
        }
        if (!any) {
            throw invalidNumber("invalid " + kind + " literal", start);
        }
    }

    private Token endNumber(int start, String kind) {
        if (pos < n) {
            char c = s[pos];
            if (isIdStartAscii(c) || c >= 0x80 && isIdStart(Character.codePointAt(s, pos))) {
                // allowed (with a deprecation warning in CPython) before some keywords
                if (!(startsKw("and") || startsKw("else") || startsKw("for") || startsKw("if") || startsKw("in")
                        || startsKw("is") || startsKw("not") || startsKw("or"))) {
                    // CPython points just before the offending character
                    int at = pos - 1;
                    if (kind.equals("decimal") && (s[pos - 1] == 'j' || s[pos - 1] == 'J')) {
                        kind = "imaginary";
                    }
                    while (pos < n && (isIdPartAscii(s[pos]))) {
                        pos++;
                    }
                    throw error(ParseError.SYNTAX, "invalid " + kind + " literal", line, lineStart, at, at);
                }
            }
        }
        return make(Token.NUMBER, new String(s, start, pos - start), line, lineStart, start, line, lineStart, pos);
    }

    private boolean startsKw(String kw) {
        int l = kw.length();
        if (pos + l > n) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (s[pos + i] != kw.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- strings

    private Token string(int start) {
        char q = s[pos];
        int startLine = line;
        int startLs = lineStart;
        boolean triple = at(pos + 1) == q && at(pos + 2) == q;
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= n) {
                if (triple) {
                    int detected = line - (n > 0 && s[n - 1] == '\n' ? 1 : 0);
                    throw error(ParseError.SYNTAX, "unterminated triple-quoted string literal (detected at line "
                            + (detected + lineShift) + ")", startLine, startLs, start, start);
                }
                throw error(ParseError.SYNTAX, "unterminated string literal (detected at line " + (line + lineShift)
                        + ")", startLine, startLs, start, start);
            }
            char c = s[pos];
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (at(pos + 1) == q && at(pos + 2) == q) {
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                pos++;
                if (pos < n) {
                    if (s[pos] == '\n') {
                        line++;
                        lineStart = pos + 1;
                    }
                    pos++;
                }
            } else if (c == '\n') {
                if (!triple) {
                    int save = pos;
                    pos = save;
                    throw error(ParseError.SYNTAX, "unterminated string literal (detected at line " + (line + lineShift)
                            + ")", startLine, startLs, start, start);
                }
                pos++;
                line++;
                lineStart = pos;
            } else {
                pos++;
            }
        }
        return make(Token.STRING, new String(s, start, pos - start), startLine, startLs, start, line, lineStart, pos);
    }

    // ---------------------------------------------------------------- operators

    private Token op(String text, int start) {
        pos = start + text.length();
        return make(Token.OP, text, line, lineStart, start, line, lineStart, pos);
    }

    private Token operator(char c, int start) {
        char c1 = at(pos + 1);
        char c2 = at(pos + 2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= parenStack.length) {
                    throw errorHere("too many nested parentheses", start);
                }
                parenStack[level] = c;
                parenLine[level] = line;
                parenCol[level] = start - lineStart;
                level++;
                return op(c == '(' ? "(" : c == '[' ? "[" : "{", start);
            }
            case ')', ']', '}' -> {
                pos++;
                if (level == 0) {
                    throw error(ParseError.SYNTAX, "unmatched '" + c + "'", line, lineStart, start, start);
                }
                char open = parenStack[level - 1];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    String msg = parenLine[level - 1] != line
                            ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                                    + "' on line " + (parenLine[level - 1] + lineShift)
                            : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                    throw error(ParseError.SYNTAX, msg, line, lineStart, start, start);
                }
                level--;
                return op(c == ')' ? ")" : c == ']' ? "]" : "}", start);
            }
            case ':' -> {
                return op(c1 == '=' ? ":=" : ":", start);
            }
            case ',' -> {
                return op(",", start);
            }
            case ';' -> {
                return op(";", start);
            }
            case '.' -> {
                return op(c1 == '.' && c2 == '.' ? "..." : ".", start);
            }
            case '+' -> {
                return op(c1 == '=' ? "+=" : "+", start);
            }
            case '-' -> {
                return op(c1 == '=' ? "-=" : c1 == '>' ? "->" : "-", start);
            }
            case '*' -> {
                if (c1 == '*') {
                    return op(c2 == '=' ? "**=" : "**", start);
                }
                return op(c1 == '=' ? "*=" : "*", start);
            }
            case '/' -> {
                if (c1 == '/') {
                    return op(c2 == '=' ? "//=" : "//", start);
                }
                return op(c1 == '=' ? "/=" : "/", start);
            }
            case '%' -> {
                return op(c1 == '=' ? "%=" : "%", start);
            }
            case '@' -> {
                return op(c1 == '=' ? "@=" : "@", start);
            }
            case '&' -> {
                return op(c1 == '=' ? "&=" : "&", start);
            }
            case '|' -> {
                return op(c1 == '=' ? "|=" : "|", start);
            }
            case '^' -> {
                return op(c1 == '=' ? "^=" : "^", start);
            }
            case '~' -> {
                return op("~", start);
            }
            case '<' -> {
                if (c1 == '<') {
                    return op(c2 == '=' ? "<<=" : "<<", start);
                }
                return op(c1 == '=' ? "<=" : c1 == '>' ? "<>" : "<", start);
            }
            case '>' -> {
                if (c1 == '>') {
                    return op(c2 == '=' ? ">>=" : ">>", start);
                }
                return op(c1 == '=' ? ">=" : ">", start);
            }
            case '=' -> {
                return op(c1 == '=' ? "==" : "=", start);
            }
            case '!' -> {
                if (c1 == '=') {
                    return op("!=", start);
                }
                return op("!", start);
            }
            default -> {
                if (c >= 0x80) {
                    return name(start);
                }
                // '$', '?', '`' and control characters
                if (c < ' ' && c != '\t') {
                    pos++;
                    throw error(ParseError.SYNTAX, String.format("invalid non-printable character U+%04X", (int) c),
                            line, lineStart, start, start);
                }
                return op(String.valueOf(c), start);
            }
        }
    }
}
