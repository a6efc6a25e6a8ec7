package org.jyston.type.exception.impl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;

/** The families of exceptions with their own arguments, attributes and {@code str}. */
final class Families {
    private Families() {}

    private static final Object NONE = PyNone.None;

    /** {@code KeyError}: the one argument is shown by its repr. */
    static final Family KEY = new Family("KeyError", Set.of(), List.of()) {
        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            PyTuple a = e.getArgs();
            return a.size() == 1 ? Op.repr(a.get(0)) : null;
        }
    };

    /** {@code StopIteration.value}: the first argument. */
    static final Family STOP_ITERATION = new Family("StopIteration", Set.of(), List.of("value")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            out.put("value", args.length > 0 ? args[0] : NONE);
        }
    };

    /** {@code SystemExit.code}: None, the one argument, or the args tuple. */
    static final Family SYSTEM_EXIT = new Family("SystemExit", Set.of(), List.of("code")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            out.put("code", args.length == 0 ? NONE : args.length == 1 ? args[0] : PyTuple.of(args));
        }
    };

    /** {@code ImportError(msg, name=, path=)}. */
    static final Family IMPORT = new Family("ImportError", Set.of("name", "path"), List.of("msg", "name", "path")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            if (args.length == 1) {
                out.put("msg", args[0]);
            }
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            return attrs.get("msg") instanceof String s ? s : null;
        }
    };

    /** {@code NameError(..., name=)}. */
    static final Family NAME = new Family("NameError", Set.of("name"), List.of("name"));

    /** {@code AttributeError(..., name=, obj=)}. */
    static final Family ATTRIBUTE = new Family("AttributeError", Set.of("name", "obj"), List.of("name", "obj"));

    /** {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}. */
    static final Family OS = new Family("OSError", Set.of(),
            List.of("errno", "strerror", "filename", "filename2")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            int n = args.length;
            if (n < 2 || n > 5) {
                return;
            }
            out.put("errno", args[0]);
            out.put("strerror", args[1]);
            Object filename = n > 2 ? args[2] : null;
            PyType blocking = org.jyston.api.object.TypeRegistry.byName("BlockingIOError");
            if (filename != null && blocking != null && type.isSubtypeOf(blocking) && Texts.isInt(filename)) {
                out.put("characters_written", filename);
                filename = null;
            }
            if (filename != null) {
                out.put("filename", filename);
                if (filename != NONE) {
                    out.put(ARGS, PyTuple.of(args[0], args[1]));
                    if (n > 4) {
                        out.put("filename2", args[4]);
                    }
                }
            }
        }

        @Override
        boolean optional(String attrName) {
            return attrName.equals("characters_written");
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            Object filename = attrs.get("filename");
            Object filename2 = attrs.get("filename2");
            if (filename != null && filename != NONE) {
                String s = "[Errno " + Op.str(attrs.get("errno")) + "] " + Op.str(attrs.get("strerror")) + ": "
                        + Op.repr(filename);
                if (filename2 != null && filename2 != NONE) {
                    s += " -> " + Op.repr(filename2);
                }
                return s;
            }
            if (attrs.containsKey("errno") && attrs.containsKey("strerror")) {
                return "[Errno " + Op.str(attrs.get("errno")) + "] " + Op.str(attrs.get("strerror"));
            }
            return null;
        }
    };

    /** {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. */
    static final Family SYNTAX = new Family("SyntaxError", Set.of(), List.of("msg", "filename", "lineno",
            "offset", "text", "end_lineno", "end_offset", "print_file_and_line")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            if (args.length >= 1) {
                out.put("msg", args[0]);
            }
            if (args.length == 2) {
                Object[] info = sequence(args[1]);
                if (info == null) {
                    if (strict) {
                        throw Errors.typeError("'" + Op.typeName(args[1]) + "' object is not iterable");
                    }
                    return;
                }
                if (info.length < 4 || info.length > 6) {
                    if (strict) {
                        throw Errors.typeError("function takes " + (info.length < 4 ? "at least 4" : "at most 6")
                                + " arguments (" + info.length + " given)");
                    }
                    return;
                }
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                for (int i = 0; i < info.length; i++) {
                    out.put(names[i], info[i]);
                }
            }
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            String msg = Op.str(attrs.getOrDefault("msg", NONE));
            Object fn = attrs.get("filename");
            String file = fn instanceof String s ? s.substring(s.lastIndexOf('/') + 1) : null;
            Object ln = attrs.get("lineno");
            boolean haveLine = ln != null && Texts.isExactInt(ln);
            if (file != null && haveLine) {
                return msg + " (" + file + ", line " + Op.str(ln) + ")";
            } else if (file != null) {
                return msg + " (" + file + ")";
            } else if (haveLine) {
                return msg + " (line " + Op.str(ln) + ")";
            }
            return msg;
        }
    };

    /** The items of a tuple-like argument (tuple, Java list or array, str), or null. */
    static Object[] sequence(Object o) {
        if (o instanceof PyTuple t) {
            return t.toArray();
        }
        if (o instanceof org.jyston.api.object.PyList l) {
            return l.toArray();
        }
        if (o instanceof List<?> l) {
            return l.toArray();
        }
        if (o instanceof Object[] a) {
            return a.clone();
        }
        if (o instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).toArray();
        }
        return null;
    }

    /** Common to the three Unicode errors: the str with "character" or "characters in position". */
    private abstract static class UnicodeFamily extends Family {
        final int count;

        UnicodeFamily(String name, int count, List<String> attributes) {
            super(name, Set.of(), attributes);
            this.count = count;
        }

        /** Argument checks as CPython's {@code PyArg_ParseTuple} formats ("UUnnU" and the like). */
        void checkArgs(Object[] args, char[] kinds) {
            if (args.length != count) {
                throw Errors.typeError("function takes exactly " + count + " argument" + (count == 1 ? "" : "s")
                        + " (" + args.length + " given)");
            }
            for (int i = 0; i < count; i++) {
                Object a = args[i];
                switch (kinds[i]) {
                    case 'U':
                        if (!(a instanceof String)) {
                            throw Errors.typeError("argument " + (i + 1) + " must be str, not " + Op.typeName(a));
                        }
                        break;
                    case 'y':
                        if (!isBytesLike(a)) {
                            throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(a) + "'");
                        }
                        break;
                    case 'n':
                        if (!Texts.isInt(a)) {
                            throw Errors.typeError("'" + Op.typeName(a) + "' object cannot be interpreted as an integer");
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        private static boolean isBytesLike(Object a) {
            if (a instanceof org.jyston.api.object.PyBytes || a instanceof org.jyston.api.object.PyBuffer) {
                return true;
            }
            PyType t = PyType.of(a);
            return t.isSubtypeOf(BYTES.get()) || t.isSubtypeOf(BYTEARRAY.get()) || t.isSubtypeOf(MEMORYVIEW.get());
        }

        /** Code point at index {@code i} of {@code s}, or -1 if out of range. */
        static int codePointAt(String s, long i) {
            int n = s.codePointCount(0, s.length());
            if (i < 0 || i >= n) {
                return -1;
            }
            return s.codePointAt(s.offsetByCodePoints(0, (int) i));
        }

        static String escape(int c) {
            if (c <= 0xff) {
                return String.format("\\x%02x", c);
            } else if (c <= 0xffff) {
                return String.format("\\u%04x", c);
            }
            return String.format("\\U%08x", c);
        }
    }

    /** {@code UnicodeEncodeError(encoding, object, start, end, reason)}. */
    static final Family UNICODE_ENCODE = new UnicodeFamily("UnicodeEncodeError", 5,
            List.of("encoding", "object", "start", "end", "reason")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            checkArgs(args, "UUnnU".toCharArray());
            putAll(out, args, attributes);
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            if (!(attrs.get("object") instanceof String obj) || !attrs.containsKey("start")) {
                return null;
            }
            long start = Texts.toLong(attrs.get("start"));
            long end = Texts.toLong(attrs.get("end"));
            String enc = Op.str(attrs.get("encoding"));
            String reason = Op.str(attrs.get("reason"));
            int c = codePointAt(obj, start);
            if (end == start + 1 && c >= 0) {
                return "'" + enc + "' codec can't encode character '" + escape(c) + "' in position " + start + ": "
                        + reason;
            }
            return "'" + enc + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason;
        }
    };

    private static final org.jyston.api.object.TypeRef BYTES = org.jyston.api.object.TypeRef.of("bytes");
    private static final org.jyston.api.object.TypeRef BYTEARRAY = org.jyston.api.object.TypeRef.of("bytearray");
    private static final org.jyston.api.object.TypeRef MEMORYVIEW = org.jyston.api.object.TypeRef.of("memoryview");

    /** {@code UnicodeDecodeError(encoding, object, start, end, reason)}; object as a byte[] if any. */
    static final Family UNICODE_DECODE = new UnicodeFamily("UnicodeDecodeError", 5,
            List.of("encoding", "object", "start", "end", "reason")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            checkArgs(args, "UynnU".toCharArray());
            PyType bytes = BYTES.get();
            if (PyType.of(args[1]) != bytes) {
                args = args.clone();
                args[1] = org.jyston.api.object.Op.call(bytes, args[1]); // CPython keeps a bytes copy of any buffer
            }
            putAll(out, args, attributes);
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            if (!attrs.containsKey("start")) {
                return null;
            }
            long start = Texts.toLong(attrs.get("start"));
            long end = Texts.toLong(attrs.get("end"));
            String enc = Op.str(attrs.get("encoding"));
            String reason = Op.str(attrs.get("reason"));
            Object obj = attrs.get("object");
            byte[] b = obj instanceof byte[] raw ? raw
                    : obj instanceof org.jyston.api.object.PyBytes pb ? pb.array() : null;
            if (end == start + 1 && b != null && start >= 0 && start < b.length) {
                return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b[(int) start] & 0xff)
                        + " in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
    };

    /** {@code UnicodeTranslateError(object, start, end, reason)}. */
    static final Family UNICODE_TRANSLATE = new UnicodeFamily("UnicodeTranslateError", 4,
            List.of("encoding", "object", "start", "end", "reason")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            checkArgs(args, "UnnU".toCharArray());
            putAll(out, args, attributes.subList(1, 5));
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            if (!(attrs.get("object") instanceof String obj) || !attrs.containsKey("start")) {
                return null;
            }
            long start = Texts.toLong(attrs.get("start"));
            long end = Texts.toLong(attrs.get("end"));
            String reason = Op.str(attrs.get("reason"));
            int c = codePointAt(obj, start);
            if (end == start + 1 && c >= 0) {
                return "can't translate character '" + escape(c) + "' in position " + start + ": " + reason;
            }
            return "can't translate characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
    };

    private static void putAll(Map<String, Object> out, Object[] args, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), args[i]);
        }
    }

    /** {@code BaseExceptionGroup(message, exceptions)}: made by its {@code __new__}, see {@link Groups}. */
    static final Family GROUP = new Family("BaseExceptionGroup", Set.of(), List.of("message", "exceptions")) {
        @Override
        void parse(PyType type, Object[] args, Map<String, Object> out, boolean strict) {
            if (args.length == 2) {
                Object[] items = sequence(args[1]);
                out.put("message", args[0]);
                if (items != null) {
                    out.put("exceptions", PyTuple.of(items));
                }
            }
        }

        @Override
        String str(PyBaseException e, Map<String, Object> attrs) {
            Object excs = attrs.get("exceptions");
            if (!(excs instanceof PyTuple t)) {
                return null;
            }
            int n = t.size();
            return Op.str(attrs.get("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
    };
}
