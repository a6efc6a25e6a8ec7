package org.jyston.traceback.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/**
 * A {@code SyntaxError} as CPython prints it: the file and line, the offending source line with
 * carets under the reported span, then {@code SyntaxError: msg}.
 */
final class SyntaxErrorFormat {
    private SyntaxErrorFormat() {}

    static void format(PyBaseException exc, StringBuilder sb) {
        String msg = Op.str(exc.getArgs().get(0));
        PyTuple d = (PyTuple) exc.getArgs().get(1);
        String filename = d.get(0) == PyNone.None ? "<string>" : Op.str(d.get(0));
        long lineno = asLong(d.get(1));
        long offset = asLong(d.get(2));
        Object textObj = d.get(3);
        long endLineno = asLong(d.get(4));
        long endOffset = asLong(d.get(5));
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (textObj instanceof String text) {
            if (endLineno > lineno) {
                endOffset = text.length();
            }
            if (endOffset > text.length() + 1) {
                endOffset = text.length() + 1;
            }
            errorText(sb, offset, endOffset, text);
        }
        sb.append(CPythonTracebacks.typeLabel(exc.getType()));
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        sb.append('\n');
    }

    private static long asLong(Object o) {
        return o instanceof Long l ? l : -1;
    }

    private static void errorText(StringBuilder sb, long offset1, long endOffset, String text) {
        long offset = offset1 - 1;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        String t = text.substring(start);
        int len = t.length();
        if (len > 0 && t.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        for (;;) {
            int nl = t.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            t = t.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
        }
        sb.append("    ").append(t);
        if (len >= t.length() || t.charAt(len) != '\n') {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ");
        for (long i = 0; i < offset; i++) {
            sb.append(' ');
        }
        long carets = Math.max(1, endOffset - offset1);
        for (long i = 0; i < carets; i++) {
            sb.append('^');
        }
        sb.append('\n');
    }
}
