package org.jyston.compiler.impl;

import java.util.Map;
import org.jyston.api.Code;

/** A compiled module (or {@code exec}/{@code eval} source): runs in the namespace it is given. */
final class ModuleCode implements Code {
    private final FunctionCode code;

    ModuleCode(FunctionCode code) {
        this.code = code;
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
        Frame f = new Frame(code.info, 0, globals, builtins, globals, ts);
        ts.enter();
        try {
            return code.run(f);
        } finally {
            ts.exit();
        }
    }
}
