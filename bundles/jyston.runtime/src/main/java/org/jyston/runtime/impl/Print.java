package org.jyston.runtime.impl;

import java.io.PrintStream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;

/**
 * {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. With a {@code file}, each
 * piece (object, separator, end) goes through the file's {@code write}, as CPython writes them.
 */
final class Print {
    private Print() {}

    static Object print(PrintStream out, Object[] args, String[] kwnames) {
        return print(out, null, args, kwnames);
    }

    /** With {@code sys} (the sys module's namespace), output without {@code file=} goes to {@code sys.stdout}. */
    static Object print(PrintStream out, PyDict sys, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        String sep = " ";
        String end = "\n";
        boolean flush = false;
        Object file = PyNone.None;
        for (int k = 0; k < nkw; k++) {
            Object v = args[npos + k];
            switch (kwnames[k]) {
                case "sep":
                    sep = text("sep", v, " ");
                    break;
                case "end":
                    end = text("end", v, "\n");
                    break;
                case "flush":
                    flush = Op.isTrue(v);
                    break;
                case "file":
                    file = v;
                    break;
                default:
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PyNone.None && sys != null) {
            // print() writes to whatever sys.stdout is at the time of the call
            Object cur = sys.get("stdout");
            if (cur == null) {
                throw Errors.raise(Errors.RuntimeError, "lost sys.stdout");
            }
            if (cur == PyNone.None) {
                return PyNone.None;
            }
            if (cur instanceof TextStream ts) {
                out = ts.out;
            } else {
                file = cur;
            }
        }
        if (file != PyNone.None) {
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    write(file, sep);
                }
                write(file, Op.str(args[i]));
            }
            write(file, end);
            if (flush) {
                Op.call(Op.getattr(file, "flush"));
            }
            return PyNone.None;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Op.str(args[i]));
        }
        sb.append(end);
        out.print(sb);
        if (flush) {
            out.flush();
        }
        return PyNone.None;
    }

    private static void write(Object file, String text) {
        Op.call(Op.getattr(file, "write"), text);
    }

    private static String text(String name, Object v, String dflt) {
        if (v == PyNone.None) {
            return dflt;
        }
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(name + " must be None or a string, not " + Op.typeName(v));
    }
}
