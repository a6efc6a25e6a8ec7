package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyException;

/**
 * Builds the symbol table of a module: one {@link Scope} per module, class body, function, lambda
 * and comprehension, with what each binds, uses and declares; then decides free and cell
 * variables as CPython's symtable does, and lays out the frames.
 */
final class ScopeBuilder {
    private final String filename;
    private final List<Scope> all = new ArrayList<>();

    private ScopeBuilder(String filename) {
        this.filename = filename;
    }

    static Scope build(Ast.Mod mod, String filename) {
        ScopeBuilder b = new ScopeBuilder(filename);
        Scope module = new Scope(Scope.Kind.MODULE, "<module>", null);
        b.all.add(module);
        if (mod instanceof Ast.Module m) {
            b.stmts(m.body(), module);
        } else if (mod instanceof Ast.Interactive i) {
            b.stmts(i.body(), module);
        } else if (mod instanceof Ast.Expression e) {
            b.visit(e.body(), module);
        }
        for (Scope s : b.all) {
            b.resolve(s);
        }
        for (Scope s : b.all) {
            s.layout();
        }
        return module;
    }

    private void stmts(List<? extends Node> body, Scope s) {
        for (Node n : body) {
            visit(n, s);
        }
    }

    private void visitAll(List<? extends Node> nodes, Scope s) {
        for (Node n : nodes) {
            if (n != null) {
                visit(n, s);
            }
        }
    }

    private void visit(Node n, Scope s) {
        if (n == null || n instanceof Enum<?>) {
            return;
        }
        if (n instanceof Ast.FunctionDef f) {
            function(f, f.name(), f.args(), f.decorator_list(), f.returns(), f.body(), s);
        } else if (n instanceof Ast.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.decorator_list(), f.returns(), f.body(), s);
            s.children.get(f).isCoroutine = true;
        } else if (n instanceof Ast.Lambda l) {
            arguments(l.args(), s);
            Scope inner = child(l, Scope.Kind.FUNCTION, "<lambda>", s);
            params(l.args(), inner);
            visit(l.body(), inner);
        } else if (n instanceof Ast.ClassDef c) {
            s.bound.add(c.name());
            visitAll(c.bases(), s);
            for (Ast.Keyword k : c.keywords()) {
                visit(k.value(), s);
            }
            visitAll(c.decorator_list(), s);
            Scope inner = child(c, Scope.Kind.CLASS, c.name(), s);
            stmts(c.body(), inner);
        } else if (n instanceof Ast.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()), s, false);
        } else if (n instanceof Ast.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()), s, false);
        } else if (n instanceof Ast.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()), s, false);
        } else if (n instanceof Ast.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()), s, true);
        } else if (n instanceof Ast.Name name) {
            if (name.ctx() == Ast.ExprContext.Load) {
                s.used.add(name.id());
                if (s.isFunction() && (name.id().equals("super") || name.id().equals("__class__"))) {
                    s.needsClassCell = true;
                }
            } else {
                bind(s, name.id(), name.pos());
            }
        } else if (n instanceof Ast.NamedExpr ne) {
            visit(ne.value(), s);
            String target = ((Ast.Name) ne.target()).id();
            if (s.isComprehension) {
                Scope owner = s;
                while (owner.isComprehension) {
                    owner = owner.parent;
                }
                if (owner.kind == Scope.Kind.CLASS) {
                    throw syntaxError("assignment expression within a comprehension cannot be used in a class body",
                            ne.pos());
                }
                owner.bound.add(target);
                for (Scope c = s; c != owner; c = c.parent) {
                    (owner.kind == Scope.Kind.MODULE ? c.declaredGlobal : c.declaredNonlocal).add(target);
                    c.bound.add(target);
                }
            } else {
                bind(s, target, ne.pos());
            }
        } else if (n instanceof Ast.Global g) {
            for (String name : g.names()) {
                checkDeclaration(s, name, "global", g.pos());
                s.declaredGlobal.add(name);
                s.globalAt.putIfAbsent(name, g.pos());
            }
        } else if (n instanceof Ast.Nonlocal nl) {
            if (s.kind == Scope.Kind.MODULE) {
                throw syntaxError("nonlocal declaration not allowed at module level", nl.pos());
            }
            for (String name : nl.names()) {
                checkDeclaration(s, name, "nonlocal", nl.pos());
                s.declaredNonlocal.add(name);
                s.nonlocalAt.putIfAbsent(name, nl.pos());
            }
        } else if (n instanceof Ast.Import imp) {
            for (Ast.Alias a : imp.names()) {
                s.bound.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            }
        } else if (n instanceof Ast.ImportFrom imp) {
            for (Ast.Alias a : imp.names()) {
                if (a.name().equals("*") && s.kind != Scope.Kind.MODULE) {
                    throw syntaxError("import * only allowed at module level", a.pos());
                }
                if (!a.name().equals("*")) {
                    s.bound.add(a.asname() != null ? a.asname() : a.name());
                }
            }
        } else {
            if (n instanceof Ast.ExceptHandler h && h.name() != null) {
                s.bound.add(h.name());
            } else if (n instanceof Ast.MatchAs m && m.name() != null) {
                s.bound.add(m.name());
            } else if (n instanceof Ast.MatchStar m && m.name() != null) {
                s.bound.add(m.name());
            } else if (n instanceof Ast.MatchMapping m && m.rest() != null) {
                s.bound.add(m.rest());
            } else if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom) {
                if (s.isComprehension) {
                    throw syntaxError("'yield' inside " + comprehensionKind(s.name), n.pos());
                }
                s.isGenerator = true;
            } else if (n instanceof Ast.AnnAssign a) {
                s.hasAnnotations = true;
                if (a.target() instanceof Ast.Name t) {
                    s.annotated.add(t.id());
                }
            }
            for (Node c : Children.of(n)) {
                visit(c, s);
            }
        }
    }

    /**
     * A {@code global} or {@code nonlocal} declaration must come before any other mention of the
     * name in its scope; CPython's symtable checks parameter, use, annotation, then assignment.
     */
    private void checkDeclaration(Scope s, String name, String what, Pos pos) {
        String problem = null;
        if (s.params.contains(name)) {
            problem = "name '" + name + "' is parameter and " + what;
        } else if (s.used.contains(name)) {
            problem = "name '" + name + "' is used prior to " + what + " declaration";
        } else if (s.annotated.contains(name)) {
            problem = "annotated name '" + name + "' can't be " + what;
        } else if (s.bound.contains(name)) {
            problem = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        if (problem != null) {
            throw syntaxError(problem, pos);
        }
    }

    private static String comprehensionKind(String scopeName) {
        switch (scopeName) {
            case "<listcomp>": return "list comprehension";
            case "<setcomp>": return "set comprehension";
            case "<dictcomp>": return "dict comprehension";
            default: return "generator expression";
        }
    }

    private void bind(Scope s, String name, Pos pos) {
        s.bound.add(name);
    }

    private void function(Node def, String name, Ast.Arguments args, List<Ast.Expr> decorators, Ast.Expr returns,
            List<Ast.Stmt> body, Scope s) {
        s.bound.add(name);
        visitAll(decorators, s);
        arguments(args, s);
        for (Ast.Arg a : allArgs(args)) {
            visit(a.annotation(), s);
        }
        visit(returns, s);
        Scope inner = child(def, Scope.Kind.FUNCTION, name, s);
        params(args, inner);
        stmts(body, inner);
    }

    /** Defaults are evaluated where the function is defined. */
    private void arguments(Ast.Arguments args, Scope s) {
        visitAll(args.defaults(), s);
        visitAll(args.kw_defaults(), s);
    }

    private void params(Ast.Arguments args, Scope inner) {
        for (Ast.Arg a : allArgs(args)) {
            if (inner.params.contains(a.arg())) {
                throw syntaxError("duplicate argument '" + a.arg() + "' in function definition", a.pos());
            }
            inner.params.add(a.arg());
            inner.bound.add(a.arg());
        }
    }

    /** Parameters in CPython's {@code co_varnames} order: positional, keyword-only, *args, **kwargs. */
    static List<Ast.Arg> allArgs(Ast.Arguments a) {
        List<Ast.Arg> out = new ArrayList<>(a.posonlyargs());
        out.addAll(a.args());
        out.addAll(a.kwonlyargs());
        if (a.vararg() != null) {
            out.add(a.vararg());
        }
        if (a.kwarg() != null) {
            out.add(a.kwarg());
        }
        return out;
    }

    private void comprehension(Node node, String name, List<Ast.Comprehension> gens, List<Ast.Expr> results,
            Scope s, boolean generator) {
        visit(gens.get(0).iter(), s);
        Scope inner = child(node, Scope.Kind.FUNCTION, name, s);
        inner.isComprehension = true;
        inner.isGenerator = generator;
        inner.params.add(".0");
        inner.bound.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            if (i > 0) {
                visit(g.iter(), inner);
            }
            visit(g.target(), inner);
            visitAll(g.ifs(), inner);
        }
        visitAll(results, inner);
    }

    private Scope child(Node node, Scope.Kind kind, String name, Scope parent) {
        Scope c = new Scope(kind, name, parent);
        parent.children.put(node, c);
        all.add(c);
        return c;
    }

    /** Finds where each name a scope does not bind itself comes from; marks cells and free variables. */
    private void resolve(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            return;
        }
        if (s.needsClassCell) {
            for (Scope c = s.parent; c != null; c = c.parent) {
                if (c.kind == Scope.Kind.CLASS) {
                    c.cells.add("__class__");
                    for (Scope q = s; q != c; q = q.parent) {
                        q.frees.add("__class__");
                    }
                    break;
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        for (String n : s.used) {
            if (!s.isLocal(n) && !s.declaredGlobal.contains(n)) {
                candidates.add(n);
            }
        }
        for (String n : s.declaredNonlocal) {
            if (s.declaredGlobal.contains(n)) {
                throw syntaxError("name '" + n + "' is nonlocal and global", s.globalAt.get(n));
            }
        }
        candidates.addAll(s.declaredNonlocal);
        for (String n : candidates) {
            boolean found = fromEnclosing(s, n);
            if (!found && s.declaredNonlocal.contains(n)) {
                throw syntaxError("no binding for nonlocal '" + n + "' found", s.nonlocalAt.get(n));
            }
        }
    }

    private static boolean fromEnclosing(Scope s, String n) {
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS) {
                continue;
            }
            if (p.kind == Scope.Kind.MODULE || p.declaredGlobal.contains(n)) {
                return false;
            }
            if (p.isLocal(n)) {
                p.cells.add(n);
                for (Scope q = s; q != p; q = q.parent) {
                    q.frees.add(n);
                }
                return true;
            }
        }
        return false;
    }

    private PyException syntaxError(String msg, Pos pos) {
        int line = pos == null ? 1 : pos.lineno();
        int col = pos == null ? 1 : pos.col_offset() + 1;
        int endLine = pos == null ? line : pos.end_lineno();
        int endCol = pos == null ? col : pos.end_col_offset() + 1;
        return Errors.syntaxError(Errors.SyntaxError, msg, filename, line, col, sourceLine(filename, line),
                endLine, endCol);
    }

    /**
     * The text of a compile-time error found after parsing: as CPython's {@code PyErr_ProgramText},
     * the line is read back from the file the code was compiled from (with its newline), and is
     * None when the filename names no readable file ({@code <string>}, {@code <stdin>}...).
     */
    static String sourceLine(String filename, int lineno) {
        if (filename == null || filename.startsWith("<") || lineno < 1) {
            return null;
        }
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(filename),
                java.nio.charset.StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int n = 1;
            int c;
            while ((c = r.read()) != -1) {
                if (n == lineno) {
                    line.append((char) c);
                }
                if (c == '\n') {
                    if (n == lineno) {
                        return line.toString();
                    }
                    n++;
                }
            }
            return n == lineno && line.length() > 0 ? line.toString() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
