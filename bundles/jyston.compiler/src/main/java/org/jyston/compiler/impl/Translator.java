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
 * Translates the AST of one scope into tier 0 nodes, resolving every name to a local slot or a
 * global lookup once, here, rather than on every execution.
 */
final class Translator {
    private final String filename;
    private final Scope scope;
    private final String qualPrefix;
    private final ExceptionManager exceptions;

    Translator(String filename, Scope scope, String qualPrefix, ExceptionManager exceptions) {
        this.filename = filename;
        this.scope = scope;
        this.qualPrefix = qualPrefix;
        this.exceptions = exceptions;
    }

    StmtNode[] block(List<Ast.Stmt> body) {
        StmtNode[] out = new StmtNode[body.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stmt(body.get(i));
        }
        return out;
    }

    StmtNode stmt(Ast.Stmt s) {
        if (s instanceof Ast.ExprStmt e) {
            return new Stmts.ExprStmt(expr(e.value()));
        } else if (s instanceof Ast.Assign a) {
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new Stmts.Assign(targets, expr(a.value()));
        } else if (s instanceof Ast.AugAssign a) {
            if (!(a.target() instanceof Ast.Name n)) {
                throw unsupported("augmented assignment to " + kind(a.target()));
            }
            ExprNode read = load(n.id(), n.pos());
            return new Stmts.AugAssign(read, target(a.target()), Operators.binary(a.op()), expr(a.value()), a.pos());
        } else if (s instanceof Ast.If i) {
            return new Stmts.If(expr(i.test()), block(i.body()), block(i.orelse()));
        } else if (s instanceof Ast.While w) {
            return new Stmts.While(expr(w.test()), block(w.body()), block(w.orelse()));
        } else if (s instanceof Ast.For fr) {
            return new Stmts.For(target(fr.target()), expr(fr.iter()), block(fr.body()), block(fr.orelse()),
                    fr.iter().pos());
        } else if (s instanceof Ast.Pass) {
            return new Stmts.Pass();
        } else if (s instanceof Ast.Break) {
            return new Stmts.Signal(StmtNode.BREAK);
        } else if (s instanceof Ast.Continue) {
            return new Stmts.Signal(StmtNode.CONTINUE);
        } else if (s instanceof Ast.Return r) {
            return new Stmts.Return(r.value() == null ? null : expr(r.value()));
        } else if (s instanceof Ast.Global || s instanceof Ast.Nonlocal && scope.module) {
            return new Stmts.Pass();
        } else if (s instanceof Ast.FunctionDef d) {
            return def(d);
        } else if (s instanceof Ast.Raise r) {
            return new ExceptionStmts.Raise(r.exc() == null ? null : expr(r.exc()),
                    r.cause() == null ? null : expr(r.cause()), exceptions, r.pos());
        } else if (s instanceof Ast.Try t) {
            ExceptionStmts.Handler[] hs = new ExceptionStmts.Handler[t.handlers().size()];
            for (int i = 0; i < hs.length; i++) {
                Ast.ExceptHandler h = t.handlers().get(i);
                hs[i] = new ExceptionStmts.Handler(h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.name()), block(h.body()));
            }
            return new ExceptionStmts.Try(block(t.body()), hs, block(t.orelse()), block(t.finalbody()), exceptions);
        }
        throw unsupported(kind(s) + " statements");
    }

    private StmtNode def(Ast.FunctionDef d) {
        Ast.Arguments a = d.args();
        if (a.vararg() != null || a.kwarg() != null || !a.kwonlyargs().isEmpty() || !a.posonlyargs().isEmpty()) {
            throw unsupported("*args, **kwargs, keyword-only and positional-only parameters");
        }
        Scope inner = Scope.function(a, d.body());
        String qualname = qualPrefix + d.name();
        String[] params = new String[a.args().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = a.args().get(i).arg();
        }
        FunctionCode code = new FunctionCode(new CodeInfo(filename, d.name()), qualname, params, inner.slots.size(),
                exceptions);
        code.body = new Translator(filename, inner, qualname + ".<locals>.", exceptions).block(d.body());
        ExprNode[] decorators = exprs(d.decorator_list());
        ExprNode[] defaults = exprs(a.defaults());
        return new DefStmt(code, decorators, defaults, nameTarget(d.name()), d.pos());
    }

    ExprNode expr(Ast.Expr e) {
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
            for (int i = 0; i < ops.length; i++) {
                ops[i] = CompareOp.of(c.ops().get(i));
            }
            return new Exprs.Compare(expr(c.left()), ops, exprs(c.comparators()), c.pos());
        } else if (e instanceof Ast.Call c) {
            List<ExprNode> args = new ArrayList<>();
            for (Ast.Expr a : c.args()) {
                if (a instanceof Ast.Starred) {
                    throw unsupported("*args in calls");
                }
                args.add(expr(a));
            }
            String[] kwnames = null;
            if (!c.keywords().isEmpty()) {
                kwnames = new String[c.keywords().size()];
                for (int i = 0; i < kwnames.length; i++) {
                    Ast.Keyword k = c.keywords().get(i);
                    if (k.arg() == null) {
                        throw unsupported("**kwargs in calls");
                    }
                    kwnames[i] = k.arg();
                    args.add(expr(k.value()));
                }
            }
            return new Call(expr(c.func()), args.toArray(new ExprNode[0]), kwnames, c.pos());
        } else if (e instanceof Ast.IfExp i) {
            return new Exprs.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
        } else if (e instanceof Ast.Tuple t) {
            return new Exprs.Tuple(exprs(t.elts()));
        } else if (e instanceof Ast.Subscript s) {
            return new Exprs.Subscript(expr(s.value()), expr(s.slice()), s.pos());
        } else if (e instanceof Ast.Attribute a) {
            return new Exprs.Attribute(expr(a.value()), a.attr(), a.pos());
        }
        throw unsupported(kind(e) + " expressions");
    }

    private ExprNode[] exprs(List<Ast.Expr> list) {
        ExprNode[] out = new ExprNode[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(list.get(i));
        }
        return out;
    }

    private ExprNode load(String name, Pos pos) {
        Integer slot = scope.slot(name);
        return slot != null ? new Exprs.LoadLocal(slot, name, pos) : new Exprs.LoadGlobal(name, pos);
    }

    private Target nameTarget(String name) {
        Integer slot = scope.slot(name);
        return slot != null ? new Target.Local(slot) : new Target.Global(name);
    }

    private Target target(Ast.Expr e) {
        if (e instanceof Ast.Name n) {
            return nameTarget(n.id());
        }
        if (e instanceof Ast.Tuple t) {
            Target[] elts = new Target[t.elts().size()];
            for (int i = 0; i < elts.length; i++) {
                elts[i] = target(t.elts().get(i));
            }
            return new Target.Unpack(elts, t.pos());
        }
        throw unsupported("assignment to " + kind(e));
    }

    private static String kind(Object node) {
        return node.getClass().getSimpleName();
    }

    /** Code that tier 0 cannot run yet: a Python error naming the construct, never a Java one. */
    private static PyException unsupported(String what) {
        return Errors.raise(Errors.SystemError, "Jyston tier 0 does not support " + what + " yet");
    }

    /** AST operators to slots. */
    static final class Operators {
        private Operators() {}

        static Slot binary(Ast.Operator op) {
            switch (op) {
                case Add: return Slot.ADD;
                case Sub: return Slot.SUB;
                case Mult: return Slot.MUL;
                case MatMult: return Slot.MATMUL;
                case Div: return Slot.TRUEDIV;
                case Mod: return Slot.MOD;
                case Pow: return Slot.POW;
                case LShift: return Slot.LSHIFT;
                case RShift: return Slot.RSHIFT;
                case BitOr: return Slot.OR;
                case BitXor: return Slot.XOR;
                case BitAnd: return Slot.AND;
                case FloorDiv: return Slot.FLOORDIV;
                default: throw new IllegalArgumentException(op.toString());
            }
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
}
