package org.jyston.type.exception.impl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PySlotWrapper;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** The special methods of the exception types, parameterised by {@link Family}. */
final class ExceptionSlots {
    private ExceptionSlots() {}

    private static final Object NONE = PyNone.None;

    static PyBaseException self(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("descriptor requires a 'BaseException' object but received a '" + Op.typeName(o) + "'");
    }

    static PyType asType(Object o) {
        if (o instanceof PyType t) {
            return t;
        }
        throw Errors.typeError("BaseException.__new__(X): X is not a type object (" + Op.typeName(o) + ")");
    }

    static int positionalCount(Object[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    // ---- __new__

    /** {@code BaseException.__new__}: keyword arguments are left for {@code __init__} to judge. */
    static Slot.Call newSlot(Family family) {
        if (family == Family.BASE) {
            // Most exceptions (ValueError(i), KeyError(k), ...) parse nothing: no attribute map to build.
            return (type, args, kwnames) -> new ExcInstance(asType(type), ExcInstance.NO_ATTRS,
                    kwnames == null || kwnames.length == 0 ? args : Arrays.copyOf(args, positionalCount(args, kwnames)));
        }
        return (type, args, kwnames) -> make(asType(type), Arrays.copyOf(args, positionalCount(args, kwnames)), family);
    }

    static ExcInstance make(PyType type, Object[] pos, Family family) {
        ExcInstance e = new ExcInstance(type, pos);
        Map<String, Object> m = new HashMap<>();
        try {
            family.parse(type, pos, m, false);
        } catch (PyException ignored) {
            m.clear(); // __init__ reports bad arguments
        }
        apply(e, m);
        return e;
    }

    /** {@code OSError.__new__}: {@code OSError(errno, ...)} becomes the subclass the errno names. */
    static Object newOSError(Object type, Object[] args, String[] kwnames) {
        PyType t = asType(type);
        Object[] pos = Arrays.copyOf(args, positionalCount(args, kwnames));
        if (t == org.jyston.api.object.TypeRegistry.byName("OSError") && pos.length >= 2 && pos.length <= 5
                && Texts.isInt(pos[0])) {
            String sub = Errno.subclass(Texts.toLong(pos[0]));
            PyType st = sub == null ? null : org.jyston.api.object.TypeRegistry.byName(sub);
            if (st != null) {
                t = st;
            }
        }
        return make(t, pos, Families.OS);
    }

    private static void apply(PyBaseException e, Map<String, Object> m) {
        Object args = m.remove(Family.ARGS);
        if (args instanceof PyTuple t) {
            e.setArgs(t);
        }
        if (e instanceof ExcInstance x) {
            x.attrs = m;
        }
    }

    // ---- __init__

    static Slot.Call initSlot(Family family) {
        return (self, args, kwnames) -> {
            PyBaseException e = self(self);
            if (family == Family.BASE && (kwnames == null || kwnames.length == 0)) {
                // args as __new__ left them (the usual case) need no new tuple
                if (!e.getArgs().sameItems(args)) {
                    e.setArgs(PyTuple.of(args));
                }
                if (e instanceof ExcInstance x && !x.attrs.isEmpty()) {
                    x.attrs = ExcInstance.NO_ATTRS;
                }
                return NONE;
            }
            int npos = positionalCount(args, kwnames);
            Object[] pos = Arrays.copyOf(args, npos);
            if (family == Families.GROUP) {
                // BaseException.__init__: message and exceptions are __new__'s, whatever __init__ is given
                if (npos != args.length) {
                    throw Errors.typeError(e.getType().getName() + "() takes no keyword arguments");
                }
                e.setArgs(PyTuple.of(pos));
                return NONE;
            }
            Map<String, Object> m = new HashMap<>();
            if (kwnames != null && kwnames.length > 0) {
                if (family.keywords.isEmpty()) {
                    throw Errors.typeError(e.getType().getName() + "() takes no keyword arguments");
                }
                for (int i = 0; i < kwnames.length; i++) {
                    if (!family.keywords.contains(kwnames[i])) {
                        throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for "
                                + family.name + "()");
                    }
                    m.put(kwnames[i], args[npos + i]);
                }
            }
            e.setArgs(PyTuple.of(pos));
            family.parse(e.getType(), pos, m, true);
            apply(e, m);
            return NONE;
        };
    }

    // ---- attributes of an instance

    /** The family attributes of {@code e}: kept if this bundle made it, else derived from {@code args}. */
    static Map<String, Object> attrs(PyBaseException e, Family family) {
        if (e instanceof ExcInstance x) {
            return x.attrs;
        }
        Map<String, Object> m = new HashMap<>();
        try {
            family.parse(e.getType(), e.getArgs().toArray(), m, false);
        } catch (PyException ignored) {
            m.clear();
        }
        m.remove(Family.ARGS);
        return m;
    }

    // ---- __str__ and __repr__

    static String baseStr(PyBaseException e) {
        PyTuple a = e.getArgs();
        switch (a.size()) {
            case 0:
                return "";
            case 1:
                return Op.str(a.get(0));
            default:
                return Texts.tupleRepr(a);
        }
    }

    static Slot.Unary strSlot(Family family) {
        return self -> {
            PyBaseException e = self(self);
            String s = family.str(e, attrs(e, family));
            return s != null ? s : baseStr(e);
        };
    }

    static Object repr(Object self) {
        PyBaseException e = self(self);
        PyTuple a = e.getArgs();
        String name = e.getType().getName();
        return a.size() == 1 ? name + "(" + Op.repr(a.get(0)) + ")" : name + Texts.tupleRepr(a);
    }

    // ---- __getattribute__

    static Slot.Binary getattrSlot(Family family) {
        return (self, nameObj) -> {
            PyBaseException e = self(self);
            if (!(nameObj instanceof String name)) {
                throw Errors.typeError("attribute name must be string, not '" + Op.typeName(nameObj) + "'");
            }
            return getAttribute(e, name, family);
        };
    }

    /** {@code e.name} for an exception: its own attributes, then the type's methods, else AttributeError. */
    static Object getAttribute(PyBaseException e, String name, Family family) {
        if (family.attributes.contains(name) || family.optional(name)) {
            // recorded by the raiser (NameError.name from a name lookup) or assigned, else from the arguments
            Object v = e.getField(name);
            if (v == null) {
                v = attrs(e, family).get(name);
            }
            if (v != null) {
                return v;
            }
            if (family.attributes.contains(name)) {
                return NONE;
            }
            throw Errors.raise(Errors.AttributeError, name); // as CPython words it for an unset member
        }
        switch (name) {
            case "args":
                return e.getArgs();
            case "__traceback__":
                return orNone(e.getTraceback());
            case "__cause__":
                return orNone(e.getCause());
            case "__context__":
                return orNone(e.getContext());
            case "__suppress_context__":
                return e.isSuppressContext();
            case "__notes__":
                if (e.getNotesObject() != null) {
                    return e.getNotesObject();
                }
                break;
            case "__class__":
                return e.getType();
            case "__dict__":
                return e.getDict();
            default:
                if (e.getType().isHeapType() || e.getDictIfPresent() != null) {
                    // descriptors of the class, then the instance __dict__, as for any object
                    return org.jyston.api.object.Attributes.genericGet(e, name);
                }
                Object v = e.getType().lookup(name);
                if (v != null) {
                    return bind(e, name, v);
                }
        }
        throw Errors.raise(Errors.AttributeError,
                "'" + e.getType().getName() + "' object has no attribute '" + name + "'");
    }

    // ---- __setattr__

    /** {@code e.name = value} for a family: its attributes ({@code errno}, {@code name}, ...) are members. */
    static Slot.Ternary setattrSlot(Family family) {
        return (self, nameObj, value) -> {
            PyBaseException e = self(self);
            if (nameObj instanceof String name && (family.attributes.contains(name) || family.optional(name))) {
                if (family == Families.GROUP) {
                    throw Errors.raise(Errors.AttributeError, "readonly attribute"); // message, exceptions
                }
                Object v = value == null ? NONE : value; // a deleted member reads as None
                if (e instanceof ExcInstance x) {
                    Map<String, Object> m = new HashMap<>(x.attrs);
                    m.put(name, v);
                    x.attrs = m;
                } else {
                    e.setField(name, v);
                }
                return NONE;
            }
            return setAttribute(self, nameObj, value);
        };
    }

    /** {@code e.name = value}: the exception's own fields, else the instance dictionary. */
    static Object setAttribute(Object self, Object nameObj, Object value) {
        PyBaseException e = self(self);
        if (!(nameObj instanceof String name)) {
            throw Errors.typeError("attribute name must be string, not '" + Op.typeName(nameObj) + "'");
        }
        switch (name) {
            case "__cause__":
                if (value == null) {
                    throw Errors.typeError("__cause__ may not be deleted");
                }
                e.setCause(exceptionOrNone(value, "exception cause"));
                return NONE;
            case "__context__":
                if (value == null) {
                    throw Errors.typeError("__context__ may not be deleted");
                }
                e.setContext(exceptionOrNone(value, "exception context"));
                return NONE;
            case "__suppress_context__":
                if (value == null) {
                    throw Errors.typeError("can't delete numeric/char attribute");
                }
                e.setSuppressContext(Op.isTrue(value));
                return NONE;
            case "__notes__":
                if (value == null && e.getNotesObject() == null) {
                    throw Errors.raise(Errors.AttributeError,
                            "'" + e.getType().getName() + "' object has no attribute '__notes__'");
                }
                e.setNotesObject(value);
                return NONE;
            case "__traceback__":
                if (value == null) {
                    throw Errors.typeError("__traceback__ may not be deleted");
                }
                if (value == NONE) {
                    e.setTraceback(null);
                } else if (value instanceof PyTraceback t) {
                    e.setTraceback(t);
                } else {
                    throw Errors.typeError("__traceback__ must be a traceback or None");
                }
                return NONE;
            case "args":
                if (value == null) {
                    throw Errors.typeError("args may not be deleted");
                }
                java.util.List<Object> items = new java.util.ArrayList<>();
                Object it = Op.iter(value);
                for (Object x = Op.next(it); x != null; x = Op.next(it)) {
                    items.add(x);
                }
                e.setArgs(org.jyston.api.object.PyTuple.of(items.toArray()));
                return NONE;
            default:
                org.jyston.api.object.Attributes.genericSet(e, name, value);
                return NONE;
        }
    }

    private static PyBaseException exceptionOrNone(Object value, String what) {
        if (value == null || value == NONE) {
            return null;
        }
        if (value instanceof PyBaseException b) {
            return b;
        }
        throw Errors.typeError(what + " must be None or derive from BaseException");
    }

    private static Object orNone(Object o) {
        return o == null ? NONE : o;
    }

    /** A method found on the type, bound to {@code self} (there is no bound-method type in the kernel yet). */
    private static Object bind(Object self, String name, Object v) {
        if (v instanceof PyBuiltinFunction f) {
            return new PyBuiltinFunction(name, (args, kw) -> f.call(prepend(self, args), kw));
        }
        if (v instanceof PySlotWrapper w) {
            return new PyBuiltinFunction(name, (args, kw) -> w.invoke(prepend(self, args), kw));
        }
        return v;
    }

    static Object[] prepend(Object self, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    // ---- methods

    /** {@code BaseException.add_note(note)}. */
    static final PyBuiltinFunction ADD_NOTE = new PyBuiltinFunction("add_note", (args, kw) -> {
        checkArity("add_note", args, kw, 1);
        PyBaseException e = self(args[0]);
        if (!(args[1] instanceof String note)) {
            throw Errors.typeError("note must be a str, not '" + Op.typeName(args[1]) + "'");
        }
        e.addNote(note);
        return NONE;
    });

    /** {@code BaseException.with_traceback(tb)}. */
    static final PyBuiltinFunction WITH_TRACEBACK = new PyBuiltinFunction("with_traceback", (args, kw) -> {
        checkArity("with_traceback", args, kw, 1);
        PyBaseException e = self(args[0]);
        Object tb = args[1];
        if (tb == NONE) {
            e.setTraceback(null);
        } else if (tb instanceof PyTraceback t) {
            e.setTraceback(t);
        } else {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        return e;
    });

    /**
     * {@code BaseException.__reduce__}: {@code (type, args)}, with the instance dictionary as state once
     * it exists (CPython tests the pointer, so an empty dictionary that was asked for counts).
     */
    static final PyBuiltinFunction REDUCE = new PyBuiltinFunction("__reduce__", (args, kw) -> {
        noArguments("__reduce__", args, kw);
        PyBaseException e = self(args[0]);
        return reduce(e, e.getArgs(), e.getDictIfPresent());
    });

    private static PyTuple reduce(PyBaseException e, PyTuple args, Object state) {
        return state == null ? PyTuple.of(e.getType(), args) : PyTuple.of(e.getType(), args, state);
    }

    /** {@code OSError.__reduce__}: the file names, which {@code args} leaves out, go back into the arguments. */
    static final PyBuiltinFunction OS_REDUCE = new PyBuiltinFunction("__reduce__", (args, kw) -> {
        noArguments("__reduce__", args, kw);
        PyBaseException e = self(args[0]);
        PyTuple a = e.getArgs();
        Object filename = getAttribute(e, "filename", Families.OS);
        if (a.size() == 2 && filename != NONE) {
            Object filename2 = getAttribute(e, "filename2", Families.OS);
            a = filename2 != NONE ? PyTuple.of(a.get(0), a.get(1), filename, NONE, filename2)
                    : PyTuple.of(a.get(0), a.get(1), filename);
        }
        return reduce(e, a, e.getDictIfPresent());
    });

    /** {@code ImportError.__reduce__}: {@code name} and {@code path}, when given, travel in the state. */
    static final PyBuiltinFunction IMPORT_REDUCE = new PyBuiltinFunction("__reduce__", (args, kw) -> {
        noArguments("__reduce__", args, kw);
        PyBaseException e = self(args[0]);
        org.jyston.api.object.PyDict dict = e.getDictIfPresent();
        org.jyston.api.object.PyDict state = dict == null ? null : dict.copy();
        Map<String, Object> m = attrs(e, Families.IMPORT);
        for (String n : new String[] {"name", "path"}) {
            Object v = e.getField(n);
            if (v == null) {
                v = m.get(n);
            }
            if (v != null) {
                if (state == null) {
                    state = new org.jyston.api.object.PyDict();
                }
                state.put(n, v);
            }
        }
        return reduce(e, e.getArgs(), state);
    });

    /** {@code BaseException.__setstate__(state)}: each item of a dictionary state becomes an attribute. */
    static final PyBuiltinFunction SETSTATE = new PyBuiltinFunction("__setstate__", (args, kw) -> {
        checkArity("__setstate__", args, kw, 1);
        PyBaseException e = self(args[0]);
        Object state = args[1];
        if (state == NONE) {
            return NONE;
        }
        org.jyston.api.object.PyDict d = state instanceof org.jyston.api.object.PyDict pd ? pd
                : state instanceof org.jyston.api.object.Derived.Value v
                        && v.value() instanceof org.jyston.api.object.PyDict pd2 ? pd2 : null;
        if (d == null) {
            throw Errors.typeError("state is not a dictionary");
        }
        // the items as they are now: a key's own __hash__ may change the dictionary while we set attributes
        Object[] keys;
        Object[] values;
        synchronized (d) {
            keys = d.keys();
            values = d.values();
        }
        for (int i = 0; i < keys.length; i++) {
            Object k = keys[i];
            if (!(org.jyston.api.object.Derived.unwrap(k) instanceof String name)) {
                throw Errors.typeError("attribute name must be string, not '" + Op.typeName(k) + "'");
            }
            Op.setattr(e, name, values[i]);
        }
        return NONE;
    });

    private static void noArguments(String name, Object[] args, String[] kw) {
        if (args.length != 1 || kw != null && kw.length > 0) {
            throw Errors.typeError("BaseException." + name + "() takes no arguments (" + (args.length - 1)
                    + " given)");
        }
    }

    private static void checkArity(String name, Object[] args, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("BaseException." + name + "() takes no keyword arguments");
        }
        if (args.length - 1 != n) {
            throw Errors.typeError("BaseException." + name + "() takes exactly one argument (" + (args.length - 1)
                    + " given)");
        }
    }

    static List<String> commonAttributes() {
        return List.of("args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__");
    }
}
