package org.jyston.compiler.impl;

import org.jyston.api.ast.Ast;
import java.util.List;
import org.jyston.api.ast.Node;

/** Whether a statement or expression contains a yield or await of its own scope (compile time only). */
final class Yields {
    private Yields() {}

    /**
     * Whether a comprehension is asynchronous: an {@code async for} clause, or an await in a part
     * that runs in its own scope. It then runs as a coroutine that the enclosing code awaits.
     */
    static boolean isAsyncComprehension(Ast.Expr e) {
        List<Ast.Comprehension> gens;
        List<Ast.Expr> parts = new java.util.ArrayList<>();
        if (e instanceof Ast.ListComp c) {
            gens = c.generators();
            parts.add(c.elt());
        } else if (e instanceof Ast.SetComp c) {
            gens = c.generators();
            parts.add(c.elt());
        } else if (e instanceof Ast.DictComp c) {
            gens = c.generators();
            parts.add(c.key());
            parts.add(c.value());
        } else if (e instanceof Ast.GeneratorExp c) {
            gens = c.generators();
            parts.add(c.elt());
        } else {
            return false;
        }
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            if (g.is_async() != 0) {
                return true;
            }
            if (i > 0) {
                parts.add(g.iter());
            }
            parts.addAll(g.ifs());
        }
        return containsAny(parts);
    }

    static boolean containsAny(java.util.List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (contains(n)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Node n) {
        if (n == null || n instanceof Enum<?>) {
            return false;
        }
        if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom || n instanceof Ast.Await || n instanceof Ast.AsyncFor
                || n instanceof Ast.AsyncWith) {
            return true;
        }
        if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef || n instanceof Ast.Lambda
                || n instanceof Ast.ClassDef) {
            // the body is another scope; what the definition evaluates where it stands is not
            return containsAny(enclosingParts(n));
        }
        if (n instanceof Ast.ListComp c) {
            return contains(c.generators().get(0).iter()) || isAsyncComprehension(c);
        }
        if (n instanceof Ast.SetComp c) {
            return contains(c.generators().get(0).iter()) || isAsyncComprehension(c);
        }
        if (n instanceof Ast.DictComp c) {
            return contains(c.generators().get(0).iter()) || isAsyncComprehension(c);
        }
        if (n instanceof Ast.GeneratorExp c) {
            return contains(c.generators().get(0).iter());
        }
        for (Node c : Children.of(n)) {
            if (contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a def, lambda or class statement evaluated in the scope around it, in CPython's
     * order: decorators, defaults, keyword-only defaults, annotations (return last); for a class,
     * decorators, bases (a starred base's value), keyword values.
     */
    static java.util.List<Ast.Expr> enclosingParts(Node n) {
        java.util.List<Ast.Expr> out = new java.util.ArrayList<>();
        if (n instanceof Ast.FunctionDef f) {
            out.addAll(f.decorator_list());
            signatureParts(f.args(), f.returns(), out);
        } else if (n instanceof Ast.AsyncFunctionDef f) {
            out.addAll(f.decorator_list());
            signatureParts(f.args(), f.returns(), out);
        } else if (n instanceof Ast.Lambda l) {
            defaults(l.args(), out);
        } else if (n instanceof Ast.ClassDef c) {
            out.addAll(c.decorator_list());
            for (Ast.Expr b : c.bases()) {
                out.add(b instanceof Ast.Starred st ? st.value() : b);
            }
            for (Ast.Keyword k : c.keywords()) {
                out.add(k.value());
            }
        }
        return out;
    }

    private static void defaults(Ast.Arguments a, java.util.List<Ast.Expr> out) {
        out.addAll(a.defaults());
        for (Ast.Expr d : a.kw_defaults()) {
            if (d != null) {
                out.add(d);
            }
        }
    }

    private static void signatureParts(Ast.Arguments a, Ast.Expr returns, java.util.List<Ast.Expr> out) {
        defaults(a, out);
        java.util.List<Ast.Arg> order = new java.util.ArrayList<>(a.posonlyargs());
        order.addAll(a.args());
        if (a.vararg() != null) {
            order.add(a.vararg());
        }
        order.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            order.add(a.kwarg());
        }
        for (Ast.Arg x : order) {
            if (x.annotation() != null) {
                out.add(x.annotation());
            }
        }
        if (returns != null) {
            out.add(returns);
        }
    }
}
