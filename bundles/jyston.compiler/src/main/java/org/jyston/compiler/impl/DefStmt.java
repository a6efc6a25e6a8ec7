package org.jyston.compiler.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.ast.Pos;

/** {@code def}: evaluates decorators and defaults, makes the function, binds its name. */
final class DefStmt extends StmtNode {
    private final FunctionCode code;
    private final ExprNode[] decorators;
    private final ExprNode[] defaults;
    private final Target target;
    private final Pos pos;

    DefStmt(FunctionCode code, ExprNode[] decorators, ExprNode[] defaults, Target target, Pos pos) {
        this.code = code;
        this.decorators = decorators;
        this.defaults = defaults;
        this.target = target;
        this.pos = pos;
    }

    @Override
    int exec(Frame f) {
        Object[] decs = new Object[decorators.length];
        for (int i = 0; i < decs.length; i++) {
            decs[i] = decorators[i].eval(f);
        }
        Object[] defs = new Object[defaults.length];
        for (int i = 0; i < defs.length; i++) {
            defs[i] = defaults[i].eval(f);
        }
        Object fn = new PyFunction(code, f.globals, f.builtins, defs);
        for (int i = decs.length - 1; i >= 0; i--) {
            try {
                fn = Op.call(decs[i], fn);
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
        target.store(f, fn);
        return NORMAL;
    }
}
