package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;

/** The {@code match} statement: the first case whose pattern matches (and whose guard holds) runs. */
final class MatchStmt extends StmtNode {
    /** A compiled pattern: tests the subject, noting captures in {@link #PENDING} until the case matches. */
    interface Pattern {
        boolean match(Frame f, Object subject);
    }

    /**
     * Captures of the case being tried: CPython binds a case's names only once its whole pattern
     * has matched, so a case failing part-way leaves no names behind.
     */
    static final ThreadLocal<List<Object[]>> PENDING = ThreadLocal.withInitial(ArrayList::new);

    static final class Case {
        final Pattern pattern;
        final ExprNode guard;
        final StmtNode[] body;
        /** In a generator: the lowered steps of a guard that yields ({@link YieldLowering}), run before it; else null. */
        StmtNode guardSteps;

        Case(Pattern pattern, ExprNode guard, StmtNode[] body) {
            this.pattern = pattern;
            this.guard = guard;
            this.body = body;
        }
    }

    private final ExprNode subject;
    private final Case[] cases;
    private final Pos pos;
    /**
     * In a generator with a yield in a case: the slot keeping the index of the case being run (and,
     * in slot+1, whether its guard or its body; in slot+2, the subject while a guard is pending);
     * else -1.
     */
    private final int slot;

    MatchStmt(ExprNode subject, Case[] cases, Pos pos) {
        this(subject, cases, pos, -1);
    }

    MatchStmt(ExprNode subject, Case[] cases, Pos pos, int slot) {
        this.subject = subject;
        this.cases = cases;
        this.pos = pos;
        this.slot = slot;
    }

    private static final int NO_MATCH = -1;
    private static final Integer IN_GUARD = 0;
    private static final Integer IN_BODY = 1;

    /** The generator form: resumes in the guard steps or the body of the case it was in. */
    private int execResumable(Frame f) {
        int start = 0;
        Object s;
        if (f.resuming) {
            int ci = (Integer) f.locals[slot];
            if (f.locals[slot + 1] == IN_BODY) {
                return block(cases[ci].body, f);
            }
            s = f.locals[slot + 2];
            int r = guardAndBody(f, ci);
            if (r != NO_MATCH) {
                return r;
            }
            start = ci + 1;
        } else {
            s = subject.eval(f);
        }
        List<Object[]> pending = PENDING.get();
        for (int ci = start; ci < cases.length; ci++) {
            if (bind(f, cases[ci], s, pending)) {
                f.locals[slot] = ci;
                f.locals[slot + 2] = s;
                int r = guardAndBody(f, ci);
                if (r != NO_MATCH) {
                    return r;
                }
            }
        }
        f.locals[slot + 2] = null;
        return NORMAL;
    }

    private int guardAndBody(Frame f, int ci) {
        Case c = cases[ci];
        if (c.guardSteps != null) {
            f.locals[slot + 1] = IN_GUARD;
            if (c.guardSteps.exec(f) == YIELD) {
                return YIELD;
            }
        }
        if (c.guard == null || Truth.test(c.guard, f)) {
            f.locals[slot + 1] = IN_BODY;
            f.locals[slot + 2] = null;
            return block(c.body, f);
        }
        return NO_MATCH;
    }

    /** Matches one case's pattern, binding its captures only if the whole pattern matched. */
    private boolean bind(Frame f, Case c, Object s, List<Object[]> pending) {
        boolean ok;
        int mark = pending.size();
        try {
            ok = c.pattern.match(f, s);
        } catch (PyException e) {
            truncate(pending, mark);
            throw f.at(e, pos);
        }
        if (ok) {
            for (int i = mark; i < pending.size(); i++) {
                ((Target) pending.get(i)[0]).store(f, pending.get(i)[1]);
            }
        }
        truncate(pending, mark);
        return ok;
    }

    @Override
    int exec(Frame f) {
        if (slot >= 0) {
            return execResumable(f);
        }
        Object s = subject.eval(f);
        List<Object[]> pending = PENDING.get();
        for (Case c : cases) {
            boolean ok;
            int mark = pending.size();
            try {
                ok = c.pattern.match(f, s);
            } catch (PyException e) {
                truncate(pending, mark);
                throw f.at(e, pos);
            }
            if (ok) {
                for (int i = mark; i < pending.size(); i++) {
                    ((Target) pending.get(i)[0]).store(f, pending.get(i)[1]);
                }
            }
            truncate(pending, mark);
            if (ok && (c.guard == null || Truth.test(c.guard, f))) {
                return block(c.body, f);
            }
        }
        return NORMAL;
    }

    static final class Value implements Pattern {
        private final ExprNode value;

        Value(ExprNode value) {
            this.value = value;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            return Op.eq(subject, value.eval(f));
        }
    }

    static final class Singleton implements Pattern {
        private final Object value;

        Singleton(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            return Identity.same(subject, value);
        }
    }

    /** {@code p as name}, a capture ({@code name}) or the wildcard ({@code _}). */
    static final class As implements Pattern {
        private final Pattern inner;
        private final Target target;

        As(Pattern inner, Target target) {
            this.inner = inner;
            this.target = target;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            if (inner != null && !inner.match(f, subject)) {
                return false;
            }
            if (target != null) {
                PENDING.get().add(new Object[] {target, subject});
            }
            return true;
        }
    }

    static final class Or implements Pattern {
        private final Pattern[] alternatives;

        Or(Pattern[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            for (Pattern p : alternatives) {
                if (p.match(f, subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [a, *rest, b]}: sequences other than str, bytes and bytearray. */
    static final class Sequence implements Pattern {
        private final Pattern[] items;
        private final int star;
        private final Target starTarget;

        Sequence(Pattern[] items, int star, Target starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            Object[] values;
            if (subject instanceof PyList l) {
                values = l.toArray();
            } else if (subject instanceof PyTuple t) {
                values = t.toArray();
            } else if (isSequence(subject)) {
                List<Object> all = new ArrayList<>();
                Object it = Op.iter(subject);
                for (Object v = Op.next(it); v != null; v = Op.next(it)) {
                    all.add(v);
                }
                values = all.toArray();
            } else {
                return false;
            }
            if (star < 0) {
                if (values.length != items.length) {
                    return false;
                }
                for (int i = 0; i < items.length; i++) {
                    if (!items[i].match(f, values[i])) {
                        return false;
                    }
                }
                return true;
            }
            int after = items.length - star - 1;
            if (values.length < items.length - 1) {
                return false;
            }
            for (int i = 0; i < star; i++) {
                if (!items[i].match(f, values[i])) {
                    return false;
                }
            }
            for (int i = 0; i < after; i++) {
                if (!items[star + 1 + i].match(f, values[values.length - after + i])) {
                    return false;
                }
            }
            if (starTarget != null) {
                Object[] rest = new Object[values.length - star - after];
                System.arraycopy(values, star, rest, 0, rest.length);
                PENDING.get().add(new Object[] {starTarget, new PyList(rest)});
            }
            return true;
        }

        private static boolean isSequence(Object o) {
            String n = PyType.of(o).solidBase().getName();
            return n.equals("range") || n.equals("list") || n.equals("tuple") || n.equals("memoryview")
                    || n.equals("deque");
        }
    }

    /** {@code {"k": p, **rest}}: dicts (and other mappings through {@code get}). */
    static final class Mapping implements Pattern {
        private final ExprNode[] keys;
        private final Pattern[] values;
        private final Target rest;

        Mapping(ExprNode[] keys, Pattern[] values, Target rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            if (!(subject instanceof PyDict d)) {
                return false;
            }
            Object[] ks = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                ks[i] = keys[i].eval(f);
                Object v = d.get(ks[i]);
                if (v == null || !values[i].match(f, v)) {
                    return false;
                }
            }
            if (rest != null) {
                PyDict r = d.copy();
                for (Object k : ks) {
                    r.remove(k);
                }
                PENDING.get().add(new Object[] {rest, r});
            }
            return true;
        }
    }

    /** {@code Cls(p1, p2, attr=p3)}: isinstance, then {@code __match_args__} and attributes. */
    static final class ClassPattern implements Pattern {
        private static final java.util.Set<String> SELF_MATCHING = java.util.Set.of("bool", "bytearray", "bytes",
                "dict", "float", "frozenset", "int", "list", "set", "str", "tuple");

        private final ExprNode cls;
        private final Pattern[] positional;
        private final String[] attrs;
        private final Pattern[] keyword;

        ClassPattern(ExprNode cls, Pattern[] positional, String[] attrs, Pattern[] keyword) {
            this.cls = cls;
            this.positional = positional;
            this.attrs = attrs;
            this.keyword = keyword;
        }

        @Override
        public boolean match(Frame f, Object subject) {
            Object c = cls.eval(f);
            if (!(c instanceof PyType type)) {
                throw Errors.typeError("called match pattern must be a type");
            }
            if (!PyType.of(subject).isSubtypeOf(type)) {
                return false;
            }
            List<String> seen = new ArrayList<>();
            if (positional.length > 0) {
                if (!type.isHeapType() && SELF_MATCHING.contains(type.getName())) {
                    if (positional.length > 1) {
                        throw Errors.typeError(type.getName() + "() accepts 1 positional sub-pattern ("
                                + positional.length + " given)");
                    }
                    if (!positional[0].match(f, subject)) {
                        return false;
                    }
                } else {
                    Object matchArgs = type.lookup("__match_args__");
                    PyTuple names = matchArgs instanceof PyTuple t ? t : PyTuple.EMPTY;
                    if (matchArgs != null && !(matchArgs instanceof PyTuple)) {
                        throw Errors.typeError(type.getQualname() + ".__match_args__ must be a tuple (got "
                                + Op.typeName(matchArgs) + ")");
                    }
                    if (positional.length > names.size()) {
                        throw Errors.typeError(type.getQualname() + "() accepts " + names.size() + " positional sub-pattern"
                                + (names.size() == 1 ? "" : "s") + " (" + positional.length + " given)");
                    }
                    for (int i = 0; i < positional.length; i++) {
                        seen.add((String) names.get(i));
                        for (String a : attrs) {
                            if (a.equals(names.get(i))) {
                                throw Errors.typeError(type.getQualname() + "() got multiple sub-patterns for attribute '"
                                        + a + "'");
                            }
                        }
                        if (!attr(f, subject, (String) names.get(i), positional[i])) {
                            return false;
                        }
                    }
                }
            }
            for (int i = 0; i < attrs.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (attrs[j].equals(attrs[i])) {
                        throw Errors.typeError(type.getQualname() + "() got multiple sub-patterns for attribute '"
                                + attrs[i] + "'");
                    }
                }
                if (!attr(f, subject, attrs[i], keyword[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean attr(Frame f, Object subject, String name, Pattern p) {
            Object v;
            try {
                v = Op.getattr(subject, name);
            } catch (PyException e) {
                if (e.matches(Errors.AttributeError.get())) {
                    return false;
                }
                throw e;
            }
            return p.match(f, v);
        }
    }

    private static void truncate(List<Object[]> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    static Object none() {
        return PyNone.None;
    }
}
