package org.jyston.type.exception.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The builtin exception hierarchy of Python 3.11, {@code BaseException} and its 66 subclasses. */
@Component(service = BuiltinType.class)
public class ExceptionTypes implements BuiltinType {

    /** Each builtin exception with its bases, bases before subclasses (as CPython 3.11's {@code __bases__}). */
    static final String[][] HIERARCHY = {
        {"BaseException", "object"},
        {"BaseExceptionGroup", "BaseException"},
        {"Exception", "BaseException"},
        {"ExceptionGroup", "BaseExceptionGroup", "Exception"},
        {"ArithmeticError", "Exception"},
        {"FloatingPointError", "ArithmeticError"},
        {"OverflowError", "ArithmeticError"},
        {"ZeroDivisionError", "ArithmeticError"},
        {"AssertionError", "Exception"},
        {"AttributeError", "Exception"},
        {"BufferError", "Exception"},
        {"EOFError", "Exception"},
        {"ImportError", "Exception"},
        {"ModuleNotFoundError", "ImportError"},
        {"LookupError", "Exception"},
        {"IndexError", "LookupError"},
        {"KeyError", "LookupError"},
        {"MemoryError", "Exception"},
        {"NameError", "Exception"},
        {"UnboundLocalError", "NameError"},
        {"OSError", "Exception"},
        {"BlockingIOError", "OSError"},
        {"ChildProcessError", "OSError"},
        {"ConnectionError", "OSError"},
        {"BrokenPipeError", "ConnectionError"},
        {"ConnectionAbortedError", "ConnectionError"},
        {"ConnectionRefusedError", "ConnectionError"},
        {"ConnectionResetError", "ConnectionError"},
        {"FileExistsError", "OSError"},
        {"FileNotFoundError", "OSError"},
        {"InterruptedError", "OSError"},
        {"IsADirectoryError", "OSError"},
        {"NotADirectoryError", "OSError"},
        {"PermissionError", "OSError"},
        {"ProcessLookupError", "OSError"},
        {"TimeoutError", "OSError"},
        {"ReferenceError", "Exception"},
        {"RuntimeError", "Exception"},
        {"NotImplementedError", "RuntimeError"},
        {"RecursionError", "RuntimeError"},
        {"StopAsyncIteration", "Exception"},
        {"StopIteration", "Exception"},
        {"SyntaxError", "Exception"},
        {"IndentationError", "SyntaxError"},
        {"TabError", "IndentationError"},
        {"SystemError", "Exception"},
        {"TypeError", "Exception"},
        {"ValueError", "Exception"},
        {"UnicodeError", "ValueError"},
        {"UnicodeDecodeError", "UnicodeError"},
        {"UnicodeEncodeError", "UnicodeError"},
        {"UnicodeTranslateError", "UnicodeError"},
        {"Warning", "Exception"},
        {"BytesWarning", "Warning"},
        {"DeprecationWarning", "Warning"},
        {"EncodingWarning", "Warning"},
        {"FutureWarning", "Warning"},
        {"ImportWarning", "Warning"},
        {"PendingDeprecationWarning", "Warning"},
        {"ResourceWarning", "Warning"},
        {"RuntimeWarning", "Warning"},
        {"SyntaxWarning", "Warning"},
        {"UnicodeWarning", "Warning"},
        {"UserWarning", "Warning"},
        {"GeneratorExit", "BaseException"},
        {"KeyboardInterrupt", "BaseException"},
        {"SystemExit", "BaseException"},
    };

    /** The types that start a family with their own constructor rules, attributes or str. */
    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("BaseException", Family.BASE);
        FAMILIES.put("BaseExceptionGroup", Families.GROUP);
        FAMILIES.put("KeyError", Families.KEY);
        FAMILIES.put("ImportError", Families.IMPORT);
        FAMILIES.put("NameError", Families.NAME);
        FAMILIES.put("AttributeError", Families.ATTRIBUTE);
        FAMILIES.put("OSError", Families.OS);
        FAMILIES.put("StopIteration", Families.STOP_ITERATION);
        FAMILIES.put("SystemExit", Families.SYSTEM_EXIT);
        FAMILIES.put("SyntaxError", Families.SYNTAX);
        FAMILIES.put("UnicodeEncodeError", Families.UNICODE_ENCODE);
        FAMILIES.put("UnicodeDecodeError", Families.UNICODE_DECODE);
        FAMILIES.put("UnicodeTranslateError", Families.UNICODE_TRANSLATE);
    }

    private volatile List<TypeSpec> specs;

    @Override
    public List<TypeSpec> specs() {
        List<TypeSpec> s = specs;
        if (s == null) {
            specs = s = build();
        }
        return s;
    }

    static List<TypeSpec> build() {
        List<TypeSpec> out = new ArrayList<>();
        for (String[] row : HIERARCHY) {
            TypeSpec spec = new TypeSpec(row[0]);
            for (int i = 1; i < row.length; i++) {
                if (!row[i].equals("object")) {
                    spec.base(row[i]);
                }
            }
            spec.flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.EXCEPTION);
            Family f = FAMILIES.get(row[0]);
            if (f != null) {
                family(spec, row[0], f);
            }
            out.add(spec);
        }
        return List.copyOf(out);
    }

    /**
     * BaseException's own state as descriptors in its dictionary, as CPython lists them in
     * {@code dir()}; reads and writes still go through the exception's {@code __getattribute__}, which
     * answers these names first, so the descriptors only serve code that fetches them from the class.
     */
    private static void stateDescriptors(TypeSpec spec, Family f) {
        Slot.Binary get = ExceptionSlots.getattrSlot(f);
        Slot.Ternary set = ExceptionSlots.setattrSlot(f);
        String[][] names = {{"args", null}, {"__traceback__", null}, {"__cause__", "exception cause"},
            {"__context__", "exception context"}, {"__suppress_context__", null}, {"__dict__", null}};
        for (String[] n : names) {
            String name = n[0];
            org.jyston.api.object.GetSetDescriptor.Getter g = obj -> get.apply(obj, name);
            org.jyston.api.object.GetSetDescriptor.Setter w = (obj, v) -> set.apply(obj, name, v);
            spec.attribute(name, name.equals("__suppress_context__")
                    ? org.jyston.api.object.GetSetDescriptor.member(name, "BaseException", g, w, null)
                    : new org.jyston.api.object.GetSetDescriptor(name, "BaseException", g, w, n[1]));
        }
    }

    private static void family(TypeSpec spec, String name, Family f) {
        switch (name) {
            case "BaseException":
                spec.call(Slot.NEW, ExceptionSlots.newSlot(f))
                        .unary(Slot.REPR, ExceptionSlots::repr)
                        .attribute("add_note", ExceptionSlots.ADD_NOTE)
                        .attribute("with_traceback", ExceptionSlots.WITH_TRACEBACK)
                        .attribute("__reduce__", ExceptionSlots.REDUCE)
                        .attribute("__setstate__", ExceptionSlots.SETSTATE)
                        .doc("Common base class for all exceptions");
                stateDescriptors(spec, f);
                break;
            case "BaseExceptionGroup":
                spec.call(Slot.NEW, Groups::newGroup)
                        .attribute("derive", Groups.DERIVE)
                        .attribute("split", Groups.SPLIT)
                        .attribute("subgroup", Groups.SUBGROUP)
                        .attribute("__class_getitem__", org.jyston.api.object.PyGenericAlias.classGetItem());
                break;
            case "OSError":
                spec.call(Slot.NEW, ExceptionSlots::newOSError).attribute("__reduce__", ExceptionSlots.OS_REDUCE);
                break;
            case "ImportError":
                spec.call(Slot.NEW, ExceptionSlots.newSlot(f)).attribute("__reduce__", ExceptionSlots.IMPORT_REDUCE);
                break;
            default:
                // Other families keep BaseException.__new__; their INIT parses the arguments. NEW must
                // parse with the right family though, so each gets its own.
                spec.call(Slot.NEW, ExceptionSlots.newSlot(f));
                break;
        }
        Slot.Ternary setattr = ExceptionSlots.setattrSlot(f);
        spec.call(Slot.INIT, ExceptionSlots.initSlot(f))
                .unary(Slot.STR, ExceptionSlots.strSlot(f))
                .binary(Slot.GETATTRIBUTE, ExceptionSlots.getattrSlot(f))
                .ternary(Slot.SETATTR, setattr)
                // deleting goes through the same place, so __notes__ and __traceback__ are handled there
                .binary(Slot.DELATTR, (self, attr) -> setattr.apply(self, attr, null));
    }
}
