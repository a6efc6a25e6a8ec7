package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;

/**
 * What a function body's names are, as CPython's symbol table decides: a name bound anywhere in
 * the body (and not declared {@code global}) is local to the whole body; every other name is
 * global. Locals get array slots, parameters first.
 */
final class Scope {
    final boolean module;
    final Map<String, Integer> slots = new LinkedHashMap<>();
    final Set<String> declaredGlobal = new HashSet<>();
    /** Names a nested function uses from this one; tier 0 has no cells yet, so these are refused. */
    final Set<String> nested = new HashSet<>();

    private Scope(boolean module) {
        this.module = module;
    }

    static Scope module() {
        return new Scope(true);
    }

    static Scope function(Ast.Arguments args, List<Ast.Stmt> body) {
        Scope s = new Scope(false);
        for (Ast.Arg a : allArgs(args)) {
            s.slots.putIfAbsent(a.arg(), s.slots.size());
        }
        Set<String> bound = new HashSet<>();
        for (Ast.Stmt st : body) {
            collect(st, bound, s.declaredGlobal);
        }
        for (String n : bound) {
            if (!s.declaredGlobal.contains(n)) {
                s.slots.putIfAbsent(n, s.slots.size());
            }
        }
        return s;
    }

    static List<Ast.Arg> allArgs(Ast.Arguments a) {
        List<Ast.Arg> out = new ArrayList<>(a.posonlyargs());
        out.addAll(a.args());
        if (a.vararg() != null) {
            out.add(a.vararg());
        }
        out.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            out.add(a.kwarg());
        }
        return out;
    }

    /** Whether {@code name} is a local of this (function) scope. */
    Integer slot(String name) {
        return module ? null : slots.get(name);
    }

    /** Names bound by statements of one body, not descending into nested scopes. */
    private static void collect(Node n, Set<String> bound, Set<String> globals) {
        if (n == null) {
            return;
        }
        if (n instanceof Ast.FunctionDef f) {
            bound.add(f.name());
            return;
        }
        if (n instanceof Ast.AsyncFunctionDef f) {
            bound.add(f.name());
            return;
        }
        if (n instanceof Ast.ClassDef c) {
            bound.add(c.name());
            return;
        }
        if (n instanceof Ast.Lambda || n instanceof Ast.ListComp || n instanceof Ast.SetComp
                || n instanceof Ast.DictComp || n instanceof Ast.GeneratorExp) {
            return;
        }
        if (n instanceof Ast.Global g) {
            globals.addAll(g.names());
            return;
        }
        if (n instanceof Ast.Name name) {
            if (name.ctx() != Ast.ExprContext.Load) {
                bound.add(name.id());
            }
            return;
        }
        if (n instanceof Ast.Import imp) {
            for (Ast.Alias a : imp.names()) {
                bound.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            }
            return;
        }
        if (n instanceof Ast.ImportFrom imp) {
            for (Ast.Alias a : imp.names()) {
                bound.add(a.asname() != null ? a.asname() : a.name());
            }
            return;
        }
        if (n instanceof Ast.ExceptHandler h && h.name() != null) {
            bound.add(h.name());
        }
        if (n instanceof Ast.NamedExpr ne && ne.target() instanceof Ast.Name t) {
            bound.add(t.id());
        }
        for (Object child : Children.of(n)) {
            collect((Node) child, bound, globals);
        }
    }
}
