package org.jyston.compiler.impl;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Node;

/**
 * The child nodes of an AST record, for analyses that walk the whole tree once at compile time
 * (never on an execution path).
 */
final class Children {
    private Children() {}

    static List<Node> of(Node n) {
        List<Node> out = new ArrayList<>();
        if (!n.getClass().isRecord()) {
            return out;
        }
        try {
            for (RecordComponent rc : n.getClass().getRecordComponents()) {
                Object v = rc.getAccessor().invoke(n);
                if (v instanceof Node child && !(child instanceof Enum<?>)) {
                    out.add(child);
                } else if (v instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Node child && !(child instanceof Enum<?>)) {
                            out.add(child);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
