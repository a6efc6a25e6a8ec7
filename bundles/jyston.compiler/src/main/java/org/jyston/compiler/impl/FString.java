package org.jyston.compiler.impl;

import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;

/** f-strings: the literal parts and each {@code {value!conv:spec}} formatted, joined. */
final class FString {
    private FString() {}

    static final class Joined extends ExprNode {
        private final ExprNode[] parts;

        Joined(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        Object eval(Frame f) {
            if (parts.length == 1) {
                return parts[0].eval(f);
            }
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                sb.append((String) p.eval(f));
            }
            return sb.toString();
        }
    }

    static final class Formatted extends ExprNode {
        private final ExprNode value;
        /** -1 none, 's', 'r' or 'a'. */
        private final int conversion;
        private final ExprNode spec;
        private final Pos pos;

        Formatted(ExprNode value, int conversion, ExprNode spec, Pos pos) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
            this.pos = pos;
        }

        @Override
        Object eval(Frame f) {
            Object v = value.eval(f);
            String s = spec == null ? "" : (String) spec.eval(f);
            try {
                switch (conversion) {
                    case 's':
                        v = Op.str(v);
                        break;
                    case 'r':
                        v = Op.repr(v);
                        break;
                    case 'a':
                        v = Ascii.escape(Op.repr(v));
                        break;
                    default:
                        break;
                }
                if (v instanceof String str && s.isEmpty()) {
                    return str;
                }
                return Op.format(v, s);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
    }
}
