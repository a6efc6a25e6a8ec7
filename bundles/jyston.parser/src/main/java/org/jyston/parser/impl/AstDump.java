package org.jyston.parser.impl;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jyston.api.ast.Node;
import org.jyston.api.ast.Pos;

/** Prints an AST exactly as CPython 3.11's {@code ast.dump(tree, include_attributes=...)} does. */
public final class AstDump {
    private AstDump() {}

    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder b = new StringBuilder();
        format(node, includeAttributes, b);
        return b.toString();
    }

    /** CPython's class name for a node type. */
    static String className(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "SetExpr" -> "Set";
            case "ListExpr" -> "List";
            case "Comprehension" -> "comprehension";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            case "BoolOperator", "Operator", "UnaryOperator", "CmpOp", "ExprContext" -> null;
            default -> c.getSimpleName();
        };
    }

    private static void format(Object v, boolean attrs, StringBuilder b) {
        if (v instanceof Enum<?> e && v instanceof Node) {
            b.append(e.name()).append("()");
        } else if (v instanceof Record r && v instanceof Node) {
            b.append(className(r.getClass())).append('(');
            boolean first = true;
            Pos pos = null;
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object fv;
                try {
                    fv = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                if (rc.getName().equals("pos") && rc.getType() == Pos.class) {
                    pos = (Pos) fv;
                    continue;
                }
                if (fv == null) {
                    continue;
                }
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(rc.getName()).append('=');
                if (rc.getName().equals("value") && !(fv instanceof Node)) {
                    b.append(PyRepr.repr(fv));
                } else {
                    format(fv, attrs, b);
                }
            }
            if (attrs && pos != null) {
                if (!first) {
                    b.append(", ");
                }
                b.append("lineno=").append(pos.lineno()).append(", col_offset=").append(pos.col_offset())
                        .append(", end_lineno=").append(pos.end_lineno()).append(", end_col_offset=")
                        .append(pos.end_col_offset());
            }
            b.append(')');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                Object x = l.get(i);
                if (x instanceof String s) {
                    b.append(PyRepr.strRepr(s));
                } else if (x == null) {
                    b.append("None");
                } else {
                    format(x, attrs, b);
                }
            }
            b.append(']');
        } else if (v instanceof String s) {
            b.append(PyRepr.strRepr(s));
        } else {
            b.append(PyRepr.repr(v));
        }
    }
}
