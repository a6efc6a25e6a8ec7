package org.jyston.traceback.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jyston.api.Parser;
import org.jyston.api.TracebackService;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Formats exceptions as CPython 3.11's default {@code sys.excepthook} does: chained exceptions
 * first, then each traceback entry with its source line and position markers, then the
 * {@code Type: message} line. The parser, when present, finds the operator of a failing binary
 * operation or subscript so the markers can single it out ({@code ~~^^~~}), as CPython does.
 */
@Component(service = TracebackService.class)
public class CPythonTracebacks implements TracebackService {
    /** CPython prints a run of identical entries three times, then a count. */
    static final int RECURSIVE_CUTOFF = 3;
    /** {@code sys.tracebacklimit}'s default. */
    static final int LIMIT = 1000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Parser parser;

    @Override
    public String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        formatChain(exc, sb, seen);
        return sb.toString();
    }

    private void formatChain(PyBaseException exc, StringBuilder sb, Set<PyBaseException> seen) {
        seen.add(exc);
        PyBaseException cause = exc.getCause();
        PyBaseException context = exc.getContext();
        if (cause != null && !seen.contains(cause)) {
            formatChain(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exc.isSuppressContext() && !seen.contains(context)) {
            formatChain(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(exc, sb);
    }

    private void formatOne(PyBaseException exc, StringBuilder sb) {
        PyTraceback tb = exc.getTraceback();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(tb, sb);
        }
        if (isSyntaxError(exc)) {
            SyntaxErrorFormat.format(exc, sb);
        } else {
            sb.append(typeLabel(exc.getType()));
            String msg = safeStr(exc);
            if (!msg.isEmpty()) {
                sb.append(": ").append(msg);
            }
            sb.append('\n');
        }
        if (exc.getNotes() != null) {
            for (Object note : exc.getNotes()) {
                sb.append(note instanceof String s ? s : "<note str() failed>").append('\n');
            }
        }
    }

    private void formatEntries(PyTraceback head, StringBuilder sb) {
        List<PyTraceback> entries = new ArrayList<>();
        for (PyTraceback t = head; t != null; t = t.next()) {
            entries.add(t);
        }
        int skip = Math.max(0, entries.size() - LIMIT);
        SourceLines sources = new SourceLines();
        PyTraceback last = null;
        int count = 0;
        for (PyTraceback t : entries.subList(skip, entries.size())) {
            if (last == null || !t.code().equals(last.code()) || t.lineno() != last.lineno()) {
                repeated(count, sb);
                last = t;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                EntryFormat.format(t, sources, parser, sb);
            }
        }
        repeated(count, sb);
    }

    private static void repeated(int count, StringBuilder sb) {
        if (count > RECURSIVE_CUTOFF) {
            int n = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(n).append(n > 1 ? " more times]\n" : " more time]\n");
        }
    }

    static boolean isSyntaxError(PyBaseException exc) {
        PyType se = Errors.SyntaxError.getOrNull();
        return se != null && exc.getType().isSubtypeOf(se) && exc.getArgs().size() == 2
                && exc.getArgs().get(1) instanceof PyTuple;
    }

    /** The exception's name as the last line shows it: qualified unless builtin or {@code __main__}. */
    static String typeLabel(PyType t) {
        String mod = t.getModule();
        if (mod == null || mod.equals("builtins") || mod.equals("__main__")) {
            return t.getQualname();
        }
        return mod + "." + t.getQualname();
    }

    private static String safeStr(PyBaseException exc) {
        try {
            return Op.str(exc);
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }
}
