package org.jyston.compiler.impl;

import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;

/** Whether a statement or expression contains a yield or await of its own scope (compile time only). */
final class Yields {
    private Yields() {}

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
        if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom || n instanceof Ast.Await) {
            return true;
        }
        if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef || n instanceof Ast.Lambda
                || n instanceof Ast.ClassDef) {
            return false;
        }
        if (n instanceof Ast.ListComp c) {
            return contains(c.generators().get(0).iter());
        }
        if (n instanceof Ast.SetComp c) {
            return contains(c.generators().get(0).iter());
        }
        if (n instanceof Ast.DictComp c) {
            return contains(c.generators().get(0).iter());
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
}
