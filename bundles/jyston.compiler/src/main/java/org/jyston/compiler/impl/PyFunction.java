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
    Object[] defaults;
    /** Keyword-only defaults by name, or null. */
    Map<String, Object> kwdefaults;
    final Cell[] closure;
    private String name;
    private String qualname;
    private Object doc;
    private Object module;
    private PyDict annotations;
    private PyDict dict;

    PyFunction(FunctionCode code, PyDict globals, PyDict builtins, Object[] defaults,
            Map<String, Object> kwdefaults, Cell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.info.name();
        this.qualname = code.qualname;
        this.doc = code.doc;
        Object m = globals.get("__name__");
        this.module = m == null ? PyNone.None : m;
    }

    void setAnnotations(PyDict annotations) {
        this.annotations = annotations;
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
        Frame f = new Frame(code, code.nlocals, globals, builtins, null, ts);
        if (kwnames == null && args.length == code.argcount && code.simpleSignature) {
            System.arraycopy(args, 0, f.locals, 0, args.length);
        } else {
            ArgBinder.bind(this, f.locals, args, kwnames);
        }
        if (code.hasCells) {
            code.initCells(f, closure);
        }
        if (code.isGenerator) {
            return code.isAsyncGenerator ? new PyAsyncGenerator(code, f, code.exceptions)
                    : code.isCoroutine ? new PyCoroutine(code, f, code.exceptions)
                    : new PyGenerator(code, f, false, code.exceptions);
        }
        return code.runCall(f);
    }

    /**
     * The frame of a call whose arguments are already in {@code locals}, started
     * ({@link FunctionCode#enter}): the caller runs the body itself (see {@link Call#eval}).
     */
    Frame enterDirect(PyThreadState ts, Object[] locals, int nargs) {
        Frame f = directFrame(ts, locals, nargs);
        FunctionCode.enter(f);
        return f;
    }

    /** The frame of a direct call: missing arguments from the defaults, cells made. */
    private Frame directFrame(PyThreadState ts, Object[] locals, int nargs) {
        if (nargs < code.argcount) {
            int missing = code.argcount - nargs;
            if (missing > defaults.length) {
                Object[] args = java.util.Arrays.copyOf(locals, nargs);
                java.util.Arrays.fill(locals, null);
                ArgBinder.bind(this, locals, args, null); // raises CPython's "missing argument" error
            } else {
                System.arraycopy(defaults, defaults.length - missing, locals, nargs, missing);
            }
        }
        Frame f = new Frame(code, locals, globals, builtins, ts);
        if (code.hasCells) {
            code.initCells(f, closure);
        }
        return f;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualname() {
        return qualname;
    }

    @Override
    public Object getModule() {
        return module;
    }

    @Override
    public Object getDoc() {
        return doc;
    }

    @Override
    public Object getSpecial(String attr) {
        switch (attr) {
            case "__defaults__":
                return defaults.length == 0 ? PyNone.None : org.jyston.api.object.PyTuple.of(defaults);
            case "__kwdefaults__": {
                if (kwdefaults == null || kwdefaults.isEmpty()) {
                    return PyNone.None;
                }
                PyDict d = new PyDict();
                kwdefaults.forEach(d::put);
                return d;
            }
            case "__closure__":
                return closure.length == 0 ? PyNone.None : org.jyston.api.object.PyTuple.of((Object[]) closure);
            case "__annotations__":
                if (annotations == null) {
                    annotations = new PyDict();
                }
                return annotations;
            case "__globals__":
                return globals;
            case "__code__":
                return code.codeObject();
            case "__builtins__":
                return builtins;
            default:
                return null;
        }
    }

    @Override
    public boolean setSpecial(String attr, Object value) {
        switch (attr) {
            case "__name__":
                name = requireStr(attr, value);
                return true;
            case "__qualname__":
                qualname = requireStr(attr, value);
                return true;
            case "__doc__":
                doc = value == null ? PyNone.None : value;
                return true;
            case "__module__":
                module = value == null ? PyNone.None : value;
                return true;
            case "__defaults__":
                if (value == null || value == PyNone.None) {
                    defaults = new Object[0];
                } else if (value instanceof org.jyston.api.object.PyTuple t) {
                    defaults = t.toArray();
                } else {
                    throw org.jyston.api.object.Errors.typeError("__defaults__ must be set to a tuple object");
                }
                return true;
            case "__kwdefaults__":
                if (value == null || value == PyNone.None) {
                    kwdefaults = null;
                } else if (value instanceof PyDict d) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    for (Object k : d.keys()) {
                        m.put((String) k, d.get(k));
                    }
                    kwdefaults = m;
                } else {
                    throw org.jyston.api.object.Errors.typeError("__kwdefaults__ must be set to a dict object");
                }
                return true;
            case "__annotations__":
                if (value != null && value != PyNone.None && !(value instanceof PyDict)) {
                    throw org.jyston.api.object.Errors.typeError("__annotations__ must be set to a dict object");
                }
                annotations = value instanceof PyDict d ? d : null; // None or deleted: a fresh {} when next read
                return true;
            case "__dict__":
                if (value == null) {
                    throw org.jyston.api.object.Errors.typeError("cannot delete __dict__");
                }
                if (!(value instanceof PyDict d)) {
                    throw org.jyston.api.object.Errors.typeError("__dict__ must be set to a dictionary, not a '"
                            + org.jyston.api.object.Op.typeName(value) + "'");
                }
                synchronized (this) {
                    dict = d;
                }
                return true;
            case "__globals__":
            case "__closure__":
            case "__builtins__":
                throw org.jyston.api.object.Errors.raise(org.jyston.api.object.Errors.AttributeError,
                        "readonly attribute");
            default:
                return false;
        }
    }

    private static String requireStr(String attr, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw org.jyston.api.object.Errors.typeError(attr + " must be set to a string object");
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
        return qualname;
    }
}
