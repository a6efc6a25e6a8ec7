package org.jyston.compiler.impl;

import org.jyston.api.object.PyThreadState;
import java.util.Map;
import org.jyston.api.object.FunctionInfo;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A Python function: code, the globals it was defined in, defaults and closure. */
final class PyFunction implements FunctionInfo {
    private static final TypeRef TYPE = TypeRef.of("function");

    final FunctionCode code;
    final PyDict globals;
    final PyDict builtins;
    final Object[] defaults;
    /** Keyword-only defaults by name, or null. */
    final Map<String, Object> kwdefaults;
    final Cell[] closure;
    private PyDict dict;

    PyFunction(FunctionCode code, PyDict globals, PyDict builtins, Object[] defaults,
            Map<String, Object> kwdefaults, Cell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return call(PyThreadState.current(), args, kwnames);
    }

    /** A call from tier 0 code, which already knows its thread state. */
    Object call(PyThreadState ts, Object[] args, String[] kwnames) {
        Frame f = new Frame(code.info, code.nlocals, globals, builtins, null, ts);
        if (kwnames == null && args.length == code.argcount && code.simpleSignature) {
            System.arraycopy(args, 0, f.locals, 0, args.length);
        } else {
            ArgBinder.bind(this, f.locals, args, kwnames);
        }
        code.initCells(f, closure);
        if (code.isGenerator) {
            return code.isCoroutine ? new PyCoroutine(code, f, code.exceptions)
                    : new PyGenerator(code, f, false, code.exceptions);
        }
        ts.enter();
        try {
            return code.run(f);
        } finally {
            ts.exit();
        }
    }

    @Override
    public String getName() {
        return code.info.name();
    }

    @Override
    public String getQualname() {
        return code.qualname;
    }

    @Override
    public Object getModule() {
        Object m = globals.get("__name__");
        return m == null ? PyNone.None : m;
    }

    @Override
    public Object getDoc() {
        return code.doc;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }

    @Override
    public String toString() {
        return code.qualname;
    }
}
