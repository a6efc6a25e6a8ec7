package org.jyston.compiler.impl;

import java.util.Map;
import org.jyston.api.Code;

/** A compiled module (or {@code exec}/{@code eval} source): runs in the namespace it is given. */
final class ModuleCode implements Code {
    private final FunctionCode code;
    private final ExprNode evalExpr;

    ModuleCode(FunctionCode code, ExprNode evalExpr) {
        this.code = code;
        this.evalExpr = evalExpr;
    }

    @Override
    public String name() {
        return code.info.name();
    }

    @Override
    public String filename() {
        return code.info.filename();
    }

    @Override
    public Object execute(Map<String, Object> globals, Map<String, Object> builtins) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code.info, 0, globals, builtins, ts);
        ts.enter();
        try {
            if (evalExpr != null) {
                return code.run(f);
            }
            code.run(f);
            return org.jyston.api.object.PyNone.None;
        } finally {
            ts.exit();
        }
    }
}
