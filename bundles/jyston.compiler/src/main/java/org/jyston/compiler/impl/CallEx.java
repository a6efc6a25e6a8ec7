package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** A call with {@code *iterable} or {@code **mapping} arguments, flattened into positional values and keywords. */
final class CallEx extends ExprNode {
    private final ExprNode func;
    private final ExprNode[] args;
    private final boolean[] starred;
    /** Keyword names; null marks a {@code **mapping}. */
    private final String[] kwnames;
    private final ExprNode[] kwvalues;
    private final Pos pos;

    CallEx(ExprNode func, ExprNode[] args, boolean[] starred, String[] kwnames, ExprNode[] kwvalues, Pos pos) {
        this.func = func;
        this.args = args;
        this.starred = starred;
        this.kwnames = kwnames;
        this.kwvalues = kwvalues;
        this.pos = pos;
    }

    @Override
    Object eval(Frame f) {
        Object callee = func.eval(f);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Object v = args[i].eval(f);
            if (starred[i]) {
                try {
                    if (PyType.of(v).unary(Slot.ITER) == null) {
                        throw Errors.typeError(Callables.describe(callee) + " argument after * must be an iterable, not "
                                + Op.typeName(v));
                    }
                } catch (PyException e) {
                    throw f.at(e, pos);
                }
                Displays.spread(v, values, f, pos);
            } else {
                values.add(v);
            }
        }
        List<String> names = new ArrayList<>();
        List<Object> kwvals = new ArrayList<>();
        for (int i = 0; i < kwnames.length; i++) {
            Object v = kwvalues[i].eval(f);
            try {
                if (kwnames[i] != null) {
                    addKeyword(callee, names, kwvals, kwnames[i], v);
                } else {
                    spreadMapping(callee, names, kwvals, v);
                }
            } catch (PyException e) {
                throw f.at(e, pos);
            }
        }
        values.addAll(kwvals);
        try {
            return Op.call(callee, values.toArray(), names.isEmpty() ? null : names.toArray(new String[0]));
        } catch (PyException e) {
            throw f.at(e, pos);
        }
    }

    private static void addKeyword(Object callee, List<String> names, List<Object> values, String name, Object v) {
        if (names.contains(name)) {
            throw Errors.typeError(Callables.describe(callee) + " got multiple values for keyword argument '" + name
                    + "'");
        }
        names.add(name);
        values.add(v);
    }

    private static void spreadMapping(Object callee, List<String> names, List<Object> values, Object mapping) {
        PyDict d = new PyDict();
        try {
            Displays.Dict.merge(d, mapping);
        } catch (PyException e) {
            if (!(mapping instanceof PyDict)) {
                throw Errors.typeError(Callables.describe(callee) + " argument after ** must be a mapping, not "
                        + Op.typeName(mapping));
            }
            throw e;
        }
        for (Object k : d.keys()) {
            if (!(k instanceof String s)) {
                throw Errors.typeError("keywords must be strings");
            }
            addKeyword(callee, names, values, s, d.get(k));
        }
    }
}
