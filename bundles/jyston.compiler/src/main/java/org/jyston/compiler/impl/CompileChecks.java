package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jyston.api.CompileWarning;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyEllipsis;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;

/**
 * The checks CPython's code generator makes after the symbol table (so after {@link ScopeBuilder}'s
 * errors): statements and expressions in a place they cannot be ({@code return}/{@code yield}/
 * {@code await} outside a function, {@code break}/{@code continue} outside a loop or leaving an
 * {@code except*} block, {@code yield from} in a coroutine, {@code async for}/{@code async with}
 * outside one), repeated keyword arguments, and the compile-time {@code SyntaxWarning}s. One walk of
 * the tree at compile time, carrying where it is as a few flags.
 */
final class CompileChecks {
    /** Inside a function or lambda body (comprehensions count as the function around them). */
    private static final int FUNCTION = 1;
    /** That function is {@code async def}. */
    private static final int ASYNC = 2;
    /** Inside a loop body of the current function. */
    private static final int LOOP = 4;
    /** An {@code except*} block entered since the innermost loop (or function) began. */
    private static final int STAR_IN_LOOP = 8;
    /** An {@code except*} block entered since the function began. */
    private static final int STAR_IN_FUNCTION = 16;
    /** Inside a comprehension's own scope (where {@code await} makes it asynchronous). */
    private static final int COMPREHENSION = 32;
    /** The {@code async def} is an asynchronous generator (its own body yields). */
    private static final int ASYNC_GENERATOR = 64;

    private final String filename;
    private final List<CompileWarning> warnings = new ArrayList<>();

    private CompileChecks(String filename) {
        this.filename = filename;
    }

    /** Raises the first error CPython's compiler would; answers the warnings in source order. */
    static List<CompileWarning> check(Ast.Mod mod, String filename) {
        CompileChecks c = new CompileChecks(filename);
        if (mod instanceof Ast.Module m) {
            c.all(m.body(), 0);
        } else if (mod instanceof Ast.Interactive i) {
            c.all(i.body(), 0);
        } else if (mod instanceof Ast.Expression e) {
            c.visit(e.body(), 0);
        }
        return c.warnings.isEmpty() ? List.of() : List.copyOf(c.warnings);
    }

    private void all(List<? extends Node> nodes, int ctx) {
        for (Node n : nodes) {
            visit(n, ctx);
        }
    }

    private void visit(Node n, int ctx) {
        if (n == null || n instanceof Enum<?>) {
            return;
        }
        if (n instanceof Ast.FunctionDef f) {
            function(f.args(), f.decorator_list(), f.returns(), ctx);
            all(f.body(), FUNCTION);
            return;
        } else if (n instanceof Ast.AsyncFunctionDef f) {
            function(f.args(), f.decorator_list(), f.returns(), ctx);
            all(f.body(), FUNCTION | ASYNC | (yieldsItself(f.body()) ? ASYNC_GENERATOR : 0));
            return;
        } else if (n instanceof Ast.Lambda l) {
            function(l.args(), List.of(), null, ctx);
            visit(l.body(), FUNCTION);
            return;
        } else if (n instanceof Ast.ClassDef c) {
            all(c.decorator_list(), ctx);
            all(c.bases(), ctx);
            keywords(c.keywords(), ctx);
            all(c.body(), 0);
            return;
        } else if (n instanceof Ast.For f) {
            loop(f.target(), f.iter(), f.body(), f.orelse(), ctx);
            return;
        } else if (n instanceof Ast.AsyncFor f) {
            if ((ctx & ASYNC) == 0) {
                throw error("'async for' outside async function", f.pos());
            }
            loop(f.target(), f.iter(), f.body(), f.orelse(), ctx);
            return;
        } else if (n instanceof Ast.While w) {
            visit(w.test(), ctx);
            all(w.body(), (ctx | LOOP) & ~STAR_IN_LOOP);
            all(w.orelse(), ctx);
            return;
        } else if (n instanceof Ast.TryStar t) {
            all(t.body(), ctx);
            for (Ast.ExceptHandler h : t.handlers()) {
                visit(h.type(), ctx);
                all(h.body(), ctx | STAR_IN_LOOP | STAR_IN_FUNCTION);
            }
            all(t.orelse(), ctx);
            all(t.finalbody(), ctx);
            return;
        } else if (n instanceof Ast.ListComp c) {
            comprehension(c, c.generators(), List.of(c.elt()), ctx);
            return;
        } else if (n instanceof Ast.SetComp c) {
            comprehension(c, c.generators(), List.of(c.elt()), ctx);
            return;
        } else if (n instanceof Ast.DictComp c) {
            comprehension(c, c.generators(), List.of(c.key(), c.value()), ctx);
            return;
        } else if (n instanceof Ast.GeneratorExp c) {
            comprehension(c, c.generators(), List.of(c.elt()), ctx);
            return;
        }
        statementOrExpression(n, ctx);
        for (Node c : Children.of(n)) {
            visit(c, ctx);
        }
    }

    private void statementOrExpression(Node n, int ctx) {
        if (n instanceof Ast.Return r) {
            if ((ctx & FUNCTION) == 0) {
                throw error("'return' outside function", r.pos());
            }
            if (r.value() != null && (ctx & ASYNC_GENERATOR) != 0) {
                throw error("'return' with value in async generator", r.pos());
            }
            if ((ctx & STAR_IN_FUNCTION) != 0) {
                // found while unwinding, after the value was compiled: CPython reports the value's place
                throw error(EXCEPT_STAR, r.value() != null ? r.value().pos() : r.pos());
            }
        } else if (n instanceof Ast.Break b) {
            leaveLoop("'break' outside loop", b.pos(), ctx);
        } else if (n instanceof Ast.Continue c) {
            leaveLoop("'continue' not properly in loop", c.pos(), ctx);
        } else if (n instanceof Ast.AsyncWith w && (ctx & ASYNC) == 0) {
            throw error("'async with' outside async function", w.pos());
        } else if (n instanceof Ast.Yield y) {
            if ((ctx & FUNCTION) == 0) {
                throw error("'yield' outside function", y.pos());
            }
        } else if (n instanceof Ast.YieldFrom y) {
            if ((ctx & FUNCTION) == 0) {
                throw error("'yield' outside function", y.pos());
            }
            if ((ctx & ASYNC) != 0) {
                throw error("'yield from' inside async function", y.pos());
            }
        } else if (n instanceof Ast.Await a) {
            if ((ctx & FUNCTION) == 0) {
                throw error("'await' outside function", a.pos());
            }
            if ((ctx & (ASYNC | COMPREHENSION)) == 0) {
                throw error("'await' outside async function", a.pos());
            }
        } else if (n instanceof Ast.Call c) {
            keywords(c.keywords(), -1);
            String type = calledLiteral(c.func());
            if (type != null) {
                warn("'" + type + "' object is not callable; perhaps you missed a comma?", c.pos());
            }
        } else if (n instanceof Ast.Compare c) {
            compare(c);
        } else if (n instanceof Ast.Subscript s) {
            subscript(s);
        } else if (n instanceof Ast.Assert a && a.test() instanceof Ast.Tuple t && !t.elts().isEmpty()) {
            warn("assertion is always true, perhaps remove parentheses?", a.pos());
        }
    }

    private static final String EXCEPT_STAR = "'break', 'continue' and 'return' cannot appear in an except* block";

    /** Whether a function body yields itself (not in the functions, lambdas or classes it defines). */
    private static boolean yieldsItself(List<? extends org.jyston.api.ast.Node> nodes) {
        for (org.jyston.api.ast.Node n : nodes) {
            if (yieldsItself(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean yieldsItself(org.jyston.api.ast.Node n) {
        if (n == null || n instanceof Enum<?>) {
            return false;
        }
        if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom) {
            return true;
        }
        if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef || n instanceof Ast.Lambda
                || n instanceof Ast.ClassDef) {
            return yieldsItself(Yields.enclosingParts(n));
        }
        return yieldsItself(Children.of(n));
    }

    private void leaveLoop(String outside, Pos pos, int ctx) {
        if ((ctx & STAR_IN_LOOP) != 0) {
            throw error(EXCEPT_STAR, pos);
        }
        if ((ctx & LOOP) == 0) {
            throw error(outside, pos);
        }
    }

    private void function(Ast.Arguments args, List<Ast.Expr> decorators, Ast.Expr returns, int ctx) {
        all(decorators, ctx);
        all(args.defaults(), ctx);
        for (Ast.Expr d : args.kw_defaults()) {
            visit(d, ctx);
        }
        for (Ast.Arg a : ScopeBuilder.allArgs(args)) {
            visit(a.annotation(), ctx);
        }
        visit(returns, ctx);
    }

    private void loop(Ast.Expr target, Ast.Expr iter, List<Ast.Stmt> body, List<Ast.Stmt> orelse, int ctx) {
        visit(target, ctx);
        visit(iter, ctx);
        all(body, (ctx | LOOP) & ~STAR_IN_LOOP);
        all(orelse, ctx);
    }

    /** The first iterable is evaluated where the comprehension is; the rest in its own scope. */
    private void comprehension(Ast.Expr comp, List<Ast.Comprehension> gens, List<Ast.Expr> results, int ctx) {
        if (!(comp instanceof Ast.GeneratorExp) && (ctx & (ASYNC | COMPREHENSION)) == 0
                && Yields.isAsyncComprehension(comp)) {
            throw error("asynchronous comprehension outside of an asynchronous function", comp.pos());
        }
        visit(gens.get(0).iter(), ctx);
        int inner = (ctx & (FUNCTION | ASYNC)) | FUNCTION | COMPREHENSION;
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            if (i > 0) {
                visit(g.iter(), inner);
            }
            visit(g.target(), inner);
            all(g.ifs(), inner);
        }
        all(results, inner);
    }

    /** Keyword names given twice (a call's or a class statement's); {@code ctx} &lt; 0: values visited elsewhere. */
    private void keywords(List<Ast.Keyword> keywords, int ctx) {
        Set<String> seen = null;
        for (Ast.Keyword k : keywords) {
            if (k.arg() != null) {
                if (seen == null) {
                    seen = new HashSet<>();
                }
                if (!seen.add(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k.pos());
                }
            }
            if (ctx >= 0) {
                visit(k.value(), ctx);
            }
        }
    }

    // ---------------------------------------------------------------- warnings

    private void compare(Ast.Compare c) {
        boolean leftOk = !isLiteral(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            boolean rightOk = !isLiteral(c.comparators().get(i));
            Ast.CmpOp op = c.ops().get(i);
            if ((op == Ast.CmpOp.Is || op == Ast.CmpOp.IsNot) && (!leftOk || !rightOk)) {
                warn(op == Ast.CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c.pos());
                return; // one warning per comparison chain, as CPython's check_compare
            }
            leftOk = rightOk;
        }
    }

    private void subscript(Ast.Subscript s) {
        Ast.Expr v = s.value();
        String type = null;
        if (v instanceof Ast.Constant k) {
            Object o = k.value();
            if (o == PyNone.None || o == PyEllipsis.Ellipsis || isNumber(o)) {
                type = Op.typeName(o);
            }
        } else if (v instanceof Ast.SetExpr || v instanceof Ast.SetComp) {
            type = "set";
        } else if (v instanceof Ast.GeneratorExp) {
            type = "generator";
        } else if (v instanceof Ast.Lambda) {
            type = "function";
        } else if (v instanceof Ast.UnaryOp u && u.op() != Ast.UnaryOperator.Not && isNumberLiteral(u)) {
            type = Op.typeName(((Ast.Constant) u.operand()).value());
        }
        if (type != null) {
            warn("'" + type + "' object is not subscriptable; perhaps you missed a comma?", s.pos());
            return;
        }
        String container = indexableLiteral(v);
        if (container == null) {
            return;
        }
        String index = literalType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool") || s.slice() instanceof Ast.Slice) {
            return;
        }
        warn(container + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?",
                s.pos());
    }

    private static boolean isNumber(Object o) {
        String t = Op.typeName(o);
        return t.equals("int") || t.equals("float") || t.equals("complex") || t.equals("bool");
    }

    private static boolean isNumberLiteral(Ast.Expr e) {
        return e instanceof Ast.UnaryOp u && u.operand() instanceof Ast.Constant k && isNumber(k.value());
    }

    /** The type a literal container would have, when indexing it with a non-integer literal is suspect. */
    private static String indexableLiteral(Ast.Expr e) {
        if (e instanceof Ast.Constant k) {
            String t = Op.typeName(k.value());
            return t.equals("str") || t.equals("bytes") || t.equals("tuple") ? t : null;
        }
        if (e instanceof Ast.Tuple) {
            return "tuple";
        }
        if (e instanceof Ast.ListExpr || e instanceof Ast.ListComp) {
            return "list";
        }
        if (e instanceof Ast.JoinedStr || e instanceof Ast.FormattedValue) {
            return "str";
        }
        return null;
    }

    /** What CPython's compiler infers a called literal to be, or null when the callee is no literal. */
    private static String calledLiteral(Ast.Expr e) {
        if (e instanceof Ast.Constant k) {
            return Op.typeName(k.value());
        }
        if (e instanceof Ast.UnaryOp u && u.op() != Ast.UnaryOperator.Not && isNumberLiteral(u)) {
            return Op.typeName(((Ast.Constant) u.operand()).value());
        }
        return literalType(e);
    }

    private static String literalType(Ast.Expr e) {
        if (e instanceof Ast.Constant k) {
            return Op.typeName(k.value());
        }
        if (e instanceof Ast.Tuple) {
            return "tuple";
        }
        if (e instanceof Ast.ListExpr || e instanceof Ast.ListComp) {
            return "list";
        }
        if (e instanceof Ast.Dict || e instanceof Ast.DictComp) {
            return "dict";
        }
        if (e instanceof Ast.SetExpr || e instanceof Ast.SetComp) {
            return "set";
        }
        if (e instanceof Ast.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Ast.JoinedStr || e instanceof Ast.FormattedValue) {
            return "str";
        }
        return null;
    }

    /**
     * A literal other than None, True, False and Ellipsis, as CPython sees it after constant folding
     * (a signed number, a tuple of constants).
     */
    private static boolean isLiteral(Ast.Expr e) {
        Object v = folded(e);
        return v != null && v != PyNone.None && v != PyEllipsis.Ellipsis && !(v instanceof Boolean);
    }

    /** The constant {@code e} folds to (a marker for a folded tuple), or null. */
    private static Object folded(Ast.Expr e) {
        if (e instanceof Ast.Constant k) {
            return k.value();
        }
        if (e instanceof Ast.UnaryOp u && u.op() != Ast.UnaryOperator.Not && isNumberLiteral(u)) {
            return u;
        }
        if (e instanceof Ast.Tuple t && t.ctx() == Ast.ExprContext.Load) {
            for (Ast.Expr x : t.elts()) {
                if (folded(x) == null) {
                    return null;
                }
            }
            return t;
        }
        return null;
    }

    private void warn(String message, Pos pos) {
        warnings.add(new CompileWarning("SyntaxWarning", message, filename, pos == null ? 1 : pos.lineno()));
    }

    private PyException error(String msg, Pos pos) {
        int line = pos == null ? 1 : pos.lineno();
        int col = pos == null ? 1 : pos.col_offset() + 1;
        int endLine = pos == null ? line : pos.end_lineno();
        int endCol = pos == null ? col : pos.end_col_offset() + 1;
        return Errors.syntaxError(Errors.SyntaxError, msg, filename, line, col,
                ScopeBuilder.sourceLine(filename, line), endLine, endCol);
    }
}
