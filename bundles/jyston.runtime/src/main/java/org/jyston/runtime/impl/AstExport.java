package org.jyston.runtime.impl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;

/**
 * {@code compile(..., PyCF_ONLY_AST)} ({@code ast.parse}): the parser's tree as instances of the
 * {@code _ast} classes. The kernel's nodes are records whose components are CPython's {@code _fields}
 * in order (plus a trailing {@link Pos} for the position attributes), so one generic walk over the
 * record components builds every node; only the few Java names that differ from CPython's are mapped.
 * Not a hot path: reflection here costs once per node of a tree someone asked to see.
 */
final class AstExport {
    private final Object astModule;

    AstExport(Object astModule) {
        this.astModule = astModule;
    }

    Object convert(Object node) {
        if (node == null) {
            return PyNone.None;
        }
        if (node instanceof List<?> l) {
            Object[] items = new Object[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = convert(l.get(i));
            }
            return new PyList(items);
        }
        if (node instanceof Integer i) {
            return (long) i;
        }
        if (node instanceof Enum<?> e) {
            return Op.call(Op.getattr(astModule, e.name()));
        }
        if (node instanceof Record r) {
            Object obj = Op.call(Op.getattr(astModule, pythonName(r.getClass().getSimpleName())));
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = get(c, r);
                if (v instanceof Pos p) {
                    Op.setattr(obj, "lineno", (long) p.lineno());
                    Op.setattr(obj, "col_offset", (long) p.col_offset());
                    Op.setattr(obj, "end_lineno", (long) p.end_lineno());
                    Op.setattr(obj, "end_col_offset", (long) p.end_col_offset());
                } else if (c.getName().equals("value") && (r instanceof org.jyston.api.ast.Ast.Constant
                        || r instanceof org.jyston.api.ast.Ast.MatchSingleton)) {
                    Op.setattr(obj, c.getName(), v == null ? PyNone.None : v); // already a Python object
                } else {
                    Op.setattr(obj, c.getName(), convert(v));
                }
            }
            return obj;
        }
        return node; // identifiers and other strings
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw Errors.systemError("cannot read AST field " + c.getName() + ": " + e);
        }
    }

    /** CPython's class name for a kernel node type whose Java name had to differ. */
    private static String pythonName(String javaName) {
        return switch (javaName) {
            case "ExprStmt" -> "Expr";
            case "SetExpr" -> "Set";
            case "ListExpr" -> "List";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            case "Comprehension" -> "comprehension";
            default -> javaName;
        };
    }
}
