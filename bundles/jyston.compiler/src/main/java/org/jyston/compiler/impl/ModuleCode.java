package org.jyston.compiler.impl;

import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyDict;
import org.jyston.api.Code;

/** A compiled module (or {@code exec}/{@code eval} source): runs in the namespace it is given. */
final class ModuleCode implements Code {
    private final FunctionCode code;
    private final java.util.List<org.jyston.api.CompileWarning> warnings;

    ModuleCode(FunctionCode code, java.util.List<org.jyston.api.CompileWarning> warnings) {
        this.code = code;
        this.warnings = warnings;
    }

    @Override
    public java.util.List<org.jyston.api.CompileWarning> warnings() {
        return warnings;
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
    public Object execute(PyDict globals, PyDict locals, PyDict builtins) {
        PyThreadState ts = PyThreadState.current();
        Frame f = new Frame(code, 0, globals, builtins, locals, ts);
        if (code.doc != org.jyston.api.object.PyNone.None) {
            globals.put("__doc__", code.doc);
        }
        ts.enter();
        try {
            return code.run(f);
        } finally {
            ts.exit();
        }
    }
}
