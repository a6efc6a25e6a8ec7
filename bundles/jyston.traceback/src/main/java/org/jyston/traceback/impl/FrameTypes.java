package org.jyston.traceback.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Attributes;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCode;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTraceback;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The types Python code inspects when it looks at where it is running: {@code frame} (the compiler's
 * frames, which are {@link FrameView}s), {@code code} ({@link PyCode}) and {@code traceback}
 * ({@link PyTraceback}). Read-only views, except {@code f_trace}.
 */
@Component(service = BuiltinType.class)
public class FrameTypes implements BuiltinType {

    @Override
    public List<TypeSpec> specs() {
        return List.of(code(), frame(), traceback());
    }

    /** CPython's default-repr address format, from the identity hash. */
    static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    private static Object none(Object o) {
        return o == null ? PyNone.None : o;
    }

    // ---------------------------------------------------------------- frame

    private static TypeSpec frame() {
        return new TypeSpec("frame").flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .binary(Slot.GETATTRIBUTE, (self, name) -> frameAttribute((FrameView) self, (String) name))
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    setFrameAttribute((FrameView) self, (String) name, value);
                    return PyNone.None;
                })
                .attribute("clear", new PyBuiltinFunction("clear", (a, kw) -> {
                    ((FrameView) a[0]).clear();
                    return PyNone.None;
                }))
                .unary(Slot.REPR, self -> {
                    FrameView f = (FrameView) self;
                    return "<frame at " + address(f) + ", file '" + f.code().filename() + "', line " + f.lineno()
                            + ", code " + f.code().name() + ">";
                });
    }

    private static Object frameAttribute(FrameView f, String name) {
        switch (name) {
            case "f_code":
                return none(f.codeObject());
            case "f_lineno":
                return (long) f.lineno();
            case "f_locals":
                return f.locals();
            case "f_globals":
                return f.globals();
            case "f_builtins":
                return f.builtins();
            case "f_back":
                return none(f.back());
            case "f_trace":
                return f.trace();
            case "f_trace_lines":
                return Boolean.TRUE;
            case "f_trace_opcodes":
                return Boolean.FALSE;
            case "f_lasti": {
                PyCode c = f.codeObject();
                return (long) (c == null ? 0 : c.offsetOfLine(f.lineno()));
            }
            default:
                return Attributes.genericGet(f, name);
        }
    }

    private static void setFrameAttribute(FrameView f, String name, Object value) {
        switch (name) {
            case "f_trace":
                f.setTrace(value == null ? PyNone.None : value);
                return;
            case "f_lineno":
                throw Errors.valueError("f_lineno can only be set by a trace function");
            case "f_trace_lines":
            case "f_trace_opcodes":
                return;
            case "f_code":
            case "f_locals":
            case "f_globals":
            case "f_builtins":
            case "f_back":
            case "f_lasti":
                throw Errors.raise(Errors.AttributeError, "attribute '" + name + "' of 'frame' objects is not writable");
            default:
                Attributes.genericSet(f, name, value);
        }
    }

    // ---------------------------------------------------------------- code

    private static TypeSpec code() {
        return new TypeSpec("code").flag(TypeSpec.Flag.HIDDEN).representation(PyCode.class)
                .binary(Slot.GETATTRIBUTE, (self, name) -> codeAttribute((PyCode) self, (String) name))
                .attribute("co_lines", new PyBuiltinFunction("co_lines",
                        (a, kw) -> Op.iter(new PyList(((PyCode) a[0]).lineTuples().toArray()))))
                .attribute("co_positions", new PyBuiltinFunction("co_positions",
                        (a, kw) -> Op.iter(new PyList(((PyCode) a[0]).positionTuples().toArray()))))
                .attribute("replace", new PyBuiltinFunction("replace", FrameTypes::replace))
                .unary(Slot.REPR, self -> {
                    PyCode c = (PyCode) self;
                    return "<code object " + c.name + " at " + address(c) + ", file \"" + c.filename + "\", line "
                            + c.firstlineno + ">";
                });
    }

    private static Object codeAttribute(PyCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.filename;
            case "co_firstlineno":
                return (long) c.firstlineno;
            case "co_varnames":
                return c.varnames;
            case "co_cellvars":
                return c.cellvars;
            case "co_freevars":
                return c.freevars;
            case "co_names":
                return c.names;
            case "co_consts":
                return c.consts;
            case "co_argcount":
                return (long) c.argcount;
            case "co_posonlyargcount":
                return (long) c.posonlyargcount;
            case "co_kwonlyargcount":
                return (long) c.kwonlyargcount;
            case "co_nlocals":
                return (long) c.nlocals();
            case "co_flags":
                return (long) c.flags;
            case "co_stacksize":
                return (long) c.stacksize;
            default:
                return Attributes.genericGet(c, name);
        }
    }

    /** {@code code.replace(**changes)} for the naming fields: a copy, not tied to runnable code. */
    private static Object replace(Object[] a, String[] kw) {
        if (a.length - (kw == null ? 0 : kw.length) != 1) {
            throw Errors.typeError("replace() takes no positional arguments");
        }
        PyCode c = (PyCode) a[0];
        String name = null;
        String qualname = null;
        String filename = null;
        Integer first = null;
        int k0 = a.length - (kw == null ? 0 : kw.length);
        for (int i = 0; kw != null && i < kw.length; i++) {
            Object v = a[k0 + i];
            switch (kw[i]) {
                case "co_name" -> name = str(kw[i], v);
                case "co_qualname" -> qualname = str(kw[i], v);
                case "co_filename" -> filename = str(kw[i], v);
                case "co_firstlineno" -> first = (int) (long) (Long) Op.index(v);
                default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for replace()");
            }
        }
        return c.replace(name, qualname, filename, first);
    }

    private static String str(String arg, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError("replace() argument '" + arg + "' must be str, not " + Op.typeName(v));
    }

    // ---------------------------------------------------------------- traceback

    private static final String[] TB_ARGS = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};

    private static TypeSpec traceback() {
        return new TypeSpec("traceback").flag(TypeSpec.Flag.HIDDEN).representation(PyTraceback.class)
                .call(Slot.NEW, (cls, args, kw) -> newTraceback(args, kw))
                .binary(Slot.GETATTRIBUTE, (self, name) -> {
                    PyTraceback tb = (PyTraceback) self;
                    switch ((String) name) {
                        case "tb_next":
                            return none(tb.next());
                        case "tb_lineno":
                            return (long) tb.lineno();
                        case "tb_frame":
                            return none(tb.frame());
                        case "tb_lasti": {
                            if (tb.lasti() != PyTraceback.NO_LASTI) {
                                return (long) tb.lasti();
                            }
                            PyCode c = tb.frame() == null ? null : tb.frame().codeObject();
                            return (long) (c == null ? -1 : c.offsetOf(tb.pos()));
                        }
                        default:
                            return Attributes.genericGet(self, (String) name);
                    }
                })
                .ternary(Slot.SETATTR, (self, name, value) -> {
                    setTracebackAttribute((PyTraceback) self, (String) name, value);
                    return PyNone.None;
                })
                .binary(Slot.DELATTR, (self, name) -> {
                    setTracebackAttribute((PyTraceback) self, (String) name, null);
                    return PyNone.None;
                })
                .unary(Slot.REPR, self -> "<traceback object at " + address(self) + ">");
    }

    /** {@code tb.tb_next = x} with CPython's checks: a traceback or None, and no cycle. */
    private static void setTracebackAttribute(PyTraceback tb, String name, Object value) {
        switch (name) {
            case "tb_next": {
                if (value == null) {
                    throw Errors.typeError("can't delete tb_next attribute");
                }
                PyTraceback next;
                if (value == PyNone.None) {
                    next = null;
                } else if (value instanceof PyTraceback t) {
                    next = t;
                } else {
                    throw Errors.typeError("expected traceback object, got '" + Op.typeName(value) + "'");
                }
                if (tb.wouldLoop(next)) {
                    throw Errors.valueError("traceback loop detected");
                }
                tb.setNext(next);
                return;
            }
            case "tb_frame":
            case "tb_lasti":
            case "tb_lineno":
                throw Errors.raise(Errors.AttributeError,
                        "attribute '" + name + "' of 'traceback' objects is not writable");
            default:
                Attributes.genericSet(tb, name, value);
        }
    }

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, with CPython's argument checks. */
    private static Object newTraceback(Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (args.length > 4) {
            throw Errors.typeError("TracebackType() takes at most 4 arguments (" + args.length + " given)");
        }
        Object[] v = new Object[4];
        System.arraycopy(args, 0, v, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int k = java.util.Arrays.asList(TB_ARGS).indexOf(kw[i]);
            if (k < 0) {
                throw Errors.typeError("TracebackType() got an unexpected keyword argument '" + kw[i] + "'");
            }
            if (k < npos) {
                throw Errors.typeError("argument for TracebackType() given by name ('" + kw[i]
                        + "') and position (" + (k + 1) + ")");
            }
            v[k] = args[npos + i];
        }
        for (int k = 0; k < 4; k++) {
            if (v[k] == null) {
                throw Errors.typeError("TracebackType() missing required argument '" + TB_ARGS[k] + "' (pos "
                        + (k + 1) + ")");
            }
        }
        if (!(v[1] instanceof FrameView frame)) {
            throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not " + Op.typeName(v[1]));
        }
        int lasti = cInt(v[2]);
        int lineno = cInt(v[3]);
        PyTraceback next;
        if (v[0] == PyNone.None) {
            next = null;
        } else if (v[0] instanceof PyTraceback t) {
            next = t;
        } else {
            throw Errors.typeError("expected traceback object or None, got '" + Op.typeName(v[0]) + "'");
        }
        return new PyTraceback(frame, frame.code(), new org.jyston.api.ast.Pos(lineno, -1, lineno, -1), next, lasti);
    }

    /** An {@code int} argument converted as CPython's {@code "i"} format does. */
    private static int cInt(Object o) {
        Object i = Op.index(o);
        if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        if (i instanceof Long l && l > Integer.MAX_VALUE || i instanceof java.math.BigInteger b && b.signum() > 0) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        throw Errors.overflow("Python int too small to convert to C int");
    }
}
