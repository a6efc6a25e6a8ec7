package org.jyston.type.exception.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;

/**
 * {@code BaseExceptionGroup.__new__} and {@code ExceptionGroup}'s rules on what it may hold, and the
 * methods that take groups apart: {@code derive}, {@code split}, {@code subgroup}.
 */
final class Groups {
    private Groups() {}

    static Object newGroup(Object typeObj, Object[] args, String[] kwnames) {
        PyType type = ExceptionSlots.asType(typeObj);
        Object[] pos = Arrays.copyOf(args, ExceptionSlots.positionalCount(args, kwnames));
        if (pos.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + pos.length + " given)");
        }
        if (!(pos[0] instanceof String)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Op.typeName(pos[0]));
        }
        Object[] items = pos[1] instanceof String ? null : Families.sequence(pos[1]);
        if (items == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        PyType exception = TypeRegistry.byName("Exception");
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= exception != null && e.getType().isSubtypeOf(exception);
        }
        PyType base = TypeRegistry.byName("BaseExceptionGroup");
        PyType group = TypeRegistry.byName("ExceptionGroup");
        if (type == base) {
            if (allExceptions && group != null) {
                type = group;
            }
        } else if (type == group) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (exception != null && type.isSubtypeOf(exception) && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.getName() + "'");
        }
        ExcInstance e = new ExcInstance(type, pos);
        e.attrs.put("message", pos[0]);
        e.attrs.put("exceptions", PyTuple.of(items));
        return e;
    }

    // ---- derive, split, subgroup

    /** {@code BaseExceptionGroup.derive(excs)}: a plain {@code BaseExceptionGroup(self.message, excs)}. */
    static final PyBuiltinFunction DERIVE = new PyBuiltinFunction("derive", (args, kw) -> {
        noKeywords("derive", kw);
        PyBaseException self = groupSelf("derive", args);
        if (args.length != 2) {
            throw Errors.typeError("function takes exactly 1 argument (" + (args.length - 1) + " given)");
        }
        return Op.call(TypeRegistry.byName("BaseExceptionGroup"), message(self), args[1]);
    });

    /** {@code BaseExceptionGroup.split(condition)}: the pair (match, rest), each a group or None. */
    static final PyBuiltinFunction SPLIT = new PyBuiltinFunction("split", (args, kw) -> {
        noKeywords("split", kw);
        PyBaseException self = groupSelf("split", args);
        Matcher m = matcher("split", args);
        Object[] parts = split(self, m, true);
        return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
    });

    /** {@code BaseExceptionGroup.subgroup(condition)}: the matching part of split, without making the rest. */
    static final PyBuiltinFunction SUBGROUP = new PyBuiltinFunction("subgroup", (args, kw) -> {
        noKeywords("subgroup", kw);
        PyBaseException self = groupSelf("subgroup", args);
        Matcher m = matcher("subgroup", args);
        return orNone(split(self, m, false)[0]);
    });

    private static Object orNone(Object o) {
        return o == null ? PyNone.None : o;
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("BaseExceptionGroup." + name + "() takes no keyword arguments");
        }
    }

    private static PyBaseException groupSelf(String name, Object[] args) {
        Object self = args.length == 0 ? null : args[0];
        if (!isGroup(self)) {
            throw Errors.typeError("descriptor '" + name + "' for 'BaseExceptionGroup' objects doesn't apply to a '"
                    + (self == null ? "NoneType" : Op.typeName(self)) + "' object");
        }
        return (PyBaseException) self;
    }

    static boolean isGroup(Object o) {
        PyType g = TypeRegistry.byName("BaseExceptionGroup");
        return o instanceof PyBaseException e && g != null && e.getType().isSubtypeOf(g);
    }

    private static Object message(PyBaseException group) {
        Object m = ExceptionSlots.attrs(group, Families.GROUP).get("message");
        return m == null ? PyNone.None : m;
    }

    private static Object[] exceptions(PyBaseException group) {
        Object excs = ExceptionSlots.attrs(group, Families.GROUP).get("exceptions");
        return excs instanceof PyTuple t ? t.toArray() : new Object[0];
    }

    /** What a split condition selects: the exception types, or a predicate's truth. */
    @FunctionalInterface
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    private static Matcher matcher(String name, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError(name + " expected 1 argument, got " + (args.length - 1));
        }
        Object c = args[1];
        if (isExceptionClass(c)) {
            PyType t = (PyType) c;
            return e -> e.getType().isSubtypeOf(t);
        }
        if (c instanceof PyTuple tuple) {
            PyType[] types = new PyType[tuple.size()];
            for (int i = 0; i < types.length; i++) {
                if (!isExceptionClass(tuple.get(i))) {
                    throw badCondition();
                }
                types[i] = (PyType) tuple.get(i);
            }
            return e -> {
                for (PyType t : types) {
                    if (e.getType().isSubtypeOf(t)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!(c instanceof PyType) && isCallable(c)) {
            return e -> Op.isTrue(Op.call(c, e));
        }
        throw badCondition();
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.has(TypeSpec.Flag.EXCEPTION);
    }

    private static boolean isCallable(Object o) {
        if (o instanceof PyCallable) {
            return true;
        }
        try {
            return PyType.of(o).call(Slot.CALL) != null;
        } catch (RuntimeException notAPythonObject) {
            return false;
        }
    }

    private static RuntimeException badCondition() {
        return Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /**
     * Splits {@code exc} by {@code m}: {match, rest}, either null when empty. An exception the
     * condition selects as a whole goes whole to the match (a group is not looked into); a leaf it does
     * not select goes to the rest; a group it does not select is split member by member, nested groups
     * recursively, and each non-empty side rebuilt with {@link #subset}.
     */
    static Object[] split(PyBaseException exc, Matcher m, boolean wantRest) {
        if (m.matches(exc)) {
            return new Object[] {exc, null};
        }
        if (!isGroup(exc)) {
            return new Object[] {null, wantRest ? exc : null};
        }
        List<Object> match = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        PyThreadState ts = PyThreadState.current();
        for (Object member : exceptions(exc)) {
            if (!(member instanceof PyBaseException e)) {
                continue; // __new__ admits exceptions only
            }
            Object[] parts;
            ts.enter(" in exceptiongroup_split_recursive"); // deep nesting is a RecursionError, as in CPython
            try {
                parts = split(e, m, wantRest);
            } finally {
                ts.exit();
            }
            if (parts[0] != null) {
                match.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new Object[] {subset(exc, match), wantRest ? subset(exc, rest) : null};
    }

    /**
     * A group like {@code orig} holding {@code members} (null if there are none): made by
     * {@code orig.derive(list)}, so subclasses can keep their type, then given orig's
     * {@code __traceback__}, {@code __context__}, {@code __cause__} (which sets
     * {@code __suppress_context__}) and a copy of its {@code __notes__}.
     */
    static PyBaseException subset(PyBaseException orig, List<Object> members) {
        if (members.isEmpty()) {
            return null;
        }
        Object made = Op.call(Op.getattr(orig, "derive"), new PyList(members.toArray()));
        if (!isGroup(made)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException eg = (PyBaseException) made;
        PyTraceback tb = orig.getTraceback();
        if (tb != null) {
            eg.setTraceback(tb);
        }
        eg.setContext(orig.getContext());
        eg.setCause(orig.getCause());
        List<Object> notes = orig.getNotes();
        if (notes != null) {
            eg.setNotes(new ArrayList<>(notes));
        }
        return eg;
    }
}
