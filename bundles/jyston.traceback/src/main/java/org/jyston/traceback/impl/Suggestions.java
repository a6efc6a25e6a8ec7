package org.jyston.traceback.impl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyCode;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * CPython 3.11's "Did you mean" for uncaught {@code NameError} and {@code AttributeError}, computed when
 * the report is printed: the closest candidate by a Levenshtein distance over UTF-8 bytes where a
 * case change costs 1 and any other edit 2, accepted when no more than about a third of the
 * characters change. NameError candidates are the innermost frame's variable names, then its
 * globals, then its builtins; AttributeError's are {@code dir(obj)}.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final TypeRef NAME_ERROR = TypeRef.of("NameError");
    private static final TypeRef UNBOUND_LOCAL = TypeRef.of("UnboundLocalError");
    private static final TypeRef ATTRIBUTE_ERROR = TypeRef.of("AttributeError");

    private Suggestions() {}

    /** The suggestion for {@code exc}, or null. */
    static String forException(PyBaseException exc) {
        try {
            PyType t = exc.getType();
            PyType nameError = NAME_ERROR.getOrNull();
            PyType attributeError = ATTRIBUTE_ERROR.getOrNull();
            if (nameError != null && t.isSubtypeOf(nameError)) {
                PyType unbound = UNBOUND_LOCAL.getOrNull();
                return unbound != null && t.isSubtypeOf(unbound) ? null : forName(exc);
            }
            if (attributeError != null && t.isSubtypeOf(attributeError)) {
                return forAttribute(exc);
            }
        } catch (PyException e) {
            // a failing dir() or attribute read means no suggestion, as in CPython
        }
        return null;
    }

    private static String forName(PyBaseException exc) {
        if (!(Op.getattr(exc, "name") instanceof String name)) {
            return null;
        }
        FrameView f = innermost(exc);
        if (f == null) {
            return null;
        }
        PyCode code = f.codeObject();
        if (code != null) {
            String s = best(List.of(code.varnames.toArray()), name);
            if (s != null) {
                return s;
            }
        }
        String s = best(keys(f.globals()), name);
        return s != null ? s : best(keys(f.builtins()), name);
    }

    private static String forAttribute(PyBaseException exc) {
        Object name = Op.getattr(exc, "name");
        Object obj = Op.getattr(exc, "obj");
        if (!(name instanceof String n) || obj == org.jyston.api.object.PyNone.None) {
            return null;
        }
        FrameView f = innermost(exc);
        Object dir = f == null || f.builtins() == null ? null : f.builtins().get("dir");
        if (dir == null) {
            return null;
        }
        Object names = Op.call(dir, obj);
        List<Object> list = new ArrayList<>();
        for (Object it = Op.iter(names), x; (x = next(it)) != null;) {
            list.add(x);
        }
        return best(list, n);
    }

    private static Object next(Object iterator) {
        try {
            return Op.next(iterator);
        } catch (PyException e) {
            return null;
        }
    }

    private static FrameView innermost(PyBaseException exc) {
        PyTraceback tb = exc.getTraceback();
        if (tb == null) {
            return null;
        }
        while (tb.next() != null) {
            tb = tb.next();
        }
        return tb.frame();
    }

    private static List<Object> keys(PyDict d) {
        return d == null ? List.of() : java.util.Arrays.asList(d.keys());
    }

    /** CPython's {@code calculate_suggestions}. */
    static String best(List<Object> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (Object c : candidates) {
            if (!(c instanceof String item) || item.equals(name)) {
                continue;
            }
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            // no more than 1/3 of the involved characters should need changing
            int maxDistance = (n.length + b.length + 3) * MOVE_COST / 6;
            // don't take matches already beaten
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(n, b, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** The edit distance of {@code a} and {@code b}, or {@code maxCost + 1} once it must exceed {@code maxCost}. */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int as = 0;
        int ae = a0.length;
        int bs = 0;
        int be = b0.length;
        if (java.util.Arrays.equals(a0, b0)) {
            return 0;
        }
        while (as < ae && bs < be && a0[as] == b0[bs]) { // trim common prefix
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) { // and suffix
            ae--;
            be--;
        }
        int aSize = ae - as;
        int bSize = be - bs;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae);
        byte[] b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) { // keep the shorter one in a
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                int substitute = distance + substitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
