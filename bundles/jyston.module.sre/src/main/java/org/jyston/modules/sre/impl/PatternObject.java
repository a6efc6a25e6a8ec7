package org.jyston.modules.sre.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.FrameView;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyThreadState;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;

/** A compiled regular expression: CPython's {@code re.Pattern} (made by {@code _sre.compile}). */
final class PatternObject {
    /** The source (str or bytes), or None when compiled from a parsed pattern. */
    final Object pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** Group names to numbers, or null when the pattern has no named group. */
    final PyDict groupindex;
    /** Numbers to names (None for unnamed groups), or null. */
    final PyTuple indexgroup;
    /** 1 bytes, 0 str, -1 unknown (pattern None: either kind of subject). */
    final int isBytes;
    /**
     * The subject of the latest call, reused when the same immutable object comes again (a tokenizer
     * calling {@code match(s, pos)} along one string prepares it once). A racy cache of an immutable value.
     */
    private volatile Subject last;
    /** The INFO block's literal prefix as a string (for String.indexOf), or null. */
    private final String prefix;

    PatternObject(Object pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, int isBytes) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = isBytes;
        this.prefix = literalPrefix(code);
    }

    /** The literal prefix of the INFO block, if every character of it is in the BMP. */
    private static String literalPrefix(int[] code) {
        if (code.length < 8 || code[0] != Codes.INFO || (code[2] & Codes.INFO_PREFIX) == 0) {
            return null;
        }
        int n = code[5];
        if (n <= 0 || 7 + n > code.length) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = code[7 + i];
            if (c < 0 || c > 0xFFFF || Character.isSurrogate((char) c)) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    Subject subject(Object string) {
        Subject s = last;
        if (s != null && s.isFor(string)) {
            return s;
        }
        s = Subject.of(string);
        if (s.isBytes && isBytes == 0) {
            throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes && isBytes == 1) {
            throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        }
        last = s;
        return s;
    }

    Engine engine(Subject s, long pos, long endpos) {
        return new Engine(code, groups, s, pos, endpos, prefix);
    }

    Engine engine(Object string, long pos, long endpos) {
        return new Engine(code, groups, subject(string), pos, endpos, prefix);
    }

    MatchObject newMatch(Engine e, Object string) {
        int[] regs = new int[2 * (groups + 1)];
        regs[0] = e.matchStart;
        regs[1] = e.matchEnd;
        for (int g = 0; g < groups; g++) {
            int a = e.groupStart(g);
            int b = e.groupEnd(g);
            if (a > b) {
                throw Errors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
            }
            regs[2 * g + 2] = a;
            regs[2 * g + 3] = b;
        }
        return new MatchObject(this, string, e.subject, e.start, e.end, regs, e.lastIndex);
    }

    // ---- the operations

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    /** {@code match}, {@code fullmatch} and {@code search}. */
    Object find(String fname, Object[] args, String[] kw, int how) {
        Object[] a = Args.parse(fname, args, kw, STRING_POS_ENDPOS, 1);
        Engine e = engine(a[0], Args.ssize(a[1], 0), Args.ssize(a[2], Long.MAX_VALUE));
        boolean found;
        if (how == 2) {
            found = e.search(e.start);
        } else {
            e.matchAll = how == 1;
            found = e.match(e.start);
        }
        return found ? newMatch(e, a[0]) : PyNone.None;
    }

    Object findall(Object[] args, String[] kw) {
        Object[] a = Args.parse("findall", args, kw, STRING_POS_ENDPOS, 1);
        Engine e = engine(a[0], Args.ssize(a[1], 0), Args.ssize(a[2], Long.MAX_VALUE));
        Subject s = e.subject;
        List<Object> out = new ArrayList<>();
        int from = e.start;
        while (from <= e.end) {
            if (!e.search(from)) {
                break;
            }
            Object item;
            if (groups == 0) {
                item = s.slice(e.matchStart, e.matchEnd);
            } else if (groups == 1) {
                item = markSlice(e, 0, s);
            } else {
                Object[] t = new Object[groups];
                for (int g = 0; g < groups; g++) {
                    t[g] = markSlice(e, g, s);
                }
                item = PyTuple.of(t);
            }
            out.add(item);
            e.mustAdvance = e.matchEnd == e.matchStart;
            from = e.matchEnd;
        }
        return new PyList(out.toArray());
    }

    /** Group {@code g + 1} of the engine's match, or the empty string when it did not take part. */
    private static Object markSlice(Engine e, int g, Subject s) {
        int a = e.groupStart(g);
        return a >= 0 ? s.slice(a, checkedEnd(a, e.groupEnd(g))) : s.empty();
    }

    /** A group's end, refused as CPython refuses a span that ends before it starts. */
    private static int checkedEnd(int start, int end) {
        if (start > end) {
            throw Errors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
        }
        return end;
    }

    Object split(Object[] args, String[] kw) {
        Object[] a = Args.parse("split", args, kw, new String[] {"string", "maxsplit"}, 1);
        long maxsplit = Args.ssize(a[1], 0);
        Engine e = engine(a[0], 0, Long.MAX_VALUE);
        Subject s = e.subject;
        List<Object> out = new ArrayList<>();
        long n = 0;
        int last = e.start;
        int from = e.start;
        while (maxsplit == 0 || n < maxsplit) {
            if (!e.search(from)) {
                break;
            }
            out.add(s.slice(last, e.matchStart));
            for (int g = 0; g < groups; g++) {
                int x = e.groupStart(g);
                out.add(x >= 0 ? s.slice(x, checkedEnd(x, e.groupEnd(g))) : PyNone.None);
            }
            n++;
            e.mustAdvance = e.matchEnd == e.matchStart;
            last = from = e.matchEnd;
        }
        out.add(s.slice(last, e.end));
        return new PyList(out.toArray());
    }

    /** {@code sub} and {@code subn}. */
    Object subx(String fname, Object[] args, String[] kw, boolean withCount) {
        Object[] a = Args.parse(fname, args, kw, new String[] {"repl", "string", "count"}, 2);
        Object repl = a[0];
        Object string = a[1];
        long count = Args.ssize(a[2], 0);
        Object filter;
        boolean callable;
        if (isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            if (isLiteral(repl)) {
                filter = repl;
                callable = false;
            } else {
                filter = Op.call(reModuleAttr("_subx"), this, repl);
                callable = isCallable(filter);
            }
        }
        Engine e = engine(string, 0, Long.MAX_VALUE);
        Subject s = e.subject;
        List<Object> out = new ArrayList<>();
        long n = 0;
        int i = 0;
        int from = e.start;
        while (count == 0 || n < count) {
            if (!e.search(from)) {
                break;
            }
            int b = e.matchStart;
            int end = e.matchEnd;
            if (i < b) {
                out.add(s.slice(i, b));
            }
            Object item = callable ? Op.call(filter, newMatch(e, string)) : filter;
            if (item != PyNone.None) {
                out.add(item);
            }
            i = end;
            n++;
            e.mustAdvance = end == b;
            from = end;
        }
        if (i < e.end) {
            out.add(s.slice(i, e.end));
        }
        Object joined = join(out, s.isBytes);
        return withCount ? PyTuple.of(joined, n) : joined;
    }

    private static boolean isCallable(Object o) {
        return o instanceof PyCallable || PyType.of(o).slot(Slot.CALL) != null;
    }

    /** A str or bytes-like template without a backslash is used as it is (CPython skips the template compiler). */
    private static boolean isLiteral(Object repl) {
        Object v = Derived.unwrap(repl);
        if (v instanceof String str) {
            return str.indexOf('\\') < 0;
        }
        byte[] data = v instanceof PyBytes b ? b.array() : v instanceof PyByteArray ba ? ba.toByteArray() : null;
        if (data == null) {
            return false;
        }
        for (byte x : data) {
            if (x == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The pieces of a substitution joined as CPython does: str.join, or bytes.join for any bytes-like subject. */
    private static Object join(List<Object> parts, boolean bytes) {
        if (!bytes) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < parts.size(); k++) {
                Object p = Derived.unwrap(parts.get(k));
                if (!(p instanceof String str)) {
                    throw Errors.typeError("sequence item " + k + ": expected str instance, " + Op.typeName(parts.get(k))
                            + " found");
                }
                sb.append(str);
            }
            return sb.toString();
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < parts.size(); k++) {
            Object p = parts.get(k);
            Object v = Derived.unwrap(p);
            if (v instanceof PyBytes b) {
                buf.write(b.array(), 0, b.size());
            } else if (v instanceof PyByteArray b) {
                byte[] d = b.toByteArray();
                buf.write(d, 0, d.length);
            } else if (PyType.of(p).getName().equals("memoryview")) {
                PyBytes b = (PyBytes) Op.call(org.jyston.api.object.TypeRef.of("bytes").get(), p);
                buf.write(b.array(), 0, b.size());
            } else {
                throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, " + Op.typeName(p)
                        + " found");
            }
        }
        return PyBytes.wrap(buf.toByteArray());
    }

    /** An attribute of the {@code re} module, imported as CPython's {@code _sre} does (through {@code __import__}). */
    static Object reModuleAttr(String name) {
        FrameView f = PyThreadState.current().frame;
        Object imp = f == null ? null : f.builtins().get("__import__");
        if (imp == null) {
            throw Errors.raise(org.jyston.api.object.TypeRef.of("ImportError"), "__import__ not found");
        }
        Object re = Op.call(imp, "re");
        return Op.getattr(re, name);
    }

    // ---- identity

    boolean sameAs(PatternObject o) {
        if (o == this) {
            return true;
        }
        return flags == o.flags && isBytes == o.isBytes && java.util.Arrays.equals(code, o.code)
                && Op.eq(pattern, o.pattern);
    }

    long hash() {
        long h = Op.hash(pattern);
        h ^= java.util.Arrays.hashCode(code);
        h ^= flags;
        h ^= isBytes;
        h ^= code.length;
        return h == -1 ? -2 : h;
    }

    String repr() {
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE",
            "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        int[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256};
        int f = flags;
        if (isBytes == 0 && (f & (4 | 32 | 256)) == 32) {
            f &= ~32; // re.UNICODE is implied for str patterns
        }
        String p = Op.repr(pattern);
        if (p.codePointCount(0, p.length()) > 200) {
            p = p.substring(0, p.offsetByCodePoints(0, 200));
        }
        if (f == 0) {
            return "re.compile(" + p + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((f & values[i]) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(names[i]);
                f &= ~values[i];
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + p + ", " + sb + ")";
    }
}
