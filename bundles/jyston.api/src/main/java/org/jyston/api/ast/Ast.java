package org.jyston.api.ast;

import java.util.List;

/**
 * Every node type of CPython 3.11's {@code Parser/Python.asdl}, as immutable records. Field names and
 * their order are CPython's {@code _fields}, so that a generic dump prints what {@code ast.dump}
 * prints; nodes with position attributes end with a {@link Pos}. Optional fields are {@code null}
 * when absent; lists are never null.
 */
public final class Ast {
    private Ast() {}

    // ---- mod
    public sealed interface Mod extends Node permits Module, Interactive, Expression, FunctionType {}
    public record Module(List<Stmt> body, List<TypeIgnore> type_ignores) implements Mod {}
    public record Interactive(List<Stmt> body) implements Mod {}
    public record Expression(Expr body) implements Mod {}
    public record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}

    // ---- stmt
    public sealed interface Stmt extends Node permits FunctionDef, AsyncFunctionDef, ClassDef, Return,
            Delete, Assign, AugAssign, AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Match, Raise,
            Try, TryStar, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue {}

    public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorator_list,
            Expr returns, String type_comment, Pos pos) implements Stmt {}
    public record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorator_list,
            Expr returns, String type_comment, Pos pos) implements Stmt {}
    public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decorator_list, Pos pos) implements Stmt {}
    public record Return(Expr value, Pos pos) implements Stmt {}
    public record Delete(List<Expr> targets, Pos pos) implements Stmt {}
    public record Assign(List<Expr> targets, Expr value, String type_comment, Pos pos) implements Stmt {}
    public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {}
    public record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Pos pos) implements Stmt {}
    public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment,
            Pos pos) implements Stmt {}
    public record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment,
            Pos pos) implements Stmt {}
    public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}
    public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}
    public record With(List<WithItem> items, List<Stmt> body, String type_comment, Pos pos) implements Stmt {}
    public record AsyncWith(List<WithItem> items, List<Stmt> body, String type_comment, Pos pos)
            implements Stmt {}
    public record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {}
    public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}
    public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            Pos pos) implements Stmt {}
    public record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, Pos pos) implements Stmt {}
    public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}
    public record Import(List<Alias> names, Pos pos) implements Stmt {}
    public record ImportFrom(String module, List<Alias> names, Integer level, Pos pos) implements Stmt {}
    public record Global(List<String> names, Pos pos) implements Stmt {}
    public record Nonlocal(List<String> names, Pos pos) implements Stmt {}
    /** CPython's {@code Expr} statement (renamed only because Java needs {@link Expr} for the kind). */
    public record ExprStmt(Expr value, Pos pos) implements Stmt {}
    public record Pass(Pos pos) implements Stmt {}
    public record Break(Pos pos) implements Stmt {}
    public record Continue(Pos pos) implements Stmt {}

    // ---- expr
    public sealed interface Expr extends Node permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict,
            SetExpr, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
            FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name, ListExpr, Tuple, Slice {}

    public record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {}
    public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}
    public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}
    public record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}
    public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}
    public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}
    /** A {@code None} key stands for a {@code **mapping} entry, as in CPython. */
    public record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}
    /** CPython's {@code Set}. */
    public record SetExpr(List<Expr> elts, Pos pos) implements Expr {}
    public record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}
    public record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}
    public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {}
    public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}
    public record Await(Expr value, Pos pos) implements Expr {}
    public record Yield(Expr value, Pos pos) implements Expr {}
    public record YieldFrom(Expr value, Pos pos) implements Expr {}
    public record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {}
    public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}
    public record FormattedValue(Expr value, int conversion, Expr format_spec, Pos pos) implements Expr {}
    public record JoinedStr(List<Expr> values, Pos pos) implements Expr {}
    /** {@code value} is the Python object (int as Long/BigInteger, str as String, None, ...). */
    public record Constant(Object value, String kind, Pos pos) implements Expr {}
    public record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}
    public record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}
    public record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}
    public record Name(String id, ExprContext ctx, Pos pos) implements Expr {}
    /** CPython's {@code List}. */
    public record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}
    public record Tuple(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}
    public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}

    // ---- small enumerations
    public enum ExprContext implements Node { Load, Store, Del }
    public enum BoolOperator implements Node { And, Or }
    public enum Operator implements Node {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"),
        RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");
        public final String symbol;
        Operator(String symbol) { this.symbol = symbol; }
    }
    public enum UnaryOperator implements Node { Invert, Not, UAdd, USub }
    public enum CmpOp implements Node {
        Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"),
        NotIn("not in");
        public final String symbol;
        CmpOp(String symbol) { this.symbol = symbol; }
    }

    // ---- helper nodes
    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int is_async) implements Node {}
    public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {}
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
            List<Expr> kw_defaults, Arg kwarg, List<Expr> defaults) implements Node {}
    public record Arg(String arg, Expr annotation, String type_comment, Pos pos) implements Node {}
    /** {@code arg} is null for {@code **kwargs}. */
    public record Keyword(String arg, Expr value, Pos pos) implements Node {}
    public record Alias(String name, String asname, Pos pos) implements Node {}
    public record WithItem(Expr context_expr, Expr optional_vars) implements Node {}
    public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
    public record TypeIgnore(int lineno, String tag) implements Node {}

    // ---- pattern
    public sealed interface Pattern extends Node permits MatchValue, MatchSingleton, MatchSequence,
            MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr {}
    public record MatchValue(Expr value, Pos pos) implements Pattern {}
    public record MatchSingleton(Object value, Pos pos) implements Pattern {}
    public record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {}
    public record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {}
    public record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwd_attrs, List<Pattern> kwd_patterns,
            Pos pos) implements Pattern {}
    public record MatchStar(String name, Pos pos) implements Pattern {}
    public record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}
    public record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {}
}
