package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Slot;

/**
 * Yields (and awaits) nested inside expressions, compiled by lowering the statement that holds them
 * into statement-level steps before nodes are built: every operand CPython would already have
 * evaluated when it reaches the yield is evaluated into a hidden frame slot (a temporary), the
 * yield itself becomes a {@link Resumable.Yield} storing what was sent into another temporary, and
 * the expression is then built as usual with those operands replaced by reads of their temporaries
 * ({@link Translator#override}). The steps form a {@link Resumable.Block}, so a resumed generator
 * skips what was already evaluated: side effects happen once and in CPython's order.
 *
 * <p>Short-circuiting forms ({@code and}/{@code or}, conditional expressions, chained comparisons)
 * become {@link Resumable.If} steps, so the operands after the deciding one are not evaluated; in a
 * condition ({@code if}, {@code while}, {@code assert}) boolean operators keep a {@code bool}
 * temporary, so each operand's {@code __bool__} still runs once. Only statements with such yields
 * are lowered: every other statement, and every generator without them, is compiled as before.
 */
final class YieldLowering {
    private final Translator t;

    YieldLowering(Translator t) {
        this.t = t;
    }

    /** Statement-level steps being collected, each marked with whether it can suspend. */
    final class Steps {
        private final List<StmtNode> nodes = new ArrayList<>();
        private final List<Boolean> yields = new ArrayList<>();
        boolean anyYield;

        void add(StmtNode n, boolean canYield) {
            nodes.add(n);
            yields.add(canYield);
            anyYield |= canYield;
        }

        StmtNode block() {
            StmtNode[] body = nodes.toArray(new StmtNode[0]);
            if (!anyYield) {
                return body.length == 1 ? body[0] : new Stmts.Block(body);
            }
            boolean[] can = new boolean[body.length];
            for (int i = 0; i < can.length; i++) {
                can[i] = yields.get(i);
            }
            return new Resumable.Block(body, can, t.allocSlots(1));
        }
    }

    /** A temporary read back: {@code clear} drops the reference once read (the value was used once). */
    static final class Temp extends ExprNode {
        private final int slot;
        private final boolean clear;

        Temp(int slot, boolean clear) {
            this.slot = slot;
            this.clear = clear;
        }

        @Override
        Object eval(Frame f) {
            Object v = f.locals[slot];
            if (clear) {
                f.locals[slot] = null;
            }
            return v;
        }
    }

    /**
     * A {@code *iterable} operand before a yield, unpacked into a tuple before it as CPython does
     * (its list is built then); the node after the yield spreads the tuple.
     */
    static final class Unpacked extends ExprNode {
        private final ExprNode value;
        private final Pos pos;

        Unpacked(ExprNode value, Pos pos) {
            this.value = value;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = value.eval(f);
            if (org.jyston.api.object.PyType.of(v).unary(Slot.ITER) == null
                    && org.jyston.api.object.PyType.of(v).binary(Slot.GETITEM) == null) {
                throw f.at(org.jyston.api.object.Errors.typeError("Value after * must be an iterable, not "
                        + org.jyston.api.object.Op.typeName(v)), pos);
            }
            List<Object> items = new ArrayList<>();
            Displays.spread(v, items, f, pos);
            return org.jyston.api.object.PyTuple.wrap(items.toArray());
        }
    }

    /** The truth of a value as a {@code bool}, tested once (for boolean operators in conditions). */
    static final class TruthOf extends ExprNode {
        private final ExprNode value;

        TruthOf(ExprNode value) {
            this.value = value;
        }

        @Override
        Object eval(Frame f) {
            return value.test(f);
        }
    }

    private int temp() {
        return t.allocSlots(1);
    }

    private static Target local(int slot) {
        return new Target.Local(slot, ".tmp");
    }

    /** Evaluates {@code value} into a fresh temporary; answers its slot. */
    private int hoist(ExprNode value, Steps s) {
        int slot = temp();
        s.add(new Stmts.Assign(new Target[] {local(slot)}, value), false);
        return slot;
    }

    private int hoist(Ast.Expr e, Steps s) {
        return hoist(lower(e, s), s);
    }

    // ---------------------------------------------------------------- statements

    /** A statement with a yield somewhere the resumable nodes do not handle directly. */
    StmtNode stmt(Ast.Stmt st) {
        Steps s = new Steps();
        if (st instanceof Ast.ExprStmt e) {
            s.add(new Stmts.ExprStmt(lower(e.value(), s)), false);
        } else if (st instanceof Ast.Return r) {
            s.add(new Stmts.Return(lower(r.value(), s)), false);
        } else if (st instanceof Ast.Assign a) {
            assign(a.targets(), a.value(), s);
        } else if (st instanceof Ast.AnnAssign a && a.value() != null && t.isFunctionScope()) {
            assign(List.of(a.target()), a.value(), s);
        } else if (st instanceof Ast.AugAssign a) {
            augAssign(a, s);
        } else if (st instanceof Ast.FunctionDef || st instanceof Ast.AsyncFunctionDef || st instanceof Ast.ClassDef) {
            // decorators, defaults, annotations, bases: evaluated before the definition, so lowered as operands
            overrideOperands(Yields.enclosingParts(st), starredBases(st), s);
            s.add(t.plainStmt(st), false);
            t.clearOverrides();
        } else if (st instanceof Ast.Raise r) {
            List<Ast.Expr> kids = new ArrayList<>();
            kids.add(r.exc());
            kids.add(r.cause());
            overrideOperands(kids, s);
            s.add(t.plainStmt(r), false);
            t.clearOverrides();
        } else if (st instanceof Ast.Assert a) {
            ExprNode test = lowerTest(a.test(), s);
            if (!Yields.contains(a.msg())) {
                s.add(new MiscStmts.Assert(test, a.msg() == null ? null : t.expr(a.msg()), a.pos()), false);
            } else {
                Steps fail = new Steps();
                ExprNode msg = lower(a.msg(), fail);
                fail.add(new MiscStmts.Assert(new Exprs.Constant(Boolean.FALSE), msg, a.pos()), false);
                s.add(new Resumable.If(test, new Stmts.Pass(), fail.block(), temp()), true);
            }
        } else if (st instanceof Ast.Delete d) {
            for (Ast.Expr x : d.targets()) {
                delete(x, s);
            }
        } else if (st instanceof Ast.If i) {
            ExprNode test = lowerTest(i.test(), s);
            s.add(new Resumable.If(test, t.resumableBlock(i.body()), t.resumableBlock(i.orelse()), temp()),
                    Yields.containsAny(i.body()) || Yields.containsAny(i.orelse()));
        } else if (st instanceof Ast.While w) {
            Steps pre = new Steps();
            ExprNode test = lowerTest(w.test(), pre);
            return new Resumable.WhileWithSteps(pre.block(), test, t.resumableBlock(w.body()),
                    t.resumableBlock(w.orelse()), temp());
        } else if (st instanceof Ast.For fr && !Yields.contains(fr.target())) {
            ExprNode iter = lower(fr.iter(), s);
            s.add(new Resumable.For(t.target(fr.target()), iter, t.resumableBlock(fr.body()),
                    t.resumableBlock(fr.orelse()), fr.iter().pos(), temp()), true);
        } else if (st instanceof Ast.Try tr) {
            return tryWithYieldingTypes(tr);
        } else if (st instanceof Ast.For fr) {
            // a target that yields: each item goes to a temporary, then a first body step stores it
            ExprNode iter = lower(fr.iter(), s);
            int item = temp();
            StmtNode body = t.resumableBlock(fr.body());
            StmtNode each = new Resumable.Block(new StmtNode[] {storeFrom(fr.target(), item), body},
                    new boolean[] {true, Yields.containsAny(fr.body())}, temp());
            s.add(new Resumable.For(local(item), iter, each, t.resumableBlock(fr.orelse()), fr.iter().pos(), temp()),
                    true);
        } else {
            throw Translator.unsupported("this use of yield or await (in " + Translator.kind(st) + ")");
        }
        return s.block();
    }

    private void assign(List<Ast.Expr> targets, Ast.Expr value, Steps s) {
        boolean targetsYield = false;
        for (Ast.Expr x : targets) {
            targetsYield |= Yields.contains(x);
        }
        ExprNode v = lower(value, s);
        if (!targetsYield) {
            Target[] ts = new Target[targets.size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = t.target(targets.get(i));
            }
            s.add(new Stmts.Assign(ts, v), false);
            return;
        }
        int slot = hoist(v, s);
        for (Ast.Expr x : targets) {
            store(x, new Temp(slot, false), s);
        }
    }

    // ---------------------------------------------------------------- except* clauses that suspend

    /**
     * {@code try/except*} whose clauses (types or bodies) can suspend: a catch-all handler keeps the
     * exception in a slot and runs the clauses as resumable steps around a {@link TryStar.State} (the
     * same rules as {@link TryStar#handle}); what leaves the statement is raised after the handler,
     * then the {@code finally} body runs around all of it.
     */
    StmtNode tryStar(Ast.TryStar tr) {
        int exc = temp();
        int state = temp();
        int out = temp();
        List<StmtNode> steps = new ArrayList<>();
        steps.add(new TryStar.Begin(exc, state));
        for (Ast.ExceptHandler h : tr.handlers()) {
            Steps s = new Steps();
            ExprNode type = lower(h.type(), s);
            int match = temp();
            s.add(new Stmts.Assign(new Target[] {local(match)}, new TryStar.Split(state, type)), false);
            StmtNode body = t.resumableBlock(h.body());
            StmtNode bind = null;
            if (h.name() != null) {
                Target name = t.nameTarget(h.name());
                bind = new Stmts.Assign(new Target[] {name}, new Temp(match, false));
                body = new Resumable.Try(body, new ExceptionStmts.Handler[0], new Stmts.Block(new StmtNode[0]),
                        new Unbind(name), true, t.exceptions(), t.allocSlots(4));
            }
            StmtNode run = new TryStar.Catch(state, match, new TryStar.Handling(match, body), t.exceptions());
            StmtNode clause = bind == null ? run
                    : new Resumable.Block(new StmtNode[] {bind, run}, new boolean[] {false, true}, temp());
            s.add(new Resumable.If(new TryStar.NotNone(match), clause, new Stmts.Pass(), temp()), true);
            steps.add(new Resumable.If(new TryStar.NotDone(state), s.block(), new Stmts.Pass(), temp()));
        }
        steps.add(new TryStar.End(state, out));
        StmtNode[] all = steps.toArray(new StmtNode[0]);
        boolean[] can = new boolean[all.length];
        java.util.Arrays.fill(can, true);
        ExceptionStmts.Handler catchAll = new ExceptionStmts.Handler(null, local(exc),
                new StmtNode[] {new Resumable.Block(all, can, temp())}, null);
        StmtNode inner = new Resumable.Try(t.resumableBlock(tr.body()), new ExceptionStmts.Handler[] {catchAll},
                t.resumableBlock(tr.orelse()), new Stmts.Block(new StmtNode[0]), false, t.exceptions(),
                t.allocSlots(4));
        StmtNode whole = new Resumable.Block(new StmtNode[] {inner, new TryStar.RaiseOutcome(out)},
                new boolean[] {true, false}, temp());
        if (tr.finalbody().isEmpty()) {
            return whole;
        }
        return new Resumable.Try(whole, new ExceptionStmts.Handler[0], new Stmts.Block(new StmtNode[0]),
                t.resumableBlock(tr.finalbody()), true, t.exceptions(), t.allocSlots(4));
    }

    // ---------------------------------------------------------------- except clauses whose type yields

    /**
     * {@code try} whose except clauses' types yield: one catch-all handler keeps the exception in a
     * temporary and tests the clauses in order as resumable steps (each type evaluated only when
     * reached, while the exception is being handled, as CPython does); none matching re-raises it
     * unchanged. A clause's {@code as} name is bound, then unbound when its body ends, however it ends.
     */
    private StmtNode tryWithYieldingTypes(Ast.Try tr) {
        int exc = temp();
        ExceptionStmts.Handler all = new ExceptionStmts.Handler(null, local(exc),
                new StmtNode[] {clauses(tr.handlers(), 0, exc)}, null);
        return new Resumable.Try(t.resumableBlock(tr.body()), new ExceptionStmts.Handler[] {all},
                t.resumableBlock(tr.orelse()), t.resumableBlock(tr.finalbody()), !tr.finalbody().isEmpty(),
                t.exceptions(), t.allocSlots(4));
    }

    private StmtNode clauses(List<Ast.ExceptHandler> handlers, int i, int exc) {
        if (i == handlers.size()) {
            return new Rethrow(t.exceptions());
        }
        Ast.ExceptHandler h = handlers.get(i);
        if (h.type() == null) {
            return clauseBody(h, exc);
        }
        Steps s = new Steps();
        ExprNode type = lower(h.type(), s);
        s.add(new Resumable.If(new Matches(type, exc, t.exceptions()), clauseBody(h, exc), clauses(handlers, i + 1, exc),
                temp()), true);
        return s.block();
    }

    private StmtNode clauseBody(Ast.ExceptHandler h, int exc) {
        StmtNode body = t.resumableBlock(h.body());
        if (h.name() == null) {
            return body;
        }
        Target name = t.nameTarget(h.name());
        StmtNode bind = new Stmts.Assign(new Target[] {name}, new Temp(exc, false));
        StmtNode unbind = new Unbind(name);
        StmtNode guarded = new Resumable.Try(body, new ExceptionStmts.Handler[0], new Stmts.Block(new StmtNode[0]),
                unbind, true, t.exceptions(), t.allocSlots(4));
        return new Resumable.Block(new StmtNode[] {bind, guarded}, new boolean[] {false, true}, temp());
    }

    /** Whether the exception in a temporary matches an except clause's type (with CPython's checks on it). */
    static final class Matches extends ExprNode {
        private final ExprNode type;
        private final int exc;
        private final org.jyston.api.ExceptionManager exceptions;

        Matches(ExprNode type, int exc, org.jyston.api.ExceptionManager exceptions) {
            this.type = type;
            this.exc = exc;
            this.exceptions = exceptions;
        }

        @Override
        Object eval(Frame f) {
            Object clause = type.eval(f);
            org.jyston.api.object.PyBaseException e = (org.jyston.api.object.PyBaseException) f.locals[exc];
            return exceptions.matches(new org.jyston.api.object.PyException(e), clause);
        }
    }

    /** The exception no clause matched goes on as it was: no new traceback entry, as CPython's RERAISE. */
    static final class Rethrow extends StmtNode {
        private final org.jyston.api.ExceptionManager exceptions;

        Rethrow(org.jyston.api.ExceptionManager exceptions) {
            this.exceptions = exceptions;
        }

        @Override
        int exec(Frame f) {
            throw exceptions.reraise(f.thread.handling);
        }
    }

    /** The end of an {@code except ... as name} body: the name is unbound. */
    static final class Unbind extends StmtNode {
        private final Target name;

        Unbind(Target name) {
            this.name = name;
        }

        @Override
        int exec(Frame f) {
            name.clear(f);
            return NORMAL;
        }
    }

    /**
     * Steps storing the value in temporary {@code slot} into {@code target}, whose subexpressions
     * yield (a for or with target): a statement-level step of its own.
     */
    StmtNode storeFrom(Ast.Expr target, int slot) {
        Steps s = new Steps();
        store(target, new Temp(slot, true), s);
        return s.block();
    }

    /** Stores {@code value} into a target whose own subexpressions may yield, in CPython's order. */
    private void store(Ast.Expr target, ExprNode value, Steps s) {
        if (!Yields.contains(target)) {
            s.add(new Stmts.Assign(new Target[] {t.target(target)}, value), false);
            return;
        }
        if (target instanceof Ast.Subscript sub) {
            overrideOperands(List.of(sub.value(), sub.slice()), s);
        } else if (target instanceof Ast.Attribute at) {
            overrideOperands(List.of(at.value()), s);
        } else if (target instanceof Ast.Starred st) {
            store(st.value(), value, s);
            return;
        } else {
            List<Ast.Expr> elts = target instanceof Ast.Tuple tu ? tu.elts() : ((Ast.ListExpr) target).elts();
            Target[] parts = new Target[elts.size()];
            int[] slots = new int[parts.length];
            int star = -1;
            for (int i = 0; i < parts.length; i++) {
                slots[i] = temp();
                parts[i] = local(slots[i]);
                if (elts.get(i) instanceof Ast.Starred) {
                    star = i;
                }
            }
            s.add(new Stmts.Assign(new Target[] {new Target.Unpack(parts, star, target.pos())}, value), false);
            for (int i = 0; i < parts.length; i++) {
                store(elts.get(i), new Temp(slots[i], true), s);
            }
            return;
        }
        Target tg = t.target(target);
        t.clearOverrides();
        s.add(new Stmts.Assign(new Target[] {tg}, value), false);
    }

    private void delete(Ast.Expr x, Steps s) {
        if (x instanceof Ast.Tuple tu || x instanceof Ast.ListExpr) {
            for (Ast.Expr e : x instanceof Ast.Tuple tp ? tp.elts() : ((Ast.ListExpr) x).elts()) {
                delete(e, s);
            }
            return;
        }
        if (x instanceof Ast.Subscript sub && Yields.contains(x)) {
            overrideOperands(List.of(sub.value(), sub.slice()), s);
        } else if (x instanceof Ast.Attribute at && Yields.contains(x)) {
            overrideOperands(List.of(at.value()), s);
        }
        Target tg = t.target(x);
        t.clearOverrides();
        s.add(new MiscStmts.Delete(new Target[] {tg}, new Pos[] {x.pos()}), false);
    }

    /**
     * {@code target op= value}: CPython reads the target (after evaluating its object and index)
     * before the value, so the read is kept in a temporary across a yield in the value.
     */
    private void augAssign(Ast.AugAssign a, Steps s) {
        Slot op = Translator.Operators.inplace(a.op());
        if (a.target() instanceof Ast.Name n) {
            int old = hoist(t.load(n.id(), n.pos()), s);
            ExprNode v = lower(a.value(), s);
            s.add(new Stmts.AugAssign(new Temp(old, true), t.nameTarget(n.id()), op, v, a.pos()), false);
        } else if (a.target() instanceof Ast.Attribute at) {
            int obj = hoist(at.value(), s);
            int old = hoist(new Exprs.Attribute(new Temp(obj, false), at.attr(), at.pos()), s);
            ExprNode v = lower(a.value(), s);
            s.add(new Stmts.AugAssign(new Temp(old, true), new Target.Attr(new Temp(obj, true), at.attr(), at.pos()),
                    op, v, a.pos()), false);
        } else if (a.target() instanceof Ast.Subscript sub) {
            int obj = hoist(sub.value(), s);
            int key = hoist(sub.slice(), s);
            int old = hoist(new Exprs.Subscript(new Temp(obj, false), new Temp(key, false), sub.pos()), s);
            ExprNode v = lower(a.value(), s);
            s.add(new Stmts.AugAssign(new Temp(old, true),
                    new Target.Item(new Temp(obj, true), new Temp(key, true), sub.pos()), op, v, a.pos()), false);
        } else {
            throw Translator.unsupported("augmented assignment to " + Translator.kind(a.target()));
        }
    }

    // ---------------------------------------------------------------- expressions

    /**
     * Lowers {@code e}: the steps that must run first go to {@code s}; the answer is the node that
     * computes the value afterwards (without any yield left in it).
     */
    ExprNode lower(Ast.Expr e, Steps s) {
        if (!Yields.contains(e)) {
            return t.expr(e);
        }
        if (e instanceof Ast.Yield y) {
            ExprNode v = y.value() == null ? null : lower(y.value(), s);
            int slot = temp();
            s.add(t.yieldNode(Resumable.Yield.Kind.YIELD, v, new Target[] {local(slot)}, y.pos()), true);
            return new Temp(slot, true);
        }
        if (e instanceof Ast.YieldFrom y) {
            ExprNode v = lower(y.value(), s);
            int slot = temp();
            s.add(t.yieldNode(Resumable.Yield.Kind.YIELD_FROM, v, new Target[] {local(slot)}, y.pos()), true);
            return new Temp(slot, true);
        }
        if (e instanceof Ast.Await a) {
            ExprNode v = lower(a.value(), s);
            int slot = temp();
            s.add(t.yieldNode(Resumable.Yield.Kind.AWAIT, v, new Target[] {local(slot)}, a.pos()), true);
            return new Temp(slot, true);
        }
        if (e instanceof Ast.BoolOp b) {
            return boolOp(b, s, false);
        }
        if (e instanceof Ast.IfExp i) {
            ExprNode test = lowerTest(i.test(), s);
            int r = temp();
            Steps yes = new Steps();
            yes.add(new Stmts.Assign(new Target[] {local(r)}, lower(i.body(), yes)), false);
            Steps no = new Steps();
            no.add(new Stmts.Assign(new Target[] {local(r)}, lower(i.orelse(), no)), false);
            s.add(new Resumable.If(test, yes.block(), no.block(), temp()), yes.anyYield || no.anyYield);
            return new Temp(r, true);
        }
        if (e instanceof Ast.Compare c && c.ops().size() > 1) {
            return chain(c, s);
        }
        if (Yields.isAsyncComprehension(e) && !(e instanceof Ast.GeneratorExp)) {
            // the comprehension is a coroutine: evaluate its outermost iterable, call it, await the result
            Ast.Expr first = operands(e).get(0);
            if (Yields.contains(first)) {
                overrideOperands(List.of(first), s);
            }
            ExprNode run = t.expr(e);
            t.clearOverrides();
            int slot = temp();
            s.add(t.yieldNode(Resumable.Yield.Kind.AWAIT, run, new Target[] {local(slot)}, e.pos()), true);
            return new Temp(slot, true);
        }
        List<Ast.Expr> kids = operands(e);
        overrideOperands(kids, starredOperands(e), s);
        ExprNode out = t.expr(e);
        t.clearOverrides();
        return out;
    }

    /**
     * Operands in CPython's evaluation order, up to the last that yields: those before it are
     * hoisted into temporaries, the last is lowered in place; the node built next reads them.
     */
    private void overrideOperands(List<Ast.Expr> kids, Steps s) {
        overrideOperands(kids, java.util.Collections.emptySet(), s);
    }

    private void overrideOperands(List<Ast.Expr> kids, java.util.Set<Ast.Expr> starred, Steps s) {
        int last = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (Yields.contains(kids.get(i))) {
                last = i;
            }
        }
        List<Ast.Expr> keys = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            Ast.Expr k = kids.get(i);
            if (k == null || (k instanceof Ast.Constant && !starred.contains(k))) {
                continue;
            }
            keys.add(k);
            ExprNode v = lower(k, s);
            if (starred.contains(k)) {
                v = new Unpacked(v, k.pos());
            }
            values.add(new Temp(hoist(v, s), true));
        }
        keys.add(kids.get(last));
        values.add(lower(kids.get(last), s));
        for (int i = 0; i < keys.size(); i++) {
            t.override(keys.get(i), values.get(i));
        }
    }

    /** The operands of an expression that its own node evaluates, in order (starred values unwrapped). */
    private static List<Ast.Expr> operands(Ast.Expr e) {
        List<Ast.Expr> out = new ArrayList<>();
        if (e instanceof Ast.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Ast.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Ast.Compare c) {
            out.add(c.left());
            out.addAll(c.comparators());
        } else if (e instanceof Ast.Call c) {
            out.add(c.func());
            for (Ast.Expr a : c.args()) {
                out.add(a instanceof Ast.Starred st ? st.value() : a);
            }
            for (Ast.Keyword k : c.keywords()) {
                out.add(k.value());
            }
        } else if (e instanceof Ast.Tuple tu) {
            elements(tu.elts(), out);
        } else if (e instanceof Ast.ListExpr l) {
            elements(l.elts(), out);
        } else if (e instanceof Ast.SetExpr st) {
            elements(st.elts(), out);
        } else if (e instanceof Ast.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) != null) {
                    out.add(d.keys().get(i));
                }
                out.add(d.values().get(i));
            }
        } else if (e instanceof Ast.Subscript sub) {
            out.add(sub.value());
            out.add(sub.slice());
        } else if (e instanceof Ast.Slice sl) {
            out.add(sl.lower());
            out.add(sl.upper());
            out.add(sl.step());
        } else if (e instanceof Ast.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Ast.NamedExpr ne) {
            out.add(ne.value());
        } else if (e instanceof Ast.JoinedStr j) {
            out.addAll(j.values());
        } else if (e instanceof Ast.FormattedValue fv) {
            out.add(fv.value());
            out.add(fv.format_spec());
        } else if (e instanceof Ast.Starred st) {
            out.add(st.value());
        } else if (e instanceof Ast.ListComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Ast.SetComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Ast.DictComp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Ast.GeneratorExp c) {
            out.add(c.generators().get(0).iter());
        } else if (e instanceof Ast.Lambda) {
            out.addAll(Yields.enclosingParts(e));
        } else {
            throw Translator.unsupported("this use of yield or await (in " + Translator.kind(e) + " expressions)");
        }
        return out;
    }

    /** The values of a class statement's {@code *bases} (by identity). */
    private static java.util.Set<Ast.Expr> starredBases(Ast.Stmt st) {
        java.util.Set<Ast.Expr> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (st instanceof Ast.ClassDef c) {
            for (Ast.Expr b : c.bases()) {
                if (b instanceof Ast.Starred x) {
                    out.add(x.value());
                }
            }
        }
        return out;
    }

    /** The values of {@code *x} operands of a call or display (by identity). */
    private static java.util.Set<Ast.Expr> starredOperands(Ast.Expr e) {
        List<Ast.Expr> elts = e instanceof Ast.Call c ? c.args() : e instanceof Ast.Tuple tu ? tu.elts()
                : e instanceof Ast.ListExpr l ? l.elts() : e instanceof Ast.SetExpr st ? st.elts() : List.of();
        java.util.Set<Ast.Expr> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Ast.Expr x : elts) {
            if (x instanceof Ast.Starred st) {
                out.add(st.value());
            }
        }
        return out;
    }

    private static void elements(List<Ast.Expr> elts, List<Ast.Expr> out) {
        for (Ast.Expr x : elts) {
            out.add(x instanceof Ast.Starred st ? st.value() : x);
        }
    }

    /**
     * A condition: like {@link #lower}, but boolean operators and {@code not} answer a {@code bool}
     * already tested, so the statement testing it does not call {@code __bool__} a second time.
     */
    ExprNode lowerTest(Ast.Expr e, Steps s) {
        if (!Yields.contains(e)) {
            return t.expr(e);
        }
        if (e instanceof Ast.BoolOp b) {
            return boolOp(b, s, true);
        }
        if (e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.Not) {
            return new Exprs.Not(lowerTest(u.operand(), s), u.pos());
        }
        return lower(e, s);
    }

    /** {@code a and b}: b's steps run only if a's truth says so; the result waits in a temporary. */
    private ExprNode boolOp(Ast.BoolOp b, Steps s, boolean asTest) {
        int r = temp();
        boolOperand(b, 0, r, s, asTest);
        return new Temp(r, true);
    }

    private void boolOperand(Ast.BoolOp b, int i, int r, Steps s, boolean asTest) {
        ExprNode v = asTest ? lowerTest(b.values().get(i), s) : lower(b.values().get(i), s);
        s.add(new Stmts.Assign(new Target[] {local(r)}, asTest ? new TruthOf(v) : v), false);
        if (i + 1 == b.values().size()) {
            return;
        }
        Steps rest = new Steps();
        boolOperand(b, i + 1, r, rest, asTest);
        StmtNode more = rest.block();
        StmtNode none = new Stmts.Pass();
        boolean and = b.op() == Ast.BoolOperator.And;
        s.add(new Resumable.If(new Temp(r, false), and ? more : none, and ? none : more, temp()), rest.anyYield);
    }

    /** {@code a < b < c}: each comparison of two temporaries, the next only if the last was true. */
    private ExprNode chain(Ast.Compare c, Steps s) {
        int r = temp();
        int left = hoist(c.left(), s);
        link(c, 0, left, r, s);
        return new Temp(r, true);
    }

    private void link(Ast.Compare c, int i, int left, int r, Steps s) {
        int right = hoist(c.comparators().get(i), s);
        Ast.CmpOp op = c.ops().get(i);
        s.add(new Stmts.Assign(new Target[] {local(r)}, new Exprs.Compare(new Temp(left, true),
                new CompareOp[] {CompareOp.of(op)}, new Slot[] {CompareOp.slot(op)},
                new ExprNode[] {new Temp(right, i + 1 == c.ops().size())}, c.pos())), false);
        if (i + 1 == c.ops().size()) {
            return;
        }
        Steps rest = new Steps();
        link(c, i + 1, right, r, rest);
        s.add(new Resumable.If(new Temp(r, false), rest.block(), new Stmts.Pass(), temp()), rest.anyYield);
    }
}
