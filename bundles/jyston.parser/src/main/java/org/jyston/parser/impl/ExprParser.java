package org.jyston.parser.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Ast.*;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyNone;

/** Expressions, targets, call arguments, comprehensions and parameter lists. */
abstract class ExprParser extends ParserBase {
    ExprParser(Tokenizer tz) {
        super(tz);
    }

    // ---------------------------------------------------------------- helpers

    static Pos span(Expr a, Expr b) {
        return Pos.span(a.pos(), b.pos());
    }

    /** Whether the token can begin an expression (used for lookahead decisions and error hints). */
    static boolean startsExpression(Token t) {
        switch (t.type) {
            case Token.NAME:
                if (!KEYWORDS.contains(t.text)) {
                    return true;
                }
                return switch (t.text) {
                    case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                    default -> false;
                };
            case Token.NUMBER:
            case Token.STRING:
                return true;
            case Token.OP:
                return switch (t.text) {
                    case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    static boolean startsExpressionNoStar(Token t) {
        return startsExpression(t) && !t.isOp("*");
    }

    // ---------------------------------------------------------------- expression lists

    /** {@code expressions}: expression (',' expression)* [','] */
    final Expr expressions() {
        Token start = peek();
        Expr e = expression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",")) {
            if (!startsExpressionNoStar(peek())) {
                break;
            }
            elts.add(expression());
        }
        return new Tuple(elts, ExprContext.Load, pos(start));
    }

    /** {@code star_expressions} */
    final Expr starExpressions() {
        Token start = peek();
        Expr e = starExpression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(elts, ExprContext.Load, pos(start));
    }

    final Expr starExpression() {
        if (atOp("*")) {
            Token start = next();
            Expr v = bitwiseOr();
            return new Starred(v, ExprContext.Load, pos(start));
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (atOp("*")) {
            Token start = next();
            Expr v = bitwiseOr();
            return new Starred(v, ExprContext.Load, pos(start));
        }
        return namedExpression();
    }

    /** {@code star_named_expressions} as a list, stopping before the closing token. */
    /** CPython's invalid_named_expression: {@code NAME '=' bitwise_or} not followed by '=' or ':='. */
    final void invalidEquals(Expr e) {
        if (!(e instanceof Name) || !atOp("=")) {
            return;
        }
        int mark = p;
        int lv = level;
        int ch = chain;
        next();
        Expr rhs;
        try {
            rhs = bitwiseOr();
        } catch (ParseError pe) {
            if (pe.fatal()) {
                throw pe;
            }
            p = mark;
            level = lv;
            chain = ch;
            return;
        }
        if (!atOp("=") && !atOp(":=")) {
            throw errorAt(e.pos(), rhs.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        p = mark;
    }

    /** {@code [a, b for ...]}: CPython's "did you forget parentheses around the comprehension target?". */
    final void unparenthesizedTarget(List<Expr> elts) {
        if ((atKw("for") || atKw("async")) && elts.size() > 1) {
            throw errorAt(elts.get(0).pos(), elts.get(elts.size() - 1).pos(),
                    "did you forget parentheses around the comprehension target?");
        }
    }

    final void starNamedExpressionsInto(List<Expr> elts, String close) {
        while (acceptOp(",")) {
            if (atOp(close)) {
                return;
            }
            Token s = peek();
            Expr e = starNamedExpression();
            missingComma(s, e, close);
            elts.add(e);
        }
    }

    /** CPython's "invalid syntax. Perhaps you forgot a comma?" inside brackets. */
    final void missingComma(Token start, Expr a, String close) {
        Token t = peek();
        if (t.isOp(",") || t.isOp(close) || !startsExpression(t) || t.isOp("*")) {
            return;
        }
        if (a instanceof Name && t.type == Token.STRING) {
            return;
        }
        if (start.type == Token.NAME && (start.text.equals("match") || start.text.equals("case")
                || start.text.equals("_")) && a instanceof Name) {
            return;
        }
        ParseError generic = invalidSyntax();
        int mark = p;
        Expr b;
        int lvSave0 = level;
        int chSave0 = chain;
        try {
            b = expression();
        } catch (ParseError e) {
            if (e.fatal()) {
                throw e;
            }
            level = lvSave0;
            chain = chSave0;
            p = mark;
            throw generic;
        }
        throw errorAt(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
    }

    final Expr namedExpression() {
        Token t = peek();
        if (t.type == Token.NAME && peek(1).isOp(":=") && !KEYWORDS.contains(t.text)) {
            p += 2;
            Expr value = expression();
            return new NamedExpr(new Name(t.text, ExprContext.Store, pos(t, t)), value, pos(t));
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt(e, "cannot use assignment expressions with " + exprName(e));
        }
        return e;
    }

    final Expr yieldExpr() {
        Token start = expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new YieldFrom(v, pos(start));
        }
        if (startsExpression(peek())) {
            Expr v = starExpressions();
            return new Yield(v, pos(start));
        }
        return new Yield(null, pos(start));
    }

    // ---------------------------------------------------------------- expression

    final Expr expression() {
        Token start = peek();
        if (start.isName("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (atKw("if")) {
            next();
            Expr test = disjunction();
            if (!atKw("else")) {
                throw errorAt(start, last(), "expected 'else' after 'if' expression");
            }
            next();
            int lv = enter(1);
            Expr orelse = expression();
            level = lv;
            return new IfExp(test, body, orelse, pos(start));
        }
        return body;
    }

    final Expr lambda() {
        Token start = expectKw("lambda");
        int lv = enter(2);
        Arguments args = parameters(true);
        forceOp(":");
        Expr body = expression();
        level = lv;
        return new Lambda(args, body, pos(start));
    }

    final Expr disjunction() {
        Token start = peek();
        Expr e = conjunction();
        if (!atKw("or")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (acceptKw("or")) {
            values.add(conjunction());
        }
        return new BoolOp(BoolOperator.Or, values, pos(start));
    }

    final Expr conjunction() {
        Token start = peek();
        Expr e = inversion();
        if (!atKw("and")) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (acceptKw("and")) {
            values.add(inversion());
        }
        return new BoolOp(BoolOperator.And, values, pos(start));
    }

    final Expr inversion() {
        if (atKw("not")) {
            Token start = next();
            int lv = enter(1);
            Expr e = inversion();
            level = lv;
            return new UnaryOp(UnaryOperator.Not, e, pos(start));
        }
        return comparison();
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.type == Token.OP) {
            CmpOp op = switch (t.text) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.type == Token.NAME) {
            switch (t.text) {
                case "in":
                    p++;
                    return CmpOp.In;
                case "not":
                    if (peek(1).isName("in")) {
                        p += 2;
                        return CmpOp.NotIn;
                    }
                    return null;
                case "is":
                    p++;
                    if (acceptKw("not")) {
                        return CmpOp.IsNot;
                    }
                    return CmpOp.Is;
                default:
                    return null;
            }
        }
        return null;
    }

    final Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Compare(left, ops, comparators, pos(start));
    }

    final Expr bitwiseOr() {
        Token start = peek();
        int ch = chain;
        Expr e = bitwiseXor();
        while (atOp("|")) {
            next();
            Expr r = bitwiseXor();
            extendChain();
            e = new BinOp(e, Operator.BitOr, r, pos(start));
        }
        chain = ch;
        return e;
    }

    final Expr bitwiseXor() {
        Token start = peek();
        int ch = chain;
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            next();
            Expr r = bitwiseAnd();
            extendChain();
            e = new BinOp(e, Operator.BitXor, r, pos(start));
        }
        chain = ch;
        return e;
    }

    final Expr bitwiseAnd() {
        Token start = peek();
        int ch = chain;
        Expr e = shiftExpr();
        while (atOp("&")) {
            next();
            Expr r = shiftExpr();
            extendChain();
            e = new BinOp(e, Operator.BitAnd, r, pos(start));
        }
        chain = ch;
        return e;
    }

    final Expr shiftExpr() {
        Token start = peek();
        int ch = chain;
        Expr e = sum();
        while (true) {
            Operator op = atOp("<<") ? Operator.LShift : atOp(">>") ? Operator.RShift : null;
            if (op == null) {
                chain = ch;
                return e;
            }
            next();
            Expr r = sum();
            extendChain();
            e = new BinOp(e, op, r, pos(start));
        }
    }

    final Expr sum() {
        Token start = peek();
        int ch = chain;
        Expr e = term();
        while (true) {
            Operator op = atOp("+") ? Operator.Add : atOp("-") ? Operator.Sub : null;
            if (op == null) {
                chain = ch;
                return e;
            }
            next();
            Expr r = term();
            extendChain();
            e = new BinOp(e, op, r, pos(start));
        }
    }

    final Expr term() {
        Token start = peek();
        int ch = chain;
        Expr e = factor();
        while (true) {
            Token t = peek();
            Operator op = null;
            if (t.type == Token.OP) {
                op = switch (t.text) {
                    case "*" -> Operator.Mult;
                    case "/" -> Operator.Div;
                    case "//" -> Operator.FloorDiv;
                    case "%" -> Operator.Mod;
                    case "@" -> Operator.MatMult;
                    default -> null;
                };
            }
            if (op == null) {
                chain = ch;
                return e;
            }
            next();
            Expr r = factor();
            extendChain();
            e = new BinOp(e, op, r, pos(start));
        }
    }

    final Expr factor() {
        Token t = peek();
        if (t.type == Token.OP) {
            UnaryOperator op = switch (t.text) {
                case "+" -> UnaryOperator.UAdd;
                case "-" -> UnaryOperator.USub;
                case "~" -> UnaryOperator.Invert;
                default -> null;
            };
            if (op != null) {
                next();
                int lv = enter(1);
                Expr e = factor();
                level = lv;
                return new UnaryOp(op, e, pos(t));
            }
        }
        return power();
    }

    final Expr power() {
        Token start = peek();
        Expr e = awaitPrimary();
        if (atOp("**")) {
            next();
            int lv = enter(2);
            Expr r = factor();
            level = lv;
            return new BinOp(e, Operator.Pow, r, pos(start));
        }
        return e;
    }

    final Expr awaitPrimary() {
        if (atKw("await")) {
            Token start = next();
            Expr e = primary();
            return new Await(e, pos(start));
        }
        return primary();
    }

    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        return trailers(start, e);
    }

    final Expr trailers(Token start, Expr e) {
        int ch = chain;
        while (true) {
            Token t = peek();
            if (t.type != Token.OP) {
                chain = ch;
                return e;
            }
            switch (t.text) {
                case "." -> {
                    extendChain();
                    next();
                    Token name = expectName();
                    e = new Attribute(e, name.text, ExprContext.Load, pos(start));
                }
                case "(" -> {
                    extendChain();
                    int lv = enter(BRACKET_LEVEL);
                    e = call(start, e);
                    level = lv;
                }
                case "[" -> {
                    extendChain();
                    int lv = enter(BRACKET_LEVEL);
                    next();
                    Expr s = slices();
                    expectOp("]");
                    level = lv;
                    e = new Subscript(e, s, ExprContext.Load, pos(start));
                }
                default -> {
                    chain = ch;
                    return e;
                }
            }
        }
    }

    final Expr slices() {
        Token start = peek();
        Expr s = slice();
        if (!atOp(",") && !(s instanceof Starred)) {
            return s;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(s);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(elts, ExprContext.Load, pos(start));
    }

    final Expr slice() {
        Token start = peek();
        if (atOp("*")) {
            return starExpression();
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                missingComma(start, lower, "]");
                return lower;
            }
            if (lower instanceof NamedExpr) {
                throw invalidSyntax();
            }
        }
        next(); // ':'
        Expr upper = null;
        Expr step = null;
        if (!atOp(":") && !atOp(",") && !atOp("]")) {
            upper = expression();
        }
        if (acceptOp(":")) {
            if (!atOp(",") && !atOp("]")) {
                step = expression();
            }
        }
        return new Slice(lower, upper, step, pos(start));
    }

    // ---------------------------------------------------------------- calls

    final Expr call(Token start, Expr func) {
        Token open = expectOp("(");
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String argError = null; // CPython reports these at the token after the arguments
        while (!atOp(")")) {
            Token t = peek();
            if (t.isOp("*")) {
                next();
                Expr v = expression();
                Starred st = new Starred(v, ExprContext.Load, pos(t));
                if (sawDoubleStar) {
                    throw errorAt(t, t, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(st);
            } else if (t.isOp("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(null, v, pos(t)));
                sawDoubleStar = true;
            } else if (t.type == Token.NAME && peek(1).isOp("=")) {
                if (KEYWORDS.contains(t.text)) {
                    if (t.text.equals("True") || t.text.equals("False") || t.text.equals("None")) {
                        throw errorAt(t, peek(1), "cannot assign to " + t.text);
                    }
                    throw errorAt(t, peek(1), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                p += 2;
                Expr v = expression();
                keywords.add(new Keyword(t.text, v, pos(t)));
                sawKeyword = true;
            } else {
                Expr e = namedExpression();
                if (atKw("for") || atKw("async")) {
                    List<Comprehension> gens = forIfClauses();
                    if (args.isEmpty() && keywords.isEmpty() && atOp(")")) {
                        next();
                        GeneratorExp g = new GeneratorExp(e, gens, pos(open));
                        return new Call(func, List.of(g), List.of(), pos(start));
                    }
                    Expr g = new GeneratorExp(e, gens, posFrom(e.pos()));
                    throw errorAt(g, "Generator expression must be parenthesized");
                }
                if (atOp("=") && !(e instanceof NamedExpr)) {
                    Token eq = peek();
                    throw new ParseError(ParseError.SYNTAX,
                            "expression cannot contain assignment, perhaps you meant \"==\"?", t.line,
                            charCol(t.line, t.col) + 1, lineWithNewline(t.line), eq.endLine,
                            charCol(eq.endLine, eq.endCol) + 1);
                }
                missingComma(t, e, ")");
                if (argError == null && sawDoubleStar) {
                    argError = "positional argument follows keyword argument unpacking";
                } else if (argError == null && sawKeyword) {
                    argError = "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (argError != null) {
            Token t = peek();
            throw errorAt(t, t, argError);
        }
        expectOp(")");
        return new Call(func, args, keywords, pos(start));
    }

    // ---------------------------------------------------------------- atoms

    final Expr atom() {
        Token t = peek();
        switch (t.type) {
            case Token.NAME -> {
                switch (t.text) {
                    case "True" -> {
                        next();
                        return new Constant(Boolean.TRUE, null, pos(t, t));
                    }
                    case "False" -> {
                        next();
                        return new Constant(Boolean.FALSE, null, pos(t, t));
                    }
                    case "None" -> {
                        next();
                        return new Constant(PyNone.None, null, pos(t, t));
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text)) {
                            throw invalidSyntax();
                        }
                        next();
                        return new Name(t.text, ExprContext.Load, pos(t, t));
                    }
                }
            }
            case Token.NUMBER -> {
                next();
                return new Constant(Numbers.parse(t.text), null, pos(t, t));
            }
            case Token.STRING -> {
                int first = p;
                while (peek().type == Token.STRING) {
                    p++;
                }
                List<Token> parts = new ArrayList<>(p - first);
                for (int i = first; i < p; i++) {
                    parts.add(tok(i));
                }
                return new StringParser(this).concatenate(parts);
            }
            case Token.OP -> {
                switch (t.text) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        next();
                        return new Constant(PyEllipsis.Ellipsis, null, pos(t, t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** Parses an f-string replacement field's expression text (CPython wraps it in parentheses). */
    Expr fstringExpression(String text, int lineShift, int colShift) {
        char[] chars = ("(" + text + ")").toCharArray();
        StmtParser sub = new StmtParser(new Tokenizer(chars, lineShift, colShift));
        return sub.fstringInput();
    }

    final Expr parenthesized() {
        int lv = enter(BRACKET_LEVEL);
        try {
            return parenthesized0();
        } finally {
            level = lv;
        }
    }

    private Expr parenthesized0() {
        Token open = expectOp("(");
        if (atOp(")")) {
            next();
            return new Tuple(List.of(), ExprContext.Load, pos(open));
        }
        if (atKw("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Token s = peek();
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expectOp(")");
            return new GeneratorExp(first, gens, pos(open));
        }
        if (atOp(")")) {
            next();
            if (first instanceof Starred) {
                throw errorAt(first, "cannot use starred expression here");
            }
            return first;
        }
        missingComma(s, first, ")");
        if (!atOp(",")) {
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsInto(elts, ")");
        expectOp(")");
        return new Tuple(elts, ExprContext.Load, pos(open));
    }

    final Expr listDisplay() {
        int lv = enter(BRACKET_LEVEL);
        try {
            return listDisplay0();
        } finally {
            level = lv;
        }
    }

    private Expr listDisplay0() {
        Token open = expectOp("[");
        if (atOp("]")) {
            next();
            return new ListExpr(List.of(), ExprContext.Load, pos(open));
        }
        Token s = peek();
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expectOp("]");
            return new ListComp(first, gens, pos(open));
        }
        invalidEquals(first);
        missingComma(s, first, "]");
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsInto(elts, "]");
        unparenthesizedTarget(elts);
        expectOp("]");
        return new ListExpr(elts, ExprContext.Load, pos(open));
    }

    final Expr braceDisplay() {
        int lv = enter(BRACKET_LEVEL);
        try {
            return braceDisplay0();
        } finally {
            level = lv;
        }
    }

    private Expr braceDisplay0() {
        Token open = expectOp("{");
        if (atOp("}")) {
            next();
            return new Dict(List.of(), List.of(), pos(open));
        }
        if (atOp("**")) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            Token star = next();
            keys.add(null);
            values.add(bitwiseOr());
            if (atKw("for") || atKw("async")) {
                throw errorAt(star, star, "dict unpacking cannot be used in dict comprehension");
            }
            return dictRest(open, keys, values);
        }
        Token s = peek();
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Starred)) {
            next();
            Expr value = expression();
            if (atKw("for") || atKw("async")) {
                List<Comprehension> gens = forIfClauses();
                expectOp("}");
                return new DictComp(first, value, gens, pos(open));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            return dictRest(open, keys, values);
        }
        if (atKw("for") || atKw("async")) {
            if (first instanceof Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> gens = forIfClauses();
            expectOp("}");
            return new SetComp(first, gens, pos(open));
        }
        invalidEquals(first);
        missingComma(s, first, "}");
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        starNamedExpressionsInto(elts, "}");
        unparenthesizedTarget(elts);
        expectOp("}");
        return new SetExpr(elts, pos(open));
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                if (!atOp(":")) {
                    if (atOp(",") || atOp("}")) {
                        throw new ParseError(ParseError.SYNTAX, "':' expected after dictionary key",
                                key.pos().lineno(), byteToChar(key.pos().lineno(), key.pos().col_offset()) + 1,
                                lineWithNewline(key.pos().lineno()), key.pos().end_lineno(), 0);
                    }
                    throw invalidSyntax();
                }
                next();
                keys.add(key);
                values.add(expression());
            }
        }
        expectOp("}");
        return new Dict(keys, values, pos(open));
    }

    // ---------------------------------------------------------------- comprehensions

    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKw("for") || (atKw("async") && peek(1).isName("for"))) {
            int isAsync = 0;
            if (acceptKw("async")) {
                isAsync = 1;
            }
            next(); // for
            Expr target = starTargets();
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---------------------------------------------------------------- targets

    /** {@code star_targets} (as in {@code for} and comprehensions); stops before {@code in}. */
    final Expr starTargets() {
        Token start = peek();
        Expr t = starTarget();
        if (!atOp(",")) {
            return t;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(t);
        while (acceptOp(",")) {
            Token n = peek();
            if (!startsExpression(n) || n.isName("in")) {
                break;
            }
            elts.add(starTarget());
        }
        return new Tuple(elts, ExprContext.Store, pos(start));
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token star = next();
            if (atOp("*")) {
                throw invalidSyntax();
            }
            Expr v = starTarget();
            return new Starred(v, ExprContext.Store, pos(star));
        }
        Expr e = primary();
        return toTarget(e, ExprContext.Store);
    }

    /** Re-contexts an expression parsed as a load into an assignment or deletion target. */
    final Expr toTarget(Expr e, ExprContext ctx) {
        if (e instanceof Name n) {
            checkForbiddenName(n);
            return new Name(n.id(), ctx, n.pos());
        } else if (e instanceof Attribute a) {
            return new Attribute(a.value(), a.attr(), ctx, a.pos());
        } else if (e instanceof Subscript s) {
            return new Subscript(s.value(), s.slice(), ctx, s.pos());
        } else if (e instanceof Starred s && ctx == ExprContext.Store) {
            return new Starred(toTarget(s.value(), ctx), ctx, s.pos());
        } else if (e instanceof Tuple t) {
            return new Tuple(targets(t.elts(), ctx), ctx, t.pos());
        } else if (e instanceof ListExpr l) {
            return new ListExpr(targets(l.elts(), ctx), ctx, l.pos());
        }
        throw errorAt(e, (ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ") + exprName(e));
    }

    void checkForbiddenName(Name n) {
        if (n.id().equals("__debug__")) {
            throw errorAt(n, "cannot assign to __debug__");
        }
    }

    private List<Expr> targets(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(toTarget(e, ctx));
        }
        return out;
    }

    /** The first invalid target inside {@code e}, or null (for the "... here" messages). */
    static Expr invalidTarget(Expr e, boolean del) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof Starred s && !del) {
            return invalidTarget(s.value(), del);
        }
        List<Expr> elts = e instanceof Tuple t ? t.elts() : e instanceof ListExpr l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, del);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof Tuple) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof Dict) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant c) {
            Object v = c.value();
            if (v == PyNone.None) {
                return "None";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (v == PyEllipsis.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    // ---------------------------------------------------------------- parameters

    /**
     * A parameter list up to (not including) ')' for {@code def} or ':' for {@code lambda}. Lambda
     * parameters take no annotations.
     */
    final Arguments parameters(boolean lambda) {
        String close = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        Token bareStar = null;
        while (!atOp(close)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt(t, t, "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                if (star || !posonly.isEmpty() || args.isEmpty()) {
                    if (args.isEmpty() && posonly.isEmpty() && !star) {
                        throw errorAt(t, t, "at least one argument must precede /");
                    }
                    throw errorAt(t, t, star ? "/ must be ahead of *" : "/ may appear only once");
                }
                next();
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (star) {
                    throw errorAt(t, t, "* argument may appear only once");
                }
                next();
                star = true;
                if (atOp(",") || atOp(close)) {
                    bareStar = t;
                } else {
                    vararg = param(lambda, true);
                    if (atOp("=")) {
                        throw errorAt(peek(), peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.isOp("**")) {
                next();
                kwarg = param(lambda, false);
                if (atOp("=")) {
                    throw errorAt(peek(), peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg a = param(lambda, false);
                Expr d = null;
                if (acceptOp("=")) {
                    d = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d != null) {
                        defaults.add(d);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt(a.pos(), a.pos(), "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errorAt(bareStar, bareStar, "named arguments must follow bare *");
        }
        if (!atOp(close)) {
            throw invalidSyntax();
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = expectName();
        Expr ann = null;
        if (!lambda && acceptOp(":")) {
            if (starAnnotation && atOp("*")) {
                ann = starExpression();
            } else {
                ann = expression();
            }
        }
        return new Arg(name.text, ann, null, pos(name));
    }
}
