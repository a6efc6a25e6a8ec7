package org.jyston.compiler.impl;

import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/** A Python function: code, the globals it was defined in, and its default values. */
final class PyFunction implements PyCallable {
    private static final TypeRef TYPE = TypeRef.of("function");

    private final FunctionCode code;
    private final Map<String, Object> globals;
    private final Map<String, Object> builtins;
    private final Object[] defaults;

    PyFunction(FunctionCode code, Map<String, Object> globals, Map<String, Object> builtins, Object[] defaults) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code.info, code.nlocals, globals, builtins, ts);
        bind(f.locals, args, kwnames);
        ts.enter();
        try {
            return code.run(f);
        } finally {
            ts.exit();
        }
    }

    /** Puts arguments into parameter slots, with CPython's messages for every mismatch. */
    private void bind(Object[] locals, Object[] args, String[] kwnames) {
        String[] params = code.paramNames;
        int nparams = params.length;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > nparams) {
            throw tooMany(npos);
        }
        System.arraycopy(args, 0, locals, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int slot = indexOf(params, name);
            if (slot < 0) {
                throw Errors.typeError(code.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (locals[slot] != null) {
                throw Errors.typeError(code.qualname + "() got multiple values for argument '" + name + "'");
            }
            locals[slot] = args[npos + k];
        }
        int firstDefault = nparams - defaults.length;
        int nmissing = 0;
        for (int i = 0; i < nparams; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    nmissing++;
                }
            }
        }
        if (nmissing > 0) {
            throw missing(locals, nmissing);
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private RuntimeException tooMany(int given) {
        int n = code.paramNames.length;
        int min = n - defaults.length;
        String takes = min == n ? String.valueOf(n) : "from " + min + " to " + n;
        return Errors.typeError(code.qualname + "() takes " + takes + " positional argument" + (n == 1 && min == n ? "" : "s")
                + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    private RuntimeException missing(Object[] locals, int nmissing) {
        StringBuilder names = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < code.paramNames.length; i++) {
            if (locals[i] == null) {
                seen++;
                if (seen > 1) {
                    names.append(seen == nmissing ? (nmissing > 2 ? ", and " : " and ") : ", ");
                }
                names.append('\'').append(code.paramNames[i]).append('\'');
            }
        }
        return Errors.typeError(code.qualname + "() missing " + nmissing + " required positional argument"
                + (nmissing == 1 ? "" : "s") + ": " + names);
    }

    @Override
    public String toString() {
        return code.qualname;
    }
}
