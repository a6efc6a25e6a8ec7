package org.jyston.parser.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast.*;
import org.jyston.api.object.PyNone;

/** Patterns of {@code match} statements (PEP 634). */
abstract class PatternParser extends ExprParser {
    PatternParser(Tokenizer tz) {
        super(tz);
    }

    /** {@code patterns}: an open sequence pattern or a pattern. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof MatchStar) {
                return new MatchSequence(List.of(first), pos(start));
            }
            return first;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (acceptOp(",")) {
            if (atOp(":") || atKw("if")) {
                break;
            }
            ps.add(maybeStarPattern());
        }
        return new MatchSequence(ps, pos(start));
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = next();
            Token name = expectName();
            return new MatchStar(name.text.equals("_") ? null : name.text, pos(star));
        }
        return pattern();
    }

    final Pattern pattern() {
        Token start = peek();
        Pattern p0 = orPattern();
        if (atKw("as")) {
            next();
            Token name = peek();
            if (name.isName("_")) {
                throw errorAt(name, name, "cannot use '_' as a target");
            }
            if (!atName()) {
                Expr e = expression();
                throw errorAt(e, "invalid pattern target");
            }
            next();
            return new MatchAs(p0, name.text, pos(start));
        }
        return p0;
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!atOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) {
            alts.add(closedPattern());
        }
        return new MatchOr(alts, pos(start));
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type) {
            case Token.NUMBER, Token.STRING -> {
                Expr v = literalExpr();
                return new MatchValue(v, v.pos());
            }
            case Token.NAME -> {
                switch (t.text) {
                    case "None" -> {
                        next();
                        return new MatchSingleton(PyNone.None, pos(t, t));
                    }
                    case "True" -> {
                        next();
                        return new MatchSingleton(Boolean.TRUE, pos(t, t));
                    }
                    case "False" -> {
                        next();
                        return new MatchSingleton(Boolean.FALSE, pos(t, t));
                    }
                    default -> { }
                }
                Token name = expectName();
                Expr e = new Name(name.text, ExprContext.Load, pos(name, name));
                boolean dotted = false;
                while (atOp(".")) {
                    next();
                    Token attr = expectName();
                    e = new Attribute(e, attr.text, ExprContext.Load, pos(name));
                    dotted = true;
                }
                if (atOp("(")) {
                    return classPattern(name, e);
                }
                if (dotted) {
                    return new MatchValue(e, e.pos());
                }
                if (name.text.equals("_")) {
                    return new MatchAs(null, null, pos(name, name));
                }
                return new MatchAs(null, name.text, pos(name, name));
            }
            case Token.OP -> {
                switch (t.text) {
                    case "-" -> {
                        Expr v = literalExpr();
                        return new MatchValue(v, v.pos());
                    }
                    case "(" -> {
                        next();
                        if (atOp(")")) {
                            next();
                            return new MatchSequence(List.of(), pos(t));
                        }
                        Pattern first = maybeStarPattern();
                        if (atOp(")") && !(first instanceof MatchStar)) {
                            next();
                            return first; // group pattern
                        }
                        List<Pattern> ps = new ArrayList<>();
                        ps.add(first);
                        if (!atOp(")")) {
                            expectOp(",");
                            while (!atOp(")")) {
                                ps.add(maybeStarPattern());
                                if (!acceptOp(",")) {
                                    break;
                                }
                            }
                        }
                        expectOp(")");
                        return new MatchSequence(ps, pos(t));
                    }
                    case "[" -> {
                        next();
                        List<Pattern> ps = new ArrayList<>();
                        while (!atOp("]")) {
                            ps.add(maybeStarPattern());
                            if (!acceptOp(",")) {
                                break;
                            }
                        }
                        expectOp("]");
                        return new MatchSequence(ps, pos(t));
                    }
                    case "{" -> {
                        return mappingPattern();
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    /** Literal numbers (signed, complex) and strings; for literal and mapping-key patterns. */
    private Expr literalExpr() {
        Token start = peek();
        if (start.type == Token.STRING) {
            Expr s = atom();
            if (s instanceof JoinedStr) {
                throw errorAt(s, "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        Expr real;
        if (atOp("-")) {
            next();
            Token num = peek();
            if (num.type != Token.NUMBER) {
                throw invalidSyntax();
            }
            next();
            real = new UnaryOp(UnaryOperator.USub, new Constant(Numbers.parse(num.text), null, pos(num, num)),
                    pos(start));
        } else {
            if (start.type != Token.NUMBER) {
                throw invalidSyntax();
            }
            next();
            real = new Constant(Numbers.parse(start.text), null, pos(start, start));
        }
        if (atOp("+") || atOp("-")) {
            Token opTok = next();
            Token num = peek();
            if (num.type != Token.NUMBER) {
                throw invalidSyntax();
            }
            next();
            Object v = Numbers.parse(num.text);
            Constant imag = new Constant(v, null, pos(num, num));
            if (!(v instanceof org.jyston.api.object.PyComplex)) {
                throw errorAt(imag, "imaginary number required in complex literal");
            }
            return new BinOp(real, opTok.text.equals("+") ? Operator.Add : Operator.Sub, imag, pos(start));
        }
        return real;
    }

    private Pattern mappingPattern() {
        Token open = expectOp("{");
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (atOp("**")) {
                next();
                rest = expectName().text;
                acceptOp(",");
                break;
            }
            Expr key;
            Token k = peek();
            if (k.type == Token.NAME && !k.text.equals("None") && !k.text.equals("True") && !k.text.equals("False")) {
                Token name = expectName();
                key = new Name(name.text, ExprContext.Load, pos(name, name));
                if (!atOp(".")) {
                    throw invalidSyntax();
                }
                while (acceptOp(".")) {
                    Token attr = expectName();
                    key = new Attribute(key, attr.text, ExprContext.Load, pos(name));
                }
            } else if (k.type == Token.NAME) {
                next();
                Object v = k.text.equals("None") ? PyNone.None : Boolean.valueOf(k.text.equals("True"));
                key = new Constant(v, null, pos(k, k));
            } else {
                key = literalExpr();
            }
            forceOp(":");
            keys.add(key);
            pats.add(pattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new MatchMapping(keys, pats, rest, pos(open));
    }

    private Pattern classPattern(Token start, Expr cls) {
        expectOp("(");
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            Token t = peek();
            if (t.type == Token.NAME && peek(1).isOp("=")) {
                p += 2;
                kwdAttrs.add(t.text);
                kwdPatterns.add(pattern());
            } else {
                Pattern pt = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt(pos(t), pos(t), "positional patterns follow keyword patterns");
                }
                positional.add(pt);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new MatchClass(cls, positional, kwdAttrs, kwdPatterns, pos(start));
    }
}
