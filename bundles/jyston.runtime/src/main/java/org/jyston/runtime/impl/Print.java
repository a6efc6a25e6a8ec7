package org.jyston.runtime.impl;

import java.io.PrintStream;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;

/** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
final class Print {
    private Print() {}

    static Object print(PrintStream out, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        String sep = " ";
        String end = "\n";
        boolean flush = false;
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
                    if (v != PyNone.None) {
                        throw Errors.systemError("print(file=...) needs the io module, which is not there yet");
                    }
                    break;
                default:
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for print()");
            }
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
