package org.jyston.parser.impl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Node;

/**
 * The nesting depth of an AST, measured without recursion. CPython's compiler counts nested statement and
 * expression nodes and raises "RecursionError: maximum recursion depth exceeded during compilation" past
 * its limit (3 x the recursion limit, less the caller's depth: 2994 when compiling from module level).
 */
final class AstDepth {
    /** Statement/expression nesting CPython 3.11 compiles when called from module level (measured). */
    static final int COMPILE_LIMIT = 2994;

    private static final ClassValue<MethodHandle[]> CHILDREN = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> c) {
            List<MethodHandle> out = new ArrayList<>();
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    Class<?> t = rc.getType();
                    if (Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
                        try {
                            out.add(MethodHandles.publicLookup().unreflect(rc.getAccessor()));
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return out.toArray(new MethodHandle[0]);
        }
    };

    private AstDepth() {}

    /** Whether some chain of nested {@code stmt}/{@code expr} nodes is longer than {@code limit}. */
    static boolean deeperThan(Node root, int limit) {
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Object v = top[0];
            int d = (Integer) top[1];
            if (v instanceof List<?> l) {
                for (Object x : l) {
                    if (x != null) {
                        stack.push(new Object[] {x, d});
                    }
                }
                continue;
            }
            if (!(v instanceof Node) || v instanceof Enum<?>) {
                continue;
            }
            if (v instanceof Ast.Stmt || v instanceof Ast.Expr) {
                d++;
                if (d > limit) {
                    return true;
                }
            }
            for (MethodHandle h : CHILDREN.get(v.getClass())) {
                Object child;
                try {
                    child = h.invoke(v);
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                if (child != null) {
                    stack.push(new Object[] {child, d});
                }
            }
        }
        return false;
    }
}
