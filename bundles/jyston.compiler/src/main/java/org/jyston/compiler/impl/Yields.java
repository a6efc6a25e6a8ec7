package org.jyston.compiler.impl;

import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;

/** Whether a statement or expression contains a yield or await of its own scope (compile time only). */
final class Yields {
    private Yields() {}

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
        if (n instanceof Ast.ListComp || n instanceof Ast.SetComp || n instanceof Ast.DictComp
                || n instanceof Ast.GeneratorExp) {
            return false;
        }
        for (Node c : Children.of(n)) {
            if (contains(c)) {
                return true;
            }
        }
        return false;
    }
}
