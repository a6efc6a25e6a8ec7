package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTuple;

/** Binds call arguments to a function's parameter slots, with CPython's messages for every mismatch. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, Object[] locals, Object[] args, String[] kwnames) {
        FunctionCode c = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = c.argcount;
        if (npos > argcount && !c.varargs) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, locals, 0, n);
        int slot = argcount + c.kwonlyCount;
        if (c.varargs) {
            Object[] rest = new Object[Math.max(0, npos - argcount)];
            if (rest.length > 0) { // (with fewer values than parameters, argcount may lie past the array's end)
                System.arraycopy(args, argcount, rest, 0, rest.length);
            }
            locals[slot++] = PyTuple.wrap(rest);
        }
        PyDict kwargs = null;
        if (c.varkw) {
            kwargs = new PyDict();
            locals[slot] = kwargs;
        }
        List<String> posonlyAsKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[npos + k];
            int i = indexOf(c.paramNames, name, c.posonlyCount, argcount + c.kwonlyCount);
            if (i >= 0) {
                if (locals[i] != null) {
                    throw Errors.typeError(fn.getQualname() + "() got multiple values for argument '" + name + "'");
                }
                locals[i] = value;
            } else if (kwargs != null) {
                kwargs.put(name, value);
            } else if (indexOf(c.paramNames, name, 0, c.posonlyCount) >= 0) {
                if (posonlyAsKeyword == null) {
                    posonlyAsKeyword = new ArrayList<>();
                }
                posonlyAsKeyword.add(name);
            } else {
                throw Errors.typeError(fn.getQualname() + "() got an unexpected keyword argument '" + name + "'");
            }
        }
        if (posonlyAsKeyword != null) {
            throw Errors.typeError(fn.getQualname() + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKeyword) + "'");
        }
        if (npos < argcount) {
            int firstDefault = argcount - fn.defaults.length;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (locals[i] == null) {
                    if (i >= firstDefault) {
                        locals[i] = fn.defaults[i - firstDefault];
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(c.paramNames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn.getQualname(), missing, "positional");
            }
        }
        if (c.kwonlyCount > 0) {
            List<String> missing = null;
            for (int i = argcount; i < argcount + c.kwonlyCount; i++) {
                if (locals[i] == null) {
                    Object d = fn.kwdefaults == null ? null : fn.kwdefaults.get(c.paramNames[i]);
                    if (d != null) {
                        locals[i] = d;
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(c.paramNames[i]);
                    }
                }
            }
            if (missing != null) {
                throw missing(fn.getQualname(), missing, "keyword-only");
            }
        }
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException missing(String qualname, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(i == n - 1 ? (n > 2 ? ", and " : " and ") : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, Object[] args, String[] kwnames) {
        FunctionCode c = fn.code;
        int max = c.argcount;
        int min = max - fn.defaults.length;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                if (indexOf(c.paramNames, k, c.argcount, c.argcount + c.kwonlyCount) >= 0) {
                    kwonlyGiven++;
                }
            }
        }
        String plural = min == max && max == 1 ? "" : "s";
        String givenText = kwonlyGiven == 0
                ? given + (given == 1 ? " was" : " were")
                : given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                        + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were";
        return Errors.typeError(fn.getQualname() + "() takes " + takes + " positional argument" + plural + " but "
                + givenText + " given");
    }
}
