package org.jyston.parser.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Ast.*;
import org.jyston.api.object.PyNone;

/** Statements and the three start rules (file, eval, single); the top of the parser. */
final class StmtParser extends PatternParser {
    StmtParser(Tokenizer tz) {
        super(tz);
    }

    // ---------------------------------------------------------------- start rules

    Ast.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (peek().type != Token.ENDMARKER) {
            statementInto(body);
        }
        return new Ast.Module(body, List.of());
    }

    Expression eval() {
        Expr e = expressions();
        while (peek().type == Token.NEWLINE) {
            next();
        }
        if (peek().type != Token.ENDMARKER) {
            throw invalidSyntax();
        }
        return new Expression(e);
    }

    Interactive single() {
        List<Stmt> body = new ArrayList<>();
        if (peek().type == Token.NEWLINE || peek().type == Token.ENDMARKER) {
            return new Interactive(body);
        }
        statementInto(body);
        while (peek().type == Token.NEWLINE) {
            next();
        }
        if (peek().type != Token.ENDMARKER) {
            Token t = peek();
            throw errorAt(t, t, "multiple statements found while compiling a single statement");
        }
        return new Interactive(body);
    }

    /** The expression of an f-string replacement field: the source is "(" + text + ")". */
    Expr fstringInput() {
        Expr e = starExpressions();
        while (peek().type == Token.NEWLINE) {
            next();
        }
        if (peek().type != Token.ENDMARKER) {
            throw invalidSyntax();
        }
        return e;
    }

    // ---------------------------------------------------------------- statements

    private void statementInto(List<Stmt> out) {
        Token t = peek();
        if (t.type == Token.NAME) {
            switch (t.text) {
                case "def" -> {
                    out.add(funcDef(List.of(), null));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of()));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt(null));
                    return;
                }
                case "with" -> {
                    out.add(withStmt(null));
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "async" -> {
                    Token nx = peek(1);
                    if (nx.isName("def")) {
                        next();
                        out.add(funcDef(List.of(), t));
                        return;
                    } else if (nx.isName("with")) {
                        next();
                        out.add(withStmt(t));
                        return;
                    } else if (nx.isName("for")) {
                        next();
                        out.add(forStmt(t));
                        return;
                    }
                }
                case "match" -> {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.type == Token.INDENT || t.type == Token.DEDENT) {
            throw invalidSyntax();
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (!acceptOp(";")) {
                break;
            }
            if (peek().type == Token.NEWLINE) {
                break;
            }
        }
        if (peek().type != Token.NEWLINE) {
            throw invalidSyntax();
        }
        next();
    }

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.type == Token.NAME) {
            switch (t.text) {
                case "pass" -> {
                    next();
                    return new Pass(pos(t));
                }
                case "break" -> {
                    next();
                    return new Break(pos(t));
                }
                case "continue" -> {
                    next();
                    return new Continue(pos(t));
                }
                case "return" -> {
                    next();
                    Expr v = startsExpression(peek()) ? starExpressions() : null;
                    return new Return(v, pos(t));
                }
                case "raise" -> {
                    next();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression(peek())) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, pos(t));
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName().text);
                    } while (acceptOp(","));
                    return t.text.equals("global") ? new Global(names, pos(t)) : new Nonlocal(names, pos(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Assert(test, msg, pos(t));
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> { }
            }
        }
        return exprOrAssign();
    }

    private Stmt delStmt() {
        Token start = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (peek().type == Token.NEWLINE || atOp(";")) {
                break;
            }
            Expr e = bitwiseOrOrStarred();
            Expr bad = invalidTarget(e, true);
            if (bad != null) {
                throw errorAt(bad, "cannot delete " + exprName(bad));
            }
            targets.add(toTarget(e, ExprContext.Del));
        } while (acceptOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Delete(targets, pos(start));
    }

    private Expr bitwiseOrOrStarred() {
        if (atOp("*")) {
            return starExpression();
        }
        return expression();
    }

    private Expr rhs() {
        if (atKw("yield")) {
            return yieldExpr();
        }
        return starExpressions();
    }

    /** Whether the source has a '(' right before {@code e} (whose position excludes its parentheses). */
    private boolean parenthesized(Expr e) {
        int line = e.pos().lineno();
        int ls = Tokenizer.lineStartOf(src, line);
        int i = ls + byteToChar(line, e.pos().col_offset()) - 1;
        while (i >= 0 && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\f' || src[i] == '\\')) {
            i--;
        }
        return i >= 0 && src[i] == '(';
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                || e instanceof NamedExpr || e instanceof Starred
                || (e instanceof UnaryOp u && u.op() == UnaryOperator.Not));
    }

    private Stmt exprOrAssign() {
        Token start = peek();
        Expr first = rhs();
        Token t = peek();
        if (t.isOp("=")) {
            List<Expr> exprs = new ArrayList<>();
            exprs.add(first);
            while (acceptOp("=")) {
                exprs.add(rhs());
            }
            Expr value = exprs.remove(exprs.size() - 1);
            List<Expr> targets = new ArrayList<>(exprs.size());
            for (int i = 0; i < exprs.size(); i++) {
                Expr e = exprs.get(i);
                targets.add(assignTarget(e, i == 0 && exprs.size() == 1 ? value : null));
            }
            return new Assign(targets, value, null, pos(start));
        }
        if (t.isOp(":")) {
            return annAssign(start, first);
        }
        Operator aug = augOp(t);
        if (aug != null) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorAt(first, "'" + exprName(first) + "' is an illegal expression for augmented assignment");
            }
            next();
            Expr value = rhs();
            return new AugAssign(toTarget(first, ExprContext.Store), aug, value, pos(start));
        }
        if (t.type != Token.NEWLINE && !t.isOp(";")) {
            if (first instanceof Name n && (n.id().equals("print") || n.id().equals("exec"))
                    && startsExpression(t) && !t.isOp("(")) {
                int mark = p;
                int lvSave0 = level;
                int chSave0 = chain;
                try {
                    Expr rest = starExpressions();
                    throw errorAt(first.pos(), rest.pos(), "Missing parentheses in call to '" + n.id()
                            + "'. Did you mean " + n.id() + "(...)?");
                } catch (ParseError e) {
                    if (e.fatal()) {
                        throw e;
                    }
                    level = lvSave0;
                    chain = chSave0;
                    if (e.msg.startsWith("Missing parentheses")) {
                        throw e;
                    }
                    p = mark;
                }
            }
        }
        return new ExprStmt(first, pos(start));
    }

    private Expr assignTarget(Expr e, Expr value) {
        boolean paren = (e instanceof Yield || e instanceof YieldFrom || e instanceof NamedExpr) && parenthesized(e);
        if ((e instanceof Yield || e instanceof YieldFrom) && !paren) {
            throw errorAt(e, "assignment to yield expression not possible");
        }
        Expr bad = invalidTarget(e, false);
        if (bad == null) {
            return toTarget(e, ExprContext.Store);
        }
        if (value != null && bad == e && (paren || isBitwiseOrLevel(e)) && !(e instanceof GeneratorExp)
                && !(e instanceof Constant c && (c.value() == PyNone.None || c.value() instanceof Boolean))
                && startsWithBitwiseOr(value)) {
            throw errorAt(e, "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?");
        }
        throw errorAt(bad, "cannot assign to " + exprName(bad));
    }

    /** Whether CPython's {@code bitwise_or} would match a prefix of {@code e}. */
    private static boolean startsWithBitwiseOr(Expr e) {
        while (true) {
            if (e instanceof Tuple t && !t.elts().isEmpty() && t.elts().get(0).pos().col_offset() == t.pos().col_offset()
                    && t.elts().get(0).pos().lineno() == t.pos().lineno()) {
                e = t.elts().get(0);
            } else if (e instanceof BoolOp b) {
                e = b.values().get(0);
            } else if (e instanceof Compare c) {
                e = c.left();
            } else if (e instanceof IfExp i) {
                e = i.body();
            } else {
                break;
            }
        }
        return !(e instanceof Yield || e instanceof YieldFrom || e instanceof Starred || e instanceof Lambda
                || e instanceof NamedExpr || (e instanceof UnaryOp u && u.op() == UnaryOperator.Not));
    }

    private static Operator augOp(Token t) {
        if (t.type != Token.OP) {
            return null;
        }
        return switch (t.text) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt annAssign(Token start, Expr target) {
        int simple;
        if (target instanceof Name) {
            simple = start.isOp("(") ? 0 : 1;
        } else if (target instanceof Attribute || target instanceof Subscript) {
            simple = 0;
        } else if (target instanceof Tuple tu && !start.isOp("(")) {
            throw errorAt(tu.elts().get(0), "only single target (not tuple) can be annotated");
        } else if (target instanceof Tuple || target instanceof ListExpr) {
            throw errorAt(target, "only single target (not " + exprName(target) + ") can be annotated");
        } else {
            throw errorAt(target, "illegal target for annotation");
        }
        next(); // ':'
        Expr ann = expression();
        Expr value = null;
        if (acceptOp("=")) {
            value = rhs();
        }
        return new AnnAssign(toTarget(target, ExprContext.Store), ann, value, simple, pos(start));
    }

    // ---------------------------------------------------------------- imports

    private String dottedName() {
        StringBuilder b = new StringBuilder(expectName().text);
        while (atOp(".")) {
            next();
            b.append('.').append(expectName().text);
        }
        return b.toString();
    }

    private Stmt importName() {
        Token start = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token s = peek();
            String name = dottedName();
            String as = null;
            if (acceptKw("as")) {
                as = expectName().text;
            }
            names.add(new Alias(name, as, pos(s)));
        } while (acceptOp(","));
        return new Import(names, pos(start));
    }

    private Stmt importFrom() {
        Token start = next();
        int level = 0;
        while (true) {
            if (atOp(".")) {
                level++;
                next();
            } else if (atOp("...")) {
                level += 3;
                next();
            } else {
                break;
            }
        }
        String module = null;
        if (!atKw("import")) {
            module = dottedName();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            names.add(new Alias("*", null, pos(star, star)));
        } else {
            boolean paren = acceptOp("(");
            while (true) {
                Token s = expectName();
                String as = null;
                if (acceptKw("as")) {
                    as = expectName().text;
                }
                names.add(new Alias(s.text, as, pos(s)));
                if (!acceptOp(",")) {
                    break;
                }
                if (paren && atOp(")")) {
                    break;
                }
                if (!paren && (peek().type == Token.NEWLINE || atOp(";"))) {
                    throw errorAt(peek(), peek(), "trailing comma not allowed without surrounding parentheses");
                }
            }
            if (paren) {
                expectOp(")");
            }
        }
        return new ImportFrom(module, names, level, pos(start));
    }

    // ---------------------------------------------------------------- blocks

    /** "expected ':'" when the line ends where the colon should be, else a generic error. */
    private void colon() {
        if (atOp(":")) {
            next();
            return;
        }
        if (peek().type == Token.NEWLINE) {
            Token t = peek();
            throw errorAt(t, t, "expected ':'");
        }
        throw invalidSyntax();
    }

    private List<Stmt> block(String what, Token kw) {
        List<Stmt> body = new ArrayList<>();
        if (peek().type == Token.NEWLINE) {
            next();
            Token t = peek();
            if (t.type != Token.INDENT) {
                throw new ParseError(ParseError.INDENTATION, "expected an indented block after " + what + " on line "
                        + kw.line, t.line, charCol(t.line, t.col) + 1, lineWithNewline(t.line), t.line,
                        t.type == Token.NAME || t.type == Token.OP || t.type == Token.NUMBER
                                || t.type == Token.STRING ? charCol(t.endLine, t.endCol) + 1 : -1);
            }
            next();
            int lv = enter(8);
            while (peek().type != Token.DEDENT && peek().type != Token.ENDMARKER) {
                statementInto(body);
            }
            level = lv;
            if (peek().type == Token.DEDENT) {
                next();
            }
        } else {
            simpleStmts(body);
        }
        return body;
    }

    private Stmt ifStmt() {
        Token start = next(); // 'if' or 'elif'
        String kw = start.text;
        Expr test = condition();
        colon();
        List<Stmt> body = block("'" + kw + "' statement", start);
        List<Stmt> orelse = List.of();
        if (atKw("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKw("else")) {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, pos(start));
    }

    private Expr condition() {
        Expr e = namedExpression();
        if (atOp("=") && e instanceof Name) {
            Token eq = peek();
            int mark = p;
            next();
            int lvSave1 = level;
            int chSave1 = chain;
            try {
                Expr rhs = bitwiseOr();
                if (!atOp("=") && !atOp(":=")) {
                    throw errorAt(e.pos(), rhs.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            } catch (ParseError pe) {
                if (pe.fatal()) {
                    throw pe;
                }
                level = lvSave1;
                chain = chSave1;
                if (pe.msg.startsWith("invalid syntax. Maybe")) {
                    throw pe;
                }
            }
            p = mark;
            throw errorAt(eq, eq, "invalid syntax");
        }
        return e;
    }

    private List<Stmt> elseBlock() {
        Token kw = next();
        forceOp(":");
        return block("'else' statement", kw);
    }

    private Stmt whileStmt() {
        Token start = next();
        Expr test = condition();
        colon();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = atKw("else") ? elseBlock() : List.of();
        return new While(test, body, orelse, pos(start));
    }

    private Stmt forStmt(Token async) {
        Token kw = next();
        Token start = async != null ? async : kw;
        Expr target = starTargets();
        expectKw("in");
        Expr iter = starExpressions();
        forceOp(":");
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = atKw("else") ? elseBlock() : List.of();
        return async != null ? new AsyncFor(target, iter, body, orelse, null, pos(start))
                : new For(target, iter, body, orelse, null, pos(start));
    }

    private Stmt withStmt(Token async) {
        Token kw = next();
        Token start = async != null ? async : kw;
        List<WithItem> items = null;
        if (atOp("(")) {
            int mark = p;
            int lvSave2 = level;
            int chSave2 = chain;
            try {
                next();
                List<WithItem> its = new ArrayList<>();
                while (true) {
                    its.add(withItem());
                    if (!acceptOp(",")) {
                        break;
                    }
                    if (atOp(")")) {
                        break;
                    }
                }
                expectOp(")");
                if (!atOp(":")) {
                    throw invalidSyntax();
                }
                items = its;
            } catch (ParseError e) {
                if (e.fatal()) {
                    throw e;
                }
                level = lvSave2;
                chain = chSave2;
                p = mark;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        colon();
        List<Stmt> body = block("'with' statement", kw);
        return async != null ? new AsyncWith(items, body, null, pos(start)) : new With(items, body, null, pos(start));
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            Token s = peek();
            vars = starTargetSingle();
            Token n = peek();
            if (!(n.isOp(",") || n.isOp(")") || n.isOp(":") || n.type == Token.NEWLINE)) {
                throw invalidSyntax();
            }
            if (s == null) {
                throw invalidSyntax();
            }
        }
        return new WithItem(e, vars);
    }

    /** A single {@code star_target}. */
    private Expr starTargetSingle() {
        if (atOp("*")) {
            Token star = next();
            Expr v = starTargetSingle();
            return new Starred(v, ExprContext.Store, pos(star));
        }
        Expr e = primary();
        Expr bad = invalidTarget(e, false);
        if (bad != null) {
            throw errorAt(bad, "cannot assign to " + exprName(bad));
        }
        return toTarget(e, ExprContext.Store);
    }

    private Stmt tryStmt() {
        Token start = next();
        forceOp(":");
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token ex = next();
            Token starTok = peek();
            boolean isStar = acceptOp("*");
            if (star != null && star != isStar) {
                throw errorAt(ex, isStar ? starTok : ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                if (isStar && peek().type == Token.NEWLINE) {
                    throw errorAt(peek(), peek(), "expected ':'");
                }
                if (peek().type == Token.NEWLINE) {
                    throw errorAt(peek(), peek(), "expected ':'");
                }
                Token ts = peek();
                type = expression();
                if (atOp(",")) {
                    next();
                    Expr rest = expressions();
                    throw errorAt(type.pos(), rest.pos(), "multiple exception types must be parenthesized");
                }
                if (acceptKw("as")) {
                    name = expectName().text;
                }
            } else if (isStar) {
                throw errorAt(peek(), peek(), "expected one or more exception types");
            }
            colon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(type, name, hbody, pos(ex)));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (!handlers.isEmpty() && atKw("else")) {
            orelse = elseBlock();
        }
        if (atKw("finally")) {
            Token f = next();
            forceOp(":");
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token t = peek();
            throw errorAt(t, t, "expected 'except' or 'finally' block");
        }
        if (Boolean.TRUE.equals(star)) {
            return new TryStar(body, handlers, orelse, finalbody, pos(start));
        }
        return new Try(body, handlers, orelse, finalbody, pos(start));
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (peek().type != Token.NEWLINE) {
                throw invalidSyntax();
            }
            next();
        }
        Token t = peek();
        if (t.isName("def")) {
            return funcDef(decorators, null);
        }
        if (t.isName("class")) {
            return classDef(decorators);
        }
        if (t.isName("async") && peek(1).isName("def")) {
            next();
            return funcDef(decorators, t);
        }
        throw invalidSyntax();
    }

    private Stmt funcDef(List<Expr> decorators, Token async) {
        Token kw = next();
        Token start = async != null ? async : kw;
        Token name = expectName();
        forceOp("(");
        Arguments args = parameters(false);
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) {
            returns = expression();
        }
        forceOp(":");
        List<Stmt> body = block("function definition", kw);
        if (async != null) {
            return new AsyncFunctionDef(name.text, args, body, decorators, returns, null, pos(start));
        }
        return new FunctionDef(name.text, args, body, decorators, returns, null, pos(start));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token start = next();
        Token name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (atOp("(")) {
            Call c = (Call) call(name, new Name(name.text, ExprContext.Load, pos(name, name)));
            bases = c.args();
            keywords = c.keywords();
        }
        forceOp(":");
        List<Stmt> body = block("class definition", start);
        return new ClassDef(name.text, bases, keywords, body, decorators, pos(start));
    }

    // ---------------------------------------------------------------- match

    /** A match statement, or null (with nothing consumed) if "match" is an ordinary name here. */
    private Stmt tryMatch() {
        Token start = peek();
        Token nx = peek(1);
        if (!startsExpression(nx)) {
            return null;
        }
        int mark = p;
        Expr subject;
        int lvSave3 = level;
        int chSave3 = chain;
        try {
            next();
            subject = subjectExpr();
            if (peek().type == Token.NEWLINE) {
                Token nl = peek();
                p = mark;
                ParseError expected = errorAt(nl, nl, "expected ':'");
                // only a match statement if nothing else parses: "match x" alone is not a statement
                int save = p;
                int lvSave4 = level;
                int chSave4 = chain;
                try {
                    List<Stmt> tmp = new ArrayList<>();
                    simpleStmts(tmp);
                } catch (ParseError e2) {
                    if (e2.fatal()) {
                        throw e2;
                    }
                    level = lvSave4;
                    chain = chSave4;
                    throw expected;
                }
                p = save;
                return null;
            }
            if (!atOp(":") || peek(1).type != Token.NEWLINE) {
                p = mark;
                return null;
            }
        } catch (ParseError e) {
            if (e.fatal()) {
                throw e;
            }
            level = lvSave3;
            chain = chSave3;
            if (e.msg.equals("expected ':'")) {
                throw e;
            }
            p = mark;
            return null;
        }
        next(); // ':'
        next(); // NEWLINE
        Token ind = peek();
        if (ind.type != Token.INDENT) {
            throw new ParseError(ParseError.INDENTATION, "expected an indented block after 'match' statement on line "
                    + start.line, ind.line, charCol(ind.line, ind.col) + 1, lineWithNewline(ind.line), ind.line,
                    charCol(ind.endLine, ind.endCol) + 1);
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (peek().type != Token.DEDENT && peek().type != Token.ENDMARKER) {
            Token c = peek();
            if (!c.isName("case")) {
                throw invalidSyntax();
            }
            next();
            Pattern pat = patterns();
            Expr guard = null;
            if (acceptKw("if")) {
                guard = namedExpression();
            }
            colon();
            List<Stmt> body = block("'case' statement", c);
            cases.add(new MatchCase(pat, guard, body));
        }
        if (cases.isEmpty()) {
            throw invalidSyntax();
        }
        if (peek().type == Token.DEDENT) {
            next();
        }
        return new Match(subject, cases, pos(start));
    }

    private Expr subjectExpr() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp(":")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            return new Tuple(elts, ExprContext.Load, pos(start));
        }
        if (first instanceof Starred) {
            throw invalidSyntax();
        }
        return first;
    }

    static Ast.Mod parse(StmtParser parser, org.jyston.api.Parser.Mode mode) {
        return switch (mode) {
            case EXEC -> parser.file();
            case EVAL -> parser.eval();
            case SINGLE -> parser.single();
        };
    }
}
