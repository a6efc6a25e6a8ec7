package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ExceptionManager;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.CodeInfo;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyException;
import org.jyston.api.object.Slot;

/**
 * Translates the AST of one scope into tier 0 nodes. Every name is resolved here, once, to a slot,
 * a cell, or a namespace lookup, following the symbol table.
 */
final class Translator {
    private final String filename;
    private final Scope scope;
    private final String qualPrefix;
    private final ExceptionManager exceptions;
    /** In a generator or coroutine body, statements containing a yield become resumable nodes. */
    private final boolean generatorMode;
    /** The next free frame slot; resumable nodes take their state slots from here. */
    int nextSlot;
    /** Yields nested in expressions: lowered to statement-level steps (see {@link YieldLowering}). */
    private final YieldLowering lowering = new YieldLowering(this);
    /**
     * Subexpressions already compiled by {@link YieldLowering} (reads of temporaries, or what
     * remains of a yielding operand), found by identity while the node around them is built.
     */
    private final java.util.IdentityHashMap<Ast.Expr, ExprNode> overrides = new java.util.IdentityHashMap<>();

    /**
     * Frozenset constants of the module being compiled, by their elements: CPython's compiler keeps
     * one constant per distinct value (its const cache), so equal set displays share the layout of
     * the first one.
     */
    java.util.Map<Object, Displays.ConstSet.Holder> constSets = new java.util.HashMap<>();

    Translator(String filename, Scope scope, String qualPrefix, ExceptionManager exceptions) {
        this.filename = filename;
        this.scope = scope;
        this.qualPrefix = qualPrefix;
        this.exceptions = exceptions;
        this.generatorMode = scope.isFunction() && (scope.isGenerator || scope.isCoroutine);
        this.nextSlot = scope.slots.size();
    }

    ExceptionManager exceptions() {
        return exceptions;
    }

    int allocSlots(int n) {
        int s = nextSlot;
        nextSlot += n;
        return s;
    }

    StmtNode[] block(List<Ast.Stmt> body) {
        StmtNode[] out = new StmtNode[body.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stmt(body.get(i));
        }
        return out;
    }

    // ---------------------------------------------------------------- statements

    /** Every statement position of this block's code, in source order: its code object's position table. */
    final List<Pos> positions = new ArrayList<>();

    StmtNode stmt(Ast.Stmt s) {
        positions.add(s.pos());
        StmtNode n = statement(s);
        n.line = s.pos().lineno();
        return n;
    }

    private StmtNode statement(Ast.Stmt s) {
        if (generatorMode && Yields.contains(s)) {
            return resumable(s);
        }
        return plainStmt(s);
    }

    boolean isFunctionScope() {
        return scope.isFunction();
    }

    void override(Ast.Expr e, ExprNode node) {
        overrides.put(e, node);
    }

    void clearOverrides() {
        overrides.clear();
    }

    /** A statement compiled as an ordinary node (its yields, if any, already replaced by overrides). */
    /** Code compiled in "single" mode: its top-level expression statements show their values. */
    boolean interactive;

    StmtNode plainStmt(Ast.Stmt s) {
        if (s instanceof Ast.ExprStmt e) {
            if (interactive) {
                return new Stmts.DisplayStmt(expr(e.value()));
            }
            ExprNode v = expr(e.value());
            return v instanceof Call c ? new Stmts.CallStmt(c)
                    : v instanceof MethodCall m ? new Stmts.MethodCallStmt(m) : new Stmts.ExprStmt(v);
        } else if (s instanceof Ast.Assign a) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new Stmts.Assign(targets, expr(a.value()));
        } else if (s instanceof Ast.AugAssign a) {
            return augAssign(a);
        } else if (s instanceof Ast.AnnAssign a) {
            return annAssign(a);
        } else if (s instanceof Ast.If i) {
            return new Stmts.If(expr(i.test()), block(i.body()), block(i.orelse()));
        } else if (s instanceof Ast.While w) {
            return new Stmts.While(expr(w.test()), block(w.body()), block(w.orelse()));
        } else if (s instanceof Ast.For fr) {
            return new Stmts.For(target(fr.target()), iterExpr(fr.iter()), block(fr.body()), block(fr.orelse()),
                    fr.iter().pos()).at(fr.pos());
        } else if (s instanceof Ast.Pass) {
            return new Stmts.Pass();
        } else if (s instanceof Ast.Break) {
            return new Stmts.Signal(StmtNode.BREAK);
        } else if (s instanceof Ast.Continue) {
            return new Stmts.Signal(StmtNode.CONTINUE);
        } else if (s instanceof Ast.Return r) {
            return new Stmts.Return(r.value() == null ? null : expr(r.value()));
        } else if (s instanceof Ast.Global || s instanceof Ast.Nonlocal) {
            return new Stmts.Pass();
        } else if (s instanceof Ast.FunctionDef d) {
            ExprNode make = function(d, d.name(), d.args(), d.body(), null, d.decorator_list());
            return new Stmts.Assign(new Target[] {nameTarget(d.name())}, make);
        } else if (s instanceof Ast.AsyncFunctionDef d) {
            ExprNode make = function(d, d.name(), d.args(), d.body(), null, d.decorator_list());
            return new Stmts.Assign(new Target[] {nameTarget(d.name())}, make);
        } else if (s instanceof Ast.ClassDef c) {
            return new Stmts.Assign(new Target[] {nameTarget(c.name())}, classDef(c));
        } else if (s instanceof Ast.Raise r) {
            return new ExceptionStmts.Raise(r.exc() == null ? null : expr(r.exc()),
                    r.cause() == null ? null : expr(r.cause()), exceptions, r.pos());
        } else if (s instanceof Ast.Try t) {
            ExceptionStmts.Handler[] hs = new ExceptionStmts.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                Ast.ExceptHandler h = t.handlers().get(i);
                hs[i] = new ExceptionStmts.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), block(h.body()), h.pos());
            }
            return new ExceptionStmts.Try(block(t.body()), hs, block(t.orelse()), block(t.finalbody()), exceptions);
        } else if (s instanceof Ast.TryStar t) {
            ExceptionStmts.Handler[] hs = new ExceptionStmts.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                Ast.ExceptHandler h = t.handlers().get(i);
                hs[i] = new ExceptionStmts.Handler(expr(h.type()), h.name() == null ? null : nameTarget(h.name()),
                        block(h.body()), h.pos());
            }
            return new TryStar(block(t.body()), hs, block(t.orelse()), block(t.finalbody()), exceptions);
        } else if (s instanceof Ast.Delete d) {
            Target[] targets = new Target[d.targets().size()];
            Pos[] positions = new Pos[targets.length];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(d.targets().get(i));
                positions[i] = d.targets().get(i).pos();
            }
            return new MiscStmts.Delete(targets, positions);
        } else if (s instanceof Ast.Assert a) {
            // located at the test, as CPython does
            // CPython 3.11 locates the raise at a comparison test (its jump keeps the compare's
            // location), at the whole statement for any other test
            return new MiscStmts.Assert(expr(a.test()), a.msg() == null ? null : expr(a.msg()),
                    a.test() instanceof Ast.Compare ? a.test().pos() : a.pos());
        } else if (s instanceof Ast.With w) {
            return with(w.items(), 0, w.body(), w.pos());
        } else if (s instanceof Ast.Import im) {
            StmtNode[] nodes = new StmtNode[im.names().size()];
            for (int i = 0; i < nodes.length; i++) {
                Ast.Alias a = im.names().get(i);
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                nodes[i] = new ImportStmts.Import(a.name(), nameTarget(bound), a.asname() != null, im.pos());
            }
            return nodes.length == 1 ? nodes[0] : new Stmts.Block(nodes);
        } else if (s instanceof Ast.ImportFrom im) {
            String[] names = new String[im.names().size()];
            Target[] targets = new Target[names.length];
            for (int i = 0; i < names.length; i++) {
                Ast.Alias a = im.names().get(i);
                names[i] = a.name();
                if (!a.name().equals("*")) {
                    targets[i] = nameTarget(a.asname() != null ? a.asname() : a.name());
                }
            }
            return new ImportStmts.ImportFrom(im.module(), im.level() == null ? 0 : im.level(), names, targets,
                    im.pos());
        } else if (s instanceof Ast.Match m) {
            MatchStmt.Case[] cases = new MatchStmt.Case[m.cases().size()];
            for (int i = 0; i < cases.length; i++) {
                Ast.MatchCase c = m.cases().get(i);
                cases[i] = new MatchStmt.Case(pattern(c.pattern()), c.guard() == null ? null : expr(c.guard()),
                        block(c.body()));
            }
            return new MatchStmt(expr(m.subject()), cases, m.subject().pos());
        }
        throw unsupported(kind(s) + " statements");
    }

    private StmtNode with(List<Ast.WithItem> items, int i, List<Ast.Stmt> body, Pos pos) {
        Ast.WithItem item = items.get(i);
        StmtNode[] inner = i + 1 < items.size() ? new StmtNode[] {with(items, i + 1, body, pos)} : block(body);
        return new MiscStmts.With(expr(item.context_expr()),
                item.optional_vars() == null ? null : target(item.optional_vars()), inner,
                pos, exceptions); // CPython locates __enter__/__exit__ failures at the whole statement
    }

    private StmtNode augAssign(Ast.AugAssign a) {
        Slot op = Operators.inplace(a.op());
        if (a.target() instanceof Ast.Name n) {
            return new Stmts.AugAssign(load(n.id(), n.pos()), nameTarget(n.id()), op, expr(a.value()), a.pos());
        }
        if (a.target() instanceof Ast.Attribute at) {
            return new Stmts.AugAttr(expr(at.value()), at.attr(), op, expr(a.value()), a.pos());
        }
        if (a.target() instanceof Ast.Subscript sub) {
            return new Stmts.AugItem(expr(sub.value()), expr(sub.slice()), op, expr(a.value()), a.pos());
        }
        throw unsupported("augmented assignment to " + kind(a.target()));
    }

    private StmtNode annAssign(Ast.AnnAssign a) {
        List<StmtNode> out = new ArrayList<>();
        if (a.value() != null) {
            out.add(new Stmts.Assign(new Target[] {target(a.target())}, expr(a.value())));
        }
        if (a.simple() == 1 && a.target() instanceof Ast.Name n && !scope.isFunction()) {
            out.add(new MiscStmts.Annotate(n.id(), expr(a.annotation()), scope.kind == Scope.Kind.CLASS));
        } else if (!scope.isFunction()) {
            // a complex target's annotation is evaluated (not stored) outside functions
            out.add(new Stmts.ExprStmt(expr(a.annotation())));
        }
        return out.size() == 1 ? out.get(0) : new Stmts.Block(out.toArray(new StmtNode[0]));
    }

    // ---------------------------------------------------------------- functions

    /** A function-like scope compiled into a {@link MakeFunction}: def, lambda (body is an expression). */
    private MakeFunction function(org.jyston.api.ast.Node node, String name, Ast.Arguments args, List<Ast.Stmt> body,
            Ast.Expr lambdaBody, List<Ast.Expr> decorators) {
        Scope inner = scope.children.get(node);
        String qualname = qualPrefix + name;
        FunctionCode code = new FunctionCode(new CodeInfo(filename, name), qualname, inner,
                args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(), args.kwonlyargs().size(),
                args.vararg() != null, args.kwarg() != null, exceptions);
        Translator t = new Translator(filename, inner, qualname + ".<locals>.", exceptions);
        t.constSets = constSets;
        if (lambdaBody != null) {
            code.body = new StmtNode[] {t.generatorMode
                    ? t.resumable(new Ast.Return(lambdaBody, lambdaBody.pos()))
                    : new Stmts.Return(t.expr(lambdaBody))};
        } else {
            code.body = t.generatorMode ? new StmtNode[] {t.resumableBlock(body)} : t.block(body);
            code.doc = docstring(body);
        }
        code.nlocals = t.nextSlot;
        int first = node.pos().lineno();
        for (Ast.Expr d : decorators) {
            first = Math.min(first, d.pos().lineno());
        }
        code.setPositions(first, lambdaBody != null ? List.of(lambdaBody.pos()) : t.positions);
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Ast.Expr d = args.kw_defaults().get(i);
            if (d != null) {
                kwNames.add(args.kwonlyargs().get(i).arg());
                kwValues.add(expr(d));
            }
        }
        MakeFunction make = new MakeFunction(code, exprs(decorators), exprs(args.defaults()),
                kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]), closureSlots(inner), node.pos());
        make.decoratorPositions = decorators.stream().map(Ast.Expr::pos).toArray(Pos[]::new);
        List<String> annNames = new ArrayList<>();
        List<ExprNode> annValues = new ArrayList<>();
        List<Ast.Arg> signatureOrder = new ArrayList<>(args.posonlyargs());
        signatureOrder.addAll(args.args());
        if (args.vararg() != null) {
            signatureOrder.add(args.vararg());
        }
        signatureOrder.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            signatureOrder.add(args.kwarg());
        }
        for (Ast.Arg a : signatureOrder) {
            if (a.annotation() != null) {
                annNames.add(a.arg());
                annValues.add(expr(a.annotation()));
            }
        }
        Ast.Expr returns = node instanceof Ast.FunctionDef fd ? fd.returns()
                : node instanceof Ast.AsyncFunctionDef afd ? afd.returns() : null;
        if (returns != null) {
            annNames.add("return");
            annValues.add(expr(returns));
        }
        make.annotationNames = annNames.toArray(new String[0]);
        make.annotationValues = annValues.toArray(new ExprNode[0]);
        return make;
    }

    private ExprNode classDef(Ast.ClassDef c) {
        Scope inner = scope.children.get(c);
        String qualname = qualPrefix + c.name();
        FunctionCode code = new FunctionCode(new CodeInfo(filename, c.name()), qualname, inner, 0, 0, 0, false,
                false, exceptions);
        Translator t = new Translator(filename, inner, qualname + ".", exceptions);
        t.constSets = constSets;
        code.body = MiscStmts.SetupAnnotations.prepend(inner, t.block(c.body()), true);
        code.nlocals = t.nextSlot;
        int first = c.pos().lineno();
        for (Ast.Expr d : c.decorator_list()) {
            first = Math.min(first, d.pos().lineno());
        }
        code.setPositions(first, t.positions);
        ExprNode[] bases = new ExprNode[c.bases().size()];
        boolean[] starred = new boolean[bases.length];
        for (int i = 0; i < bases.length; i++) {
            Ast.Expr b = c.bases().get(i);
            if (b instanceof Ast.Starred st) {
                starred[i] = true;
                b = st.value();
            }
            bases[i] = expr(b);
        }
        String[] kwnames = new String[c.keywords().size()];
        ExprNode[] kwvalues = new ExprNode[kwnames.length];
        for (int i = 0; i < kwnames.length; i++) {
            if (c.keywords().get(i).arg() == null) {
                throw unsupported("**kwargs in class definitions");
            }
            kwnames[i] = c.keywords().get(i).arg();
            kwvalues[i] = expr(c.keywords().get(i).value());
        }
        int cellSlot = inner.cells.contains("__class__") ? inner.slot("__class__") : -1;
        Object doc = docstring(c.body());
        ClassDef def = new ClassDef(c.name(), qualname, code, exprs(c.decorator_list()), bases, starred, kwnames,
                kwvalues, closureSlots(inner), cellSlot, doc == org.jyston.api.object.PyNone.None ? null : doc, c.pos());
        def.decoratorPositions = c.decorator_list().stream().map(Ast.Expr::pos).toArray(Pos[]::new);
        return def;
    }

    private MatchStmt.Pattern pattern(Ast.Pattern p) {
        if (p instanceof Ast.MatchValue v) {
            return new MatchStmt.Value(expr(v.value()));
        } else if (p instanceof Ast.MatchSingleton s) {
            return new MatchStmt.Singleton(s.value());
        } else if (p instanceof Ast.MatchAs a) {
            return new MatchStmt.As(a.pattern() == null ? null : pattern(a.pattern()),
                    a.name() == null ? null : nameTarget(a.name()));
        } else if (p instanceof Ast.MatchOr o) {
            MatchStmt.Pattern[] alts = new MatchStmt.Pattern[o.patterns().size()];
            for (int i = 0; i < alts.length; i++) {
                alts[i] = pattern(o.patterns().get(i));
            }
            return new MatchStmt.Or(alts);
        } else if (p instanceof Ast.MatchSequence sq) {
            MatchStmt.Pattern[] items = new MatchStmt.Pattern[sq.patterns().size()];
            int star = -1;
            Target starTarget = null;
            for (int i = 0; i < items.length; i++) {
                Ast.Pattern x = sq.patterns().get(i);
                if (x instanceof Ast.MatchStar st) {
                    star = i;
                    starTarget = st.name() == null ? null : nameTarget(st.name());
                } else {
                    items[i] = pattern(x);
                }
            }
            return new MatchStmt.Sequence(items, star, starTarget);
        } else if (p instanceof Ast.MatchMapping mm) {
            MatchStmt.Pattern[] values = new MatchStmt.Pattern[mm.patterns().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = pattern(mm.patterns().get(i));
            }
            return new MatchStmt.Mapping(exprs(mm.keys()), values, mm.rest() == null ? null : nameTarget(mm.rest()));
        } else if (p instanceof Ast.MatchClass mc) {
            MatchStmt.Pattern[] pos = new MatchStmt.Pattern[mc.patterns().size()];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = pattern(mc.patterns().get(i));
            }
            MatchStmt.Pattern[] kw = new MatchStmt.Pattern[mc.kwd_patterns().size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = pattern(mc.kwd_patterns().get(i));
            }
            return new MatchStmt.ClassPattern(expr(mc.cls()), pos, mc.kwd_attrs().toArray(new String[0]), kw);
        }
        throw unsupported(kind(p) + " patterns");
    }

    // ---------------------------------------------------------------- generators

    /** A block of a generator body: resumable when some statement in it can yield. */
    StmtNode resumableBlock(List<Ast.Stmt> body) {
        StmtNode[] nodes = new StmtNode[body.size()];
        boolean[] canYield = new boolean[nodes.length];
        boolean any = false;
        for (int i = 0; i < nodes.length; i++) {
            canYield[i] = Yields.contains(body.get(i));
            any |= canYield[i];
            nodes[i] = stmt(body.get(i));
        }
        if (!any) {
            return new Stmts.Block(nodes);
        }
        return new Resumable.Block(nodes, canYield, allocSlots(1));
    }

    /** A statement that contains a yield: the resumable node for it. */
    private StmtNode resumable(Ast.Stmt s) {
        if (s instanceof Ast.ExprStmt e && isYield(e.value())) {
            return yieldNode(e.value(), new Target[0]);
        } else if (s instanceof Ast.Assign a && isYield(a.value()) && !anyYield(a.targets())) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return yieldNode(a.value(), targets);
        } else if (s instanceof Ast.Return r && isYield(r.value())) {
            int tmp = allocSlots(1);
            return new Resumable.Block(new StmtNode[] {yieldNode(r.value(), new Target[] {new Target.Local(tmp, ".0")}),
                new Stmts.Return(new Exprs.LoadLocal(tmp, ".result", r.pos()))}, new boolean[] {true, false},
                    allocSlots(1));
        } else if (s instanceof Ast.If i && !Yields.contains(i.test())) {
            return new Resumable.If(expr(i.test()), resumableBlock(i.body()), resumableBlock(i.orelse()), allocSlots(1));
        } else if (s instanceof Ast.While w && !Yields.contains(w.test())) {
            return new Resumable.While(expr(w.test()), resumableBlock(w.body()), resumableBlock(w.orelse()),
                    allocSlots(1));
        } else if (s instanceof Ast.For fr && !Yields.contains(fr.iter()) && !Yields.contains(fr.target())) {
            return new Resumable.For(target(fr.target()), iterExpr(fr.iter()), resumableBlock(fr.body()),
                    resumableBlock(fr.orelse()), fr.iter().pos(), allocSlots(1));
        } else if (s instanceof Ast.Try t && !anyHandlerTypeYields(t.handlers())) {
            ExceptionStmts.Handler[] hs = new ExceptionStmts.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                Ast.ExceptHandler h = t.handlers().get(i);
                hs[i] = new ExceptionStmts.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), new StmtNode[] {resumableBlock(h.body())},
                        h.pos());
            }
            return new Resumable.Try(resumableBlock(t.body()), hs, resumableBlock(t.orelse()),
                    resumableBlock(t.finalbody()), !t.finalbody().isEmpty(), exceptions, allocSlots(4));
        } else if (s instanceof Ast.With w) {
            return resumableWith(w.items(), 0, w.body());
        } else if (s instanceof Ast.AsyncFor fr && !Yields.contains(fr.target())) {
            YieldLowering.Steps steps = lowering.new Steps();
            ExprNode iter = lowering.lower(fr.iter(), steps);
            // ".0" is the outermost iterator of an async comprehension: the caller already called __aiter__
            boolean given = fr.iter() instanceof Ast.Name n && n.id().equals(".0");
            steps.add(new AsyncStmts.For(target(fr.target()), iter, resumableBlock(fr.body()),
                    resumableBlock(fr.orelse()), fr.iter().pos(), given, allocSlots(3)), true);
            return steps.block();
        } else if (s instanceof Ast.AsyncWith w) {
            return asyncWith(w.items(), 0, w.body());
        } else if (s instanceof Ast.TryStar t && anyHandlerYields(t.handlers())) {
            return lowering.tryStar(t);
        } else if (s instanceof Ast.TryStar t) {
            ExceptionStmts.Handler[] hs = new ExceptionStmts.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                Ast.ExceptHandler h = t.handlers().get(i);
                hs[i] = new ExceptionStmts.Handler(expr(h.type()), h.name() == null ? null : nameTarget(h.name()),
                        block(h.body()), h.pos());
            }
            TryStar handlers = new TryStar(new StmtNode[0], hs, new StmtNode[0], new StmtNode[0], exceptions);
            StmtNode inner = new Resumable.TryStarBody(resumableBlock(t.body()), handlers, resumableBlock(t.orelse()),
                    exceptions, allocSlots(1));
            if (t.finalbody().isEmpty()) {
                return inner;
            }
            // try/except*/else/finally runs as try: (try/except*/else) finally: ...
            return new Resumable.Try(inner, new ExceptionStmts.Handler[0], new Stmts.Block(new StmtNode[0]),
                    resumableBlock(t.finalbody()), true, exceptions, allocSlots(4));
        } else if (s instanceof Ast.Match m) {
            YieldLowering.Steps steps = lowering.new Steps();
            ExprNode subject = lowering.lower(m.subject(), steps);
            MatchStmt.Case[] cases = new MatchStmt.Case[m.cases().size()];
            for (int i = 0; i < cases.length; i++) {
                Ast.MatchCase c = m.cases().get(i);
                YieldLowering.Steps guardSteps = lowering.new Steps();
                ExprNode guard = c.guard() == null ? null : lowering.lowerTest(c.guard(), guardSteps);
                cases[i] = new MatchStmt.Case(pattern(c.pattern()), guard, new StmtNode[] {resumableBlock(c.body())});
                if (guardSteps.anyYield) {
                    cases[i].guardSteps = guardSteps.block();
                }
            }
            steps.add(new MatchStmt(subject, cases, m.subject().pos(), allocSlots(3)), true);
            return steps.block();
        }
        return lowering.stmt(s);
    }

    private StmtNode resumableWith(List<Ast.WithItem> items, int i, List<Ast.Stmt> body) {
        return withItems(items, i, body, false);
    }

    private StmtNode asyncWith(List<Ast.WithItem> items, int i, List<Ast.Stmt> body) {
        return withItems(items, i, body, true);
    }

    /** A resumable {@code with} (or {@code async with}) of items {@code i..}: one node per item, nested. */
    private StmtNode withItems(List<Ast.WithItem> items, int i, List<Ast.Stmt> body, boolean async) {
        Ast.WithItem item = items.get(i);
        StmtNode inner = i + 1 < items.size() ? withItems(items, i + 1, body, async) : resumableBlock(body);
        YieldLowering.Steps steps = lowering.new Steps();
        ExprNode manager = lowering.lower(item.context_expr(), steps);
        Target as = null;
        if (item.optional_vars() != null && Yields.contains(item.optional_vars())) {
            int slot = allocSlots(1);
            as = new Target.Local(slot, ".tmp");
            inner = storeThen(item.optional_vars(), slot, inner);
        } else if (item.optional_vars() != null) {
            as = target(item.optional_vars());
        }
        Pos pos = item.context_expr().pos();
        steps.add(async ? new AsyncStmts.With(manager, as, inner, pos, exceptions, allocSlots(7))
                : new Resumable.With(manager, as, inner, pos, exceptions, allocSlots(2)), true);
        return steps.block();
    }

    /**
     * A with target that yields: {@code __enter__}'s result goes to a temporary, and this first step
     * inside assigns it, as CPython stores the target right after entering.
     */
    private StmtNode storeThen(Ast.Expr target, int slot, StmtNode inner) {
        return new Resumable.Block(new StmtNode[] {lowering.storeFrom(target, slot), inner}, new boolean[] {true, true},
                allocSlots(1));
    }

    /** Whether an except/except* clause (its type or its body) can yield. */
    private static boolean anyHandlerYields(List<Ast.ExceptHandler> hs) {
        for (Ast.ExceptHandler h : hs) {
            if (Yields.contains(h)) {
                return true;
            }
        }
        return false;
    }

    StmtNode yieldNode(Resumable.Yield.Kind kind, ExprNode value, Target[] targets, Pos pos) {
        if (kind == Resumable.Yield.Kind.YIELD && scope.isGenerator && scope.isCoroutine) {
            kind = Resumable.Yield.Kind.ASYNC_YIELD;
        }
        return new Resumable.Yield(kind, value, targets, kind == Resumable.Yield.Kind.YIELD ? -1 : allocSlots(1), pos);
    }

    private StmtNode yieldNode(Ast.Expr y, Target[] targets) {
        if (y instanceof Ast.Yield v) {
            return yieldNode(Resumable.Yield.Kind.YIELD, v.value() == null ? null : expr(v.value()), targets, y.pos());
        }
        if (y instanceof Ast.YieldFrom v) {
            return new Resumable.Yield(Resumable.Yield.Kind.YIELD_FROM, expr(v.value()), targets, allocSlots(1),
                    y.pos());
        }
        Ast.Await a = (Ast.Await) y;
        return new Resumable.Yield(Resumable.Yield.Kind.AWAIT, expr(a.value()), targets, allocSlots(1), y.pos());
    }

    private static boolean isYield(Ast.Expr e) {
        return (e instanceof Ast.Yield y && !Yields.contains(y.value()))
                || (e instanceof Ast.YieldFrom yf && !Yields.contains(yf.value()))
                || (e instanceof Ast.Await a && !Yields.contains(a.value()));
    }

    private static boolean anyYield(List<Ast.Expr> es) {
        for (Ast.Expr e : es) {
            if (Yields.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHandlerTypeYields(List<Ast.ExceptHandler> hs) {
        for (Ast.ExceptHandler h : hs) {
            if (Yields.contains(h.type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A generator expression, compiled as CPython does: a generator function taking the outermost
     * iterator, whose body is the loops with a yield of the element inside.
     */
    private ExprNode generatorExpression(Ast.GeneratorExp g) {
        Scope inner = scope.children.get(g);
        if (Yields.isAsyncComprehension(g)) {
            inner.isCoroutine = true; // an asynchronous generator expression makes an async generator
        }
        String qualname = qualPrefix + "<genexpr>";
        FunctionCode code = new FunctionCode(new CodeInfo(filename, "<genexpr>"), qualname, inner, 1, 0, 0, false,
                false, exceptions);
        Pos p = g.pos();
        Ast.Stmt body = new Ast.ExprStmt(new Ast.Yield(g.elt(), g.elt().pos()), g.elt().pos());
        List<Ast.Comprehension> gens = g.generators();
        for (int i = gens.size() - 1; i >= 0; i--) {
            Ast.Comprehension c = gens.get(i);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                body = new Ast.If(c.ifs().get(k), List.of(body), List.of(), p);
            }
            Ast.Expr iter = i == 0 ? new Ast.Name(".0", Ast.ExprContext.Load, c.iter().pos()) : c.iter();
            body = c.is_async() != 0 ? new Ast.AsyncFor(c.target(), iter, List.of(body), List.of(), null, p)
                    : new Ast.For(c.target(), iter, List.of(body), List.of(), null, p);
        }
        Translator t = new Translator(filename, inner, qualname + ".<locals>.", exceptions);
        t.constSets = constSets;
        code.body = new StmtNode[] {t.resumableBlock(List.of(body))};
        code.nlocals = t.nextSlot;
        code.setPositions(p.lineno(), List.of(p));
        MakeFunction make = new MakeFunction(code, new ExprNode[0], new ExprNode[0], new String[0], new ExprNode[0],
                closureSlots(inner), p);
        return new Comprehension.Run(make, iterExpr(gens.get(0).iter()), gens.get(0).iter().pos(), p,
                gens.get(0).is_async() != 0);
    }

    /** The docstring of a body: its first statement, if that is a string literal. */
    static Object docstring(List<Ast.Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant k
                && k.value() instanceof String s) {
            return s;
        }
        return org.jyston.api.object.PyNone.None;
    }

    /** For each free variable of {@code inner}, the slot of this scope holding its cell. */
    private int[] closureSlots(Scope inner) {
        int[] out = new int[inner.frees.size()];
        int i = 0;
        for (String n : inner.frees) {
            out[i++] = scope.slot(n);
        }
        return out;
    }

    private ExprNode comprehension(Ast.Expr node, Comprehension.Kind kind, List<Ast.Comprehension> gens,
            Ast.Expr elt, Ast.Expr value, String name) {
        if (Yields.isAsyncComprehension(node)) {
            return asyncComprehension(node, kind, gens, elt, value, name);
        }
        Scope inner = scope.children.get(node);
        String qualname = qualPrefix + name;
        FunctionCode code = new FunctionCode(new CodeInfo(filename, name), qualname, inner, 1, 0, 0, false, false,
                exceptions);
        Translator t = new Translator(filename, inner, qualname + ".<locals>.", exceptions);
        t.constSets = constSets;
        Comprehension.Clause[] clauses = new Comprehension.Clause[gens.size()];
        for (int i = 0; i < clauses.length; i++) {
            Ast.Comprehension g = gens.get(i);
            // iterating is located at the whole comprehension, as CPython 3.11 locates FOR_ITER there
            clauses[i] = new Comprehension.Clause(t.target(g.target()), i == 0 ? null : t.expr(g.iter()),
                    t.exprs(g.ifs()), node.pos());
        }
        code.body = new StmtNode[] {new Comprehension.Body(kind, clauses, t.expr(elt),
                value == null ? null : t.expr(value), node.pos())};
        code.nlocals = t.nextSlot;
        code.setPositions(node.pos().lineno(), List.of(node.pos()));
        MakeFunction make = new MakeFunction(code, new ExprNode[0], new ExprNode[0], new String[0], new ExprNode[0],
                closureSlots(inner), node.pos());
        return new Comprehension.Run(make, iterExpr(gens.get(0).iter()), gens.get(0).iter().pos(), node.pos(), false);
    }

    /**
     * An asynchronous comprehension: a coroutine function (the enclosing code awaits its result),
     * whose body is the clauses as resumable loops ({@code async for} where asked) around a call
     * adding the element to the result, which waits in a hidden local {@code .acc}.
     */
    private ExprNode asyncComprehension(Ast.Expr node, Comprehension.Kind kind, List<Ast.Comprehension> gens,
            Ast.Expr elt, Ast.Expr value, String name) {
        Scope inner = scope.children.get(node);
        inner.isCoroutine = true;
        inner.bound.add(".acc");
        inner.slots.putIfAbsent(".acc", inner.slots.size());
        String qualname = qualPrefix + name;
        FunctionCode code = new FunctionCode(new CodeInfo(filename, name), qualname, inner, 1, 0, 0, false, false,
                exceptions);
        Pos p = node.pos();
        Ast.Expr acc = new Ast.Name(".acc", Ast.ExprContext.Load, p);
        String method = kind == Comprehension.Kind.LIST ? "append" : kind == Comprehension.Kind.SET ? "add"
                : "__setitem__";
        Ast.Stmt body = new Ast.ExprStmt(new Ast.Call(new Ast.Attribute(acc, method, Ast.ExprContext.Load, p),
                value == null ? List.of(elt) : List.of(elt, value), List.of(), p), p);
        for (int i = gens.size() - 1; i >= 0; i--) {
            Ast.Comprehension c = gens.get(i);
            for (int k = c.ifs().size() - 1; k >= 0; k--) {
                body = new Ast.If(c.ifs().get(k), List.of(body), List.of(), p);
            }
            Ast.Expr iter = i == 0 ? new Ast.Name(".0", Ast.ExprContext.Load, c.iter().pos()) : c.iter();
            body = c.is_async() != 0 ? new Ast.AsyncFor(c.target(), iter, List.of(body), List.of(), null, p)
                    : new Ast.For(c.target(), iter, List.of(body), List.of(), null, p);
        }
        Translator t = new Translator(filename, inner, qualname + ".<locals>.", exceptions);
        t.constSets = constSets;
        StmtNode init = new Stmts.Assign(new Target[] {new Target.Local(inner.slot(".acc"), ".acc")},
                new Comprehension.NewResult(kind));
        StmtNode loops = t.resumableBlock(List.of(body, new Ast.Return(acc, p)));
        code.body = new StmtNode[] {new Resumable.Block(new StmtNode[] {init, loops}, new boolean[] {false, true},
                t.allocSlots(1))};
        code.nlocals = t.nextSlot;
        MakeFunction make = new MakeFunction(code, new ExprNode[0], new ExprNode[0], new String[0], new ExprNode[0],
                closureSlots(inner), p);
        return new Comprehension.Run(make, iterExpr(gens.get(0).iter()), gens.get(0).iter().pos(), p,
                gens.get(0).is_async() != 0);
    }

    // ---------------------------------------------------------------- expressions

    ExprNode expr(Ast.Expr e) {
        if (!overrides.isEmpty()) {
            ExprNode o = overrides.get(e);
            if (o != null) {
                return o;
            }
        }
        if (e instanceof Ast.Constant c) {
            return new Exprs.Constant(c.value());
        } else if (e instanceof Ast.Name n) {
            return load(n.id(), n.pos());
        } else if (e instanceof Ast.BinOp b) {
            return new Exprs.Binary(expr(b.left()), Operators.binary(b.op()), expr(b.right()), b.pos());
        } else if (e instanceof Ast.UnaryOp u) {
            if (u.op() == Ast.UnaryOperator.Not) {
                return new Exprs.Not(expr(u.operand()), u.pos());
            }
            return new Exprs.Unary(Operators.unary(u.op()), expr(u.operand()), u.pos());
        } else if (e instanceof Ast.BoolOp b) {
            return new Exprs.BoolOp(exprs(b.values()), b.op() == Ast.BoolOperator.And, b.pos());
        } else if (e instanceof Ast.Compare c) {
            CompareOp[] ops = new CompareOp[c.ops().size()];
            Slot[] slots = new Slot[ops.length];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = CompareOp.of(c.ops().get(i));
                slots[i] = CompareOp.slot(c.ops().get(i));
            }
            return new Exprs.Compare(expr(c.left()), ops, slots, exprs(c.comparators()), c.pos());
        } else if (e instanceof Ast.Call c) {
            return call(c);
        } else if (e instanceof Ast.IfExp i) {
            return new Exprs.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
        } else if (e instanceof Ast.Tuple t) {
            return sequence(Displays.Kind.TUPLE, t.elts(), t.pos());
        } else if (e instanceof Ast.ListExpr l) {
            return sequence(Displays.Kind.LIST, l.elts(), l.pos());
        } else if (e instanceof Ast.SetExpr st) {
            return sequence(Displays.Kind.SET, st.elts(), st.pos());
        } else if (e instanceof Ast.Dict d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
            }
            return new Displays.Dict(keys, exprs(d.values()), d.pos());
        } else if (e instanceof Ast.Subscript s) {
            return new Exprs.Subscript(expr(s.value()), expr(s.slice()), s.pos());
        } else if (e instanceof Ast.Slice s) {
            return new Displays.Slice(s.lower() == null ? null : expr(s.lower()),
                    s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
        } else if (e instanceof Ast.Attribute a) {
            return new Exprs.Attribute(expr(a.value()), a.attr(), atAttrName(a, a.pos()));
        } else if (e instanceof Ast.Lambda l) {
            return function(l, "<lambda>", l.args(), null, l.body(), List.of());
        } else if (e instanceof Ast.ListComp c) {
            return comprehension(c, Comprehension.Kind.LIST, c.generators(), c.elt(), null, "<listcomp>");
        } else if (e instanceof Ast.SetComp c) {
            return comprehension(c, Comprehension.Kind.SET, c.generators(), c.elt(), null, "<setcomp>");
        } else if (e instanceof Ast.DictComp c) {
            return comprehension(c, Comprehension.Kind.DICT, c.generators(), c.key(), c.value(), "<dictcomp>");
        } else if (e instanceof Ast.GeneratorExp g) {
            return generatorExpression(g);
        } else if (e instanceof Ast.NamedExpr ne) {
            return new MiscStmts.Walrus(target(ne.target()), expr(ne.value()));
        } else if (e instanceof Ast.JoinedStr j) {
            return new FString.Joined(exprs(j.values()));
        } else if (e instanceof Ast.FormattedValue fv) {
            return new FString.Formatted(expr(fv.value()), fv.conversion(),
                    fv.format_spec() == null ? null : expr(fv.format_spec()), fv.value().pos());
        }
        throw unsupported(kind(e) + " expressions");
    }

    /** Whether CPython's AST optimizer makes {@code e} a constant (literals, folded arithmetic, tuples of constants). */
    private static boolean isConstant(Ast.Expr e) {
        if (e instanceof Ast.Constant) {
            return true;
        }
        if (e instanceof Ast.Tuple t) {
            return t.elts().stream().allMatch(Translator::isConstant);
        }
        return isNumber(e);
    }

    /** A number literal, or unary and binary arithmetic on such that the optimizer folds. */
    private static boolean isNumber(Ast.Expr e) {
        if (e instanceof Ast.Constant c) {
            return c.value() instanceof Long || c.value() instanceof Double || c.value() instanceof java.math.BigInteger;
        }
        if (e instanceof Ast.UnaryOp u) {
            return u.op() != Ast.UnaryOperator.Not && isNumber(u.operand());
        }
        if (e instanceof Ast.BinOp b && isNumber(b.left()) && isNumber(b.right())) {
            // not folded: results that may be huge (CPython gives up past 128 bits), errors like 1/0
            if (b.op() == Ast.Operator.Pow || b.op() == Ast.Operator.LShift) {
                return b.right() instanceof Ast.Constant c && c.value() instanceof Long n && n >= 0 && n <= 64;
            }
            boolean division = b.op() == Ast.Operator.Div || b.op() == Ast.Operator.FloorDiv || b.op() == Ast.Operator.Mod;
            return b.op() != Ast.Operator.MatMult && !division;
        }
        return false;
    }

    /** The iterable of a {@code for} or a comprehension: a set display of constants is a frozenset constant. */
    private ExprNode iterExpr(Ast.Expr e) {
        if (overrides.isEmpty() && e instanceof Ast.SetExpr st && !st.elts().isEmpty()
                && st.elts().stream().allMatch(Translator::isConstant)) {
            return new Displays.ConstSet(false, holder(st.elts()), st.pos());
        }
        return expr(e);
    }

    /**
     * The shared constant for these elements: keyed, as CPython's const cache is, by the set of
     * (type, value) of plain literals (so 1 and 1.0 and True differ); other elements get their own.
     */
    private Displays.ConstSet.Holder holder(List<Ast.Expr> elts) {
        java.util.Set<List<Object>> key = new java.util.HashSet<>();
        for (Ast.Expr x : elts) {
            Object v = x instanceof Ast.Constant c ? c.value() : null;
            if (!(v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double || v instanceof String
                    || v instanceof Boolean)) {
                return new Displays.ConstSet.Holder(exprs(elts));
            }
            key.add(List.of(v.getClass() == java.math.BigInteger.class ? Long.class : v.getClass(), v));
        }
        return constSets.computeIfAbsent(key, k -> new Displays.ConstSet.Holder(exprs(elts)));
    }

    private ExprNode sequence(Displays.Kind kind, List<Ast.Expr> elts, Pos pos) {
        if (kind == Displays.Kind.SET && elts.size() > 2 && elts.stream().allMatch(Translator::isConstant)) {
            return new Displays.ConstSet(true, holder(elts), pos);
        }
        ExprNode[] nodes = new ExprNode[elts.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Ast.Expr x = elts.get(i);
            if (x instanceof Ast.Starred st) {
                starred[i] = true;
                x = st.value();
            }
            nodes[i] = expr(x);
        }
        return new Displays.Sequence(kind, nodes, starred, pos);
    }

    private ExprNode call(Ast.Call c) {
        if (c.func() instanceof Ast.Name fn && fn.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && scope.isFunction() && scope.frees.contains("__class__")
                && scope.access("super") == Scope.Access.GLOBAL) {
            if (scope.params.isEmpty()) {
                return new Call(expr(c.func()), new ExprNode[0], null, c.pos());
            }
            String self = scope.params.get(0);
            return new Call(expr(c.func()), new ExprNode[] {load("__class__", c.pos()), load(self, c.pos())}, null,
                    c.pos());
        }
        boolean complex = false;
        for (Ast.Expr a : c.args()) {
            complex |= a instanceof Ast.Starred;
        }
        for (Ast.Keyword k : c.keywords()) {
            complex |= k.arg() == null;
        }
        if (complex) {
            ExprNode[] args = new ExprNode[c.args().size()];
            boolean[] starred = new boolean[args.length];
            for (int i = 0; i < args.length; i++) {
                Ast.Expr a = c.args().get(i);
                if (a instanceof Ast.Starred st) {
                    starred[i] = true;
                    a = st.value();
                }
                args[i] = expr(a);
            }
            String[] kwnames = new String[c.keywords().size()];
            ExprNode[] kwvalues = new ExprNode[kwnames.length];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = c.keywords().get(i).arg();
                kwvalues[i] = expr(c.keywords().get(i).value());
            }
            return new CallEx(expr(c.func()), args, starred, kwnames, kwvalues, c.pos());
        }
        List<ExprNode> args = new ArrayList<>();
        for (Ast.Expr a : c.args()) {
            args.add(expr(a));
        }
        String[] kwnames = null;
        if (!c.keywords().isEmpty()) {
            kwnames = new String[c.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = c.keywords().get(i).arg();
                args.add(expr(c.keywords().get(i).value()));
            }
        }
        if (c.func() instanceof Ast.Attribute a && !overrides.containsKey(a)) {
            // (a method whose bound value was hoisted past a yield is called as the value it is)
            Pos at = atAttrName(a, c.pos());
            return new MethodCall(expr(a.value()), a.attr(), at == c.pos() ? a.pos() : at, args.toArray(new ExprNode[0]),
                    kwnames, at);
        }
        return new Call(expr(c.func()), args.toArray(new ExprNode[0]), kwnames, c.pos());
    }

    ExprNode[] exprs(List<Ast.Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    // ---------------------------------------------------------------- names and targets

    ExprNode load(String name, Pos pos) {
        switch (scope.access(name)) {
            case FAST:
                return new Exprs.LoadLocal(scope.slot(name), name, pos);
            case DEREF:
                return new Names.LoadDeref(scope.slot(name), name, scope.frees.contains(name), pos);
            case NAME:
                return new Names.LoadName(name, pos);
            case CLASS_DEREF:
                return new Names.LoadClassDeref(scope.slot(name), name, pos);
            default:
                return new Exprs.LoadGlobal(name, pos);
        }
    }

    Target nameTarget(String name) {
        switch (scope.access(name)) {
            case FAST:
                return new Target.Local(scope.slot(name), name);
            case DEREF:
                return new Names.StoreDeref(scope.slot(name));
            case NAME:
            case CLASS_DEREF:
                return new Names.StoreName(name);
            default:
                return new Target.Global(name);
        }
    }

    Target target(Ast.Expr e) {
        if (e instanceof Ast.Name n) {
            return nameTarget(n.id());
        }
        if (e instanceof Ast.Subscript s) {
            return new Target.Item(expr(s.value()), expr(s.slice()), s.pos());
        }
        if (e instanceof Ast.Attribute a) {
            return new Target.Attr(expr(a.value()), a.attr(), atAttrName(a, a.pos()));
        }
        List<Ast.Expr> elts = e instanceof Ast.Tuple t ? t.elts() : e instanceof Ast.ListExpr l ? l.elts() : null;
        if (elts != null) {
            Target[] ts = new Target[elts.size()];
            int star = -1;
            for (int i = 0; i < ts.length; i++) {
                Ast.Expr x = elts.get(i);
                if (x instanceof Ast.Starred st) {
                    star = i;
                    x = st.value();
                }
                ts[i] = target(x);
            }
            return new Target.Unpack(ts, star, e.pos());
        }
        throw unsupported("assignment to " + kind(e));
    }

    static String kind(Object node) {
        String n = node.getClass().getSimpleName();
        return n.equals("ExprStmt") ? "Expr" : n;
    }

    /** Code that tier 0 cannot run yet: a Python error naming the construct, never a Java one. */
    static PyException unsupported(String what) {
        return Errors.raise(Errors.SystemError, "Jyston tier 0 does not support " + what + " yet");
    }

    /** AST operators to slots. */
    static final class Operators {
        private Operators() {}

        private static final Slot[] BINARY = {Slot.ADD, Slot.SUB, Slot.MUL, Slot.MATMUL, Slot.TRUEDIV, Slot.MOD,
            Slot.POW, Slot.LSHIFT, Slot.RSHIFT, Slot.OR, Slot.XOR, Slot.AND, Slot.FLOORDIV};
        private static final Slot[] INPLACE = {Slot.IADD, Slot.ISUB, Slot.IMUL, Slot.IMATMUL, Slot.ITRUEDIV,
            Slot.IMOD, Slot.IPOW, Slot.ILSHIFT, Slot.IRSHIFT, Slot.IOR, Slot.IXOR, Slot.IAND, Slot.IFLOORDIV};

        static Slot binary(Ast.Operator op) {
            return BINARY[op.ordinal()];
        }

        static Slot inplace(Ast.Operator op) {
            return INPLACE[op.ordinal()];
        }

        static Slot unary(Ast.UnaryOperator op) {
            switch (op) {
                case Invert: return Slot.INVERT;
                case UAdd: return Slot.POS;
                case USub: return Slot.NEG;
                default: throw new IllegalArgumentException(op.toString());
            }
        }
    }

    /**
     * Where an operation on attribute {@code a} is located when the name is on a later line than
     * {@code node} starts (a chained call split over lines): at the name, as CPython 3.11's
     * {@code update_start_location_to_match_attr} puts it; otherwise {@code node} itself.
     */
    static Pos atAttrName(Ast.Attribute a, Pos node) {
        Pos ap = a.pos();
        if (ap == null || node == null || ap.end_lineno() == node.lineno()) {
            return node;
        }
        int len = a.attr().length(); // CPython subtracts the name's length in characters
        if (len <= ap.end_col_offset()) {
            return new Pos(ap.end_lineno(), ap.end_col_offset() - len, node.end_lineno(), node.end_col_offset());
        }
        return new Pos(ap.end_lineno(), -1, node.end_lineno(), -1);
    }
}
