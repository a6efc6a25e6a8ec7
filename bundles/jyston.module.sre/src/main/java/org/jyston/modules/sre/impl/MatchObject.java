package org.jyston.modules.sre.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** The result of a successful match: CPython's {@code re.Match}. */
final class MatchObject {
    final PatternObject pattern;
    /** The subject as the caller gave it ({@code Match.string}). */
    final Object string;
    private final Subject subject;
    final int pos;
    final int endpos;
    /** Start and end of group 0..groups, -1 for a group that did not take part. */
    final int[] regs;
    /** The last group closed, or -1. */
    final int lastIndex;

    MatchObject(PatternObject pattern, Object string, Subject subject, int pos, int endpos, int[] regs, int lastIndex) {
        this.pattern = pattern;
        this.string = string;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.regs = regs;
        this.lastIndex = lastIndex;
    }

    int groupCount() {
        return regs.length / 2;
    }

    /** A group number from an int or a group name, IndexError "no such group" otherwise (CPython's match_getindex). */
    int index(Object g) {
        long i = -1;
        if (isIndex(g)) {
            Object v = Op.index(g);
            i = v instanceof Long l ? l : -1;
        } else if (pattern.groupindex != null) {
            Object v = pattern.groupindex.get(g);
            if (v instanceof Long l) {
                i = l;
            }
        }
        if (i < 0 || i >= groupCount()) {
            throw Errors.raise(Errors.IndexError, "no such group");
        }
        return (int) i;
    }

    private static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean
                || PyType.of(o).unary(Slot.INDEX) != null;
    }

    Object group(int i, Object dflt) {
        int a = regs[2 * i];
        int b = regs[2 * i + 1];
        if (a < 0 || b < 0) {
            return dflt;
        }
        return subject.slice(a, b);
    }

    Object group(Object[] args) {
        if (args.length == 0) {
            return group(0, PyNone.None);
        }
        if (args.length == 1) {
            return group(index(args[0]), PyNone.None);
        }
        Object[] out = new Object[args.length];
        for (int k = 0; k < args.length; k++) {
            out[k] = group(index(args[k]), PyNone.None);
        }
        return PyTuple.of(out);
    }

    Object groups(Object dflt) {
        Object[] out = new Object[groupCount() - 1];
        for (int g = 1; g < groupCount(); g++) {
            out[g - 1] = group(g, dflt);
        }
        return PyTuple.of(out);
    }

    Object groupdict(Object dflt) {
        PyDict d = new PyDict();
        if (pattern.groupindex != null) {
            for (Object key : pattern.groupindex.keys()) {
                d.put(key, group(index(key), dflt));
            }
        }
        return d;
    }

    Object regsTuple() {
        Object[] out = new Object[groupCount()];
        for (int g = 0; g < out.length; g++) {
            out[g] = PyTuple.of((long) regs[2 * g], (long) regs[2 * g + 1]);
        }
        return PyTuple.of(out);
    }

    Object lastgroup() {
        PyTuple ig = pattern.indexgroup;
        if (ig != null && lastIndex >= 0 && lastIndex < ig.size()) {
            return ig.get(lastIndex);
        }
        return PyNone.None;
    }

    String repr() {
        String m = Op.repr(group(0, PyNone.None));
        if (m.codePointCount(0, m.length()) > 50) {
            m = m.substring(0, m.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + regs[0] + ", " + regs[1] + "), match=" + m + ">";
    }
}
