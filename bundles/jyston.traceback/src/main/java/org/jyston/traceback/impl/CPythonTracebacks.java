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
import org.jyston.api.object.TypeRef;
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

    /** CPython's limits on drawing exception groups ({@code max_group_width}, {@code max_group_depth}). */
    static final int MAX_GROUP_WIDTH = 15;
    static final int MAX_GROUP_DEPTH = 10;
    private static final TypeRef BASE_EXCEPTION_GROUP = TypeRef.of("BaseExceptionGroup");

    /** Where the printer is inside nested exception groups: the left margin of every line it emits. */
    private static final class Context {
        int groupDepth;
        boolean needClose;
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        /** Appends {@code text} with the margin on every line ({@code "| "} inside a group). */
        void emit(StringBuilder sb, CharSequence text, char marginChar) {
            String prefix = groupDepth == 0 ? "" : indent() + marginChar + " ";
            if (prefix.isEmpty()) {
                sb.append(text);
                return;
            }
            int i = 0;
            int n = text.length();
            while (i < n) {
                int nl = i;
                while (nl < n && text.charAt(nl) != '\n') {
                    nl++;
                }
                sb.append(prefix).append(text, i, Math.min(nl + 1, n));
                i = nl + 1;
            }
        }

        void emit(StringBuilder sb, CharSequence text) {
            emit(sb, text, '|');
        }
    }

    @Override
    public String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(exc, sb, new Context());
        return sb.toString();
    }

    /** The chain of {@code exc} (causes and contexts, oldest first), then {@code exc}: traceback.py's format(). */
    private void formatChain(PyBaseException exc, StringBuilder sb, Context ctx) {
        List<String> messages = new ArrayList<>();
        List<PyBaseException> chain = new ArrayList<>();
        ctx.seen.add(exc);
        for (PyBaseException e = exc; e != null;) {
            PyBaseException cause = e.getCause();
            PyBaseException context = e.getContext();
            PyBaseException next = null;
            String msg = null;
            if (cause != null && !ctx.seen.contains(cause)) {
                next = cause;
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            } else if (context != null && !e.isSuppressContext() && !ctx.seen.contains(context)) {
                next = context;
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            }
            chain.add(e);
            messages.add(msg);
            if (next != null) {
                ctx.seen.add(next);
            }
            e = next;
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            if (messages.get(k) != null) {
                ctx.emit(sb, messages.get(k));
            }
            formatOne(chain.get(k), sb, ctx);
        }
    }

    private void formatOne(PyBaseException exc, StringBuilder sb, Context ctx) {
        Object[] members = groupMembers(exc);
        if (members == null) {
            PyTraceback tb = exc.getTraceback();
            if (tb != null) {
                ctx.emit(sb, "Traceback (most recent call last):\n");
                StringBuilder entries = new StringBuilder();
                formatEntries(tb, entries);
                ctx.emit(sb, entries);
            }
            ctx.emit(sb, exceptionOnly(exc));
            return;
        }
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.emit(sb, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) {
            ctx.groupDepth++;
        }
        PyTraceback tb = exc.getTraceback();
        if (tb != null) {
            ctx.emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            StringBuilder entries = new StringBuilder();
            formatEntries(tb, entries);
            ctx.emit(sb, entries);
        }
        ctx.emit(sb, exceptionOnly(exc));
        int count = members.length;
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true; // the closing line may come from a nested group instead
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                if (members[i] instanceof PyBaseException member) {
                    formatChain(member, sb, ctx);
                }
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(sb, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) {
            ctx.groupDepth = 0;
        }
    }

    /** The members of an exception group, or null if {@code exc} is not one. */
    private static Object[] groupMembers(PyBaseException exc) {
        PyType g = BASE_EXCEPTION_GROUP.getOrNull();
        if (g == null || !exc.getType().isSubtypeOf(g)) {
            return null;
        }
        try {
            return Op.getattr(exc, "exceptions") instanceof PyTuple t ? t.toArray() : null;
        } catch (PyException e) {
            return null;
        }
    }

    /** {@code format_exception_only}: the {@code Type: message} line (or the SyntaxError lines), then the notes. */
    private static String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (isSyntaxError(exc)) {
            SyntaxErrorFormat.format(exc, sb);
        } else {
            sb.append(typeLabel(exc.getType()));
            String msg = safeStr(exc);
            String suggestion = Suggestions.forException(exc);
            if (suggestion != null) {
                msg += ". Did you mean: '" + suggestion + "'?";
            }
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
        return sb.toString();
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
