package org.jyston.types.bytes.impl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeSpec;

/** The methods bytes and bytearray share; results have the type of self. */
final class BytesMethods {
    private BytesMethods() {}

    private static void def(TypeSpec s, String kind, String name, Args.Body body) {
        s.attribute(name, Args.method(kind, name, body));
    }

    /** A method without arguments computing a new byte string from the old one. */
    private interface Transform {
        byte[] apply(byte[] d);
    }

    private interface Test {
        boolean apply(byte[] d);
    }

    static void addTo(TypeSpec s, String kind) {
        def(s, kind, "decode", BytesMethods::decode);
        def(s, kind, "hex", BytesMethods::hex);
        s.attribute("fromhex", fromhexMethod(kind));
        def(s, kind, "startswith", (self, a, k) -> startsEnds(self, a, k, "startswith", true));
        def(s, kind, "endswith", (self, a, k) -> startsEnds(self, a, k, "endswith", false));
        def(s, kind, "find", (self, a, k) -> (long) find(self, a, k, "find", false));
        def(s, kind, "rfind", (self, a, k) -> (long) find(self, a, k, "rfind", true));
        def(s, kind, "index", (self, a, k) -> index(self, a, k, "index", false));
        def(s, kind, "rindex", (self, a, k) -> index(self, a, k, "rindex", true));
        def(s, kind, "count", BytesMethods::count);
        def(s, kind, "split", (self, a, k) -> split(self, a, k, "split", false));
        def(s, kind, "rsplit", (self, a, k) -> split(self, a, k, "rsplit", true));
        def(s, kind, "splitlines", BytesMethods::splitlines);
        def(s, kind, "join", BytesMethods::join);
        def(s, kind, "strip", (self, a, k) -> strip(self, a, k, "strip", true, true));
        def(s, kind, "lstrip", (self, a, k) -> strip(self, a, k, "lstrip", true, false));
        def(s, kind, "rstrip", (self, a, k) -> strip(self, a, k, "rstrip", false, true));
        def(s, kind, "replace", BytesMethods::replace);
        transform(s, kind, "upper", d -> map(d, 0));
        transform(s, kind, "lower", d -> map(d, 1));
        transform(s, kind, "swapcase", d -> map(d, 2));
        transform(s, kind, "capitalize", BytesMethods::capitalize);
        transform(s, kind, "title", BytesMethods::title);
        test(s, kind, "isdigit", d -> all(d, BytesMethods::isDigit));
        test(s, kind, "isalpha", d -> all(d, BytesMethods::isAlpha));
        test(s, kind, "isalnum", d -> all(d, c -> isAlpha(c) || isDigit(c)));
        test(s, kind, "isspace", d -> all(d, BytesMethods::isSpace));
        test(s, kind, "isascii", d -> {
            for (byte b : d) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        });
        test(s, kind, "islower", d -> cased(d, true));
        test(s, kind, "isupper", d -> cased(d, false));
        test(s, kind, "istitle", BytesMethods::isTitle);
        def(s, kind, "center", (self, a, k) -> justify(self, a, k, "center"));
        def(s, kind, "ljust", (self, a, k) -> justify(self, a, k, "ljust"));
        def(s, kind, "rjust", (self, a, k) -> justify(self, a, k, "rjust"));
        def(s, kind, "zfill", BytesMethods::zfill);
        def(s, kind, "expandtabs", BytesMethods::expandtabs);
        def(s, kind, "partition", (self, a, k) -> partition(self, a, k, "partition", false));
        def(s, kind, "rpartition", (self, a, k) -> partition(self, a, k, "rpartition", true));
        def(s, kind, "removeprefix", (self, a, k) -> remove(self, a, k, "removeprefix", true));
        def(s, kind, "removesuffix", (self, a, k) -> remove(self, a, k, "removesuffix", false));
        def(s, kind, "translate", BytesMethods::translate);
        s.attribute("maketrans", new org.jyston.api.object.PyBuiltinFunction("maketrans", BytesMethods::maketrans));
    }

    private static void transform(TypeSpec s, String kind, String name, Transform t) {
        def(s, kind, name, (self, a, k) -> {
            Args.none(self, name, a, k);
            return Bin.make(self, t.apply(Bin.self(self)));
        });
    }

    private static void test(TypeSpec s, String kind, String name, Test t) {
        def(s, kind, name, (self, a, k) -> {
            Args.none(self, name, a, k);
            return t.apply(Bin.self(self));
        });
    }

    // ---- character classes (ASCII only, as CPython's bytes)

    interface ByteTest {
        boolean test(int c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean all(byte[] d, ByteTest t) {
        if (d.length == 0) {
            return false;
        }
        for (byte b : d) {
            if (!t.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cased(byte[] d, boolean lower) {
        boolean any = false;
        for (byte b : d) {
            if (lower ? isUpper(b) : isLower(b)) {
                return false;
            }
            any |= lower ? isLower(b) : isUpper(b);
        }
        return any;
    }

    private static boolean isTitle(byte[] d) {
        boolean cased = false;
        boolean prevCased = false;
        for (byte b : d) {
            if (isUpper(b)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    /** 0: upper, 1: lower, 2: swapcase. */
    private static byte[] map(byte[] d, int how) {
        byte[] r = d.clone();
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            if ((how == 0 || how == 2) && isLower(c)) {
                r[i] = (byte) (c - 32);
            } else if ((how == 1 || how == 2) && isUpper(c)) {
                r[i] = (byte) (c + 32);
            }
        }
        return r;
    }

    private static byte[] capitalize(byte[] d) {
        byte[] r = map(d, 1);
        if (r.length > 0 && isLower(r[0])) {
            r[0] = (byte) (r[0] - 32);
        }
        return r;
    }

    private static byte[] title(byte[] d) {
        byte[] r = d.clone();
        boolean prevCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            if (isLower(c)) {
                if (!prevCased) {
                    r[i] = (byte) (c - 32);
                }
                prevCased = true;
            } else if (isUpper(c)) {
                if (prevCased) {
                    r[i] = (byte) (c + 32);
                }
                prevCased = true;
            } else {
                prevCased = false;
            }
        }
        return r;
    }

    // ---- codecs and hex

    static Object decode(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.keywords("decode", args, kwnames, "encoding", "errors");
        String enc = Codec.textArg("decode", "encoding", v[0], "utf-8");
        String errors = Codec.textArg("decode", "errors", v[1], "strict");
        byte[] d = Bin.self(self);
        // the error's object is the bytes as a byte[] (a bytes representation the exception's str reads)
        return Codec.decode(d, enc, errors, d);
    }

    static Object hex(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.keywords("hex", args, kwnames, "sep", "bytes_per_sep");
        return hexOf(Bin.self(self), v[0], v[1]);
    }

    static String hexOf(byte[] d, Object sepArg, Object perArg) {
        int sep = -1;
        if (sepArg != null) {
            byte[] sb;
            if (sepArg instanceof String s) {
                sb = s.length() == 1 && s.charAt(0) < 128 ? new byte[] {(byte) s.charAt(0)} : null;
                if (s.length() == 1 && s.charAt(0) >= 128) {
                    throw Errors.valueError("sep must be ASCII.");
                }
                if (sb == null) {
                    throw Errors.valueError("sep must be length 1.");
                }
            } else {
                sb = Bin.data(sepArg);
                if (sb == null) {
                    throw Errors.typeError("sep must be str or bytes.");
                }
                if (sb.length != 1) {
                    throw Errors.valueError("sep must be length 1.");
                }
            }
            sep = sb[0] & 0xff;
        }
        long per = perArg == null ? 1 : Bin.asLong(perArg);
        StringBuilder out = new StringBuilder(d.length * 3);
        if (sep < 0 || per == 0 || d.length == 0) {
            for (byte b : d) {
                out.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return out.toString();
        }
        long group = Math.abs(per);
        int n = d.length;
        for (int i = 0; i < n; i++) {
            // groups are counted from the right for a positive bytes_per_sep, from the left for a negative one
            boolean boundary = per > 0 ? (i > 0 && (n - i) % group == 0) : (i > 0 && i % group == 0);
            if (boundary) {
                out.append((char) sep);
            }
            out.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
        }
        return out.toString();
    }

    /** {@code bytes.fromhex(string)}, also reached through an instance ({@code b''.fromhex('00')}). */
    private static org.jyston.api.object.PyBuiltinFunction fromhexMethod(String kind) {
        return new org.jyston.api.object.PyBuiltinFunction("fromhex", (args, kwnames) -> {
            // bytes.fromhex(s) on the class; b''.fromhex(s) on an instance arrives with the instance first
            int start = args.length == 2 && (Bin.isBytes(args[0]) || Bin.isArray(args[0])) ? 1 : 0;
            if (Args.kwCount(kwnames) > 0) {
                throw Errors.typeError(kind + ".fromhex() takes no keyword arguments");
            }
            if (args.length - start != 1) {
                throw Errors.typeError(kind + ".fromhex() takes exactly one argument (" + (args.length - start)
                        + " given)");
            }
            Object s = args[start];
            if (!(s instanceof String str)) {
                throw Errors.typeError("fromhex() argument must be str, not " + Op.typeName(s));
            }
            byte[] d = fromhex(str);
            return kind.equals("bytes") ? PyBytes.wrap(d) : PyByteArray.wrap(d);
        });
    }

    static byte[] fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---- searching

    /** The {@code sub} argument of find, count, index: an int (a byte) or a bytes-like object. */
    static byte[] subArg(Object sub) {
        byte[] d = Bin.data(sub);
        if (d != null) {
            return d;
        }
        if (Bin.isIndex(sub)) {
            return new byte[] {(byte) Bin.byteValue(sub)};
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + Op.typeName(sub) + "'");
    }

    static int find(Object self, Object[] args, String[] kwnames, String name, boolean last) {
        Object[] v = Args.positionalOld(name, args, kwnames, 1, 3);
        byte[] sub = subArg(v[0]);
        byte[] d = Bin.self(self);
        int[] span = Bin.span(v[1], v[2], d.length);
        return last ? Bin.rfind(d, sub, span[0], span[1]) : Bin.find(d, sub, span[0], span[1]);
    }

    static Object index(Object self, Object[] args, String[] kwnames, String name, boolean last) {
        int i = find(self, args, kwnames, name, last);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return (long) i;
    }

    static Object count(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.positionalOld("count", args, kwnames, 1, 3);
        byte[] sub = subArg(v[0]);
        byte[] d = Bin.self(self);
        int[] span = Bin.span(v[1], v[2], d.length);
        if (span[0] > d.length || span[0] > span[1]) {
            return 0L;
        }
        if (sub.length == 0) {
            return (long) (span[1] - span[0] + 1);
        }
        long n = 0;
        int i = span[0];
        while ((i = Bin.find(d, sub, i, span[1])) >= 0) {
            n++;
            i += sub.length;
        }
        return n;
    }

    static Object startsEnds(Object self, Object[] args, String[] kwnames, String name, boolean start) {
        Object[] v = Args.positionalOld(name, args, kwnames, 1, 3);
        byte[] d = Bin.self(self);
        int[] span = Bin.span(v[1], v[2], d.length);
        if (v[0] instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                byte[] p = Bin.data(t.get(i));
                if (p == null) {
                    throw Errors.typeError("a bytes-like object is required, not '" + Op.typeName(t.get(i)) + "'");
                }
                if (matches(d, p, span, start)) {
                    return true;
                }
            }
            return false;
        }
        byte[] p = Bin.data(v[0]);
        if (p == null) {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Op.typeName(v[0]));
        }
        return matches(d, p, span, start);
    }

    private static boolean matches(byte[] d, byte[] p, int[] span, boolean start) {
        int from = span[0];
        int to = span[1];
        if (from > d.length || to - from < p.length) {
            return false;
        }
        int at = start ? from : to - p.length;
        return Arrays.equals(d, at, at + p.length, p, 0, p.length);
    }

    // ---- splitting and joining

    static Object split(Object self, Object[] args, String[] kwnames, String name, boolean right) {
        Object[] v = Args.keywords(name, args, kwnames, "sep", "maxsplit");
        byte[] d = Bin.self(self);
        long max = v[1] == null ? -1 : Bin.asLong(v[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<byte[]> parts = new ArrayList<>();
        if (v[0] == null || v[0] == PyNone.None) {
            splitWhitespace(d, max, right, parts);
        } else {
            byte[] sep = Bin.need(v[0]);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            if (!right) {
                int i = 0;
                int j;
                while (max-- > 0 && (j = Bin.find(d, sep, i, d.length)) >= 0) {
                    parts.add(Arrays.copyOfRange(d, i, j));
                    i = j + sep.length;
                }
                parts.add(Arrays.copyOfRange(d, i, d.length));
            } else {
                int end = d.length;
                int j;
                while (max-- > 0 && (j = Bin.rfind(d, sep, 0, end)) >= 0) {
                    parts.add(0, Arrays.copyOfRange(d, j + sep.length, end));
                    end = j;
                }
                parts.add(0, Arrays.copyOfRange(d, 0, end));
            }
        }
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Bin.make(self, parts.get(i));
        }
        return new PyList(items);
    }

    private static void splitWhitespace(byte[] d, long max, boolean right, List<byte[]> parts) {
        int n = d.length;
        if (!right) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(d[i])) {
                    i++;
                }
                if (i >= n) {
                    return;
                }
                if (max-- <= 0) {
                    parts.add(Arrays.copyOfRange(d, i, n));
                    return;
                }
                int j = i;
                while (j < n && !isSpace(d[j])) {
                    j++;
                }
                parts.add(Arrays.copyOfRange(d, i, j));
                i = j;
            }
        }
        int i = n;
        while (true) {
            while (i > 0 && isSpace(d[i - 1])) {
                i--;
            }
            if (i <= 0) {
                return;
            }
            if (max-- <= 0) {
                parts.add(0, Arrays.copyOfRange(d, 0, i));
                return;
            }
            int j = i;
            while (j > 0 && !isSpace(d[j - 1])) {
                j--;
            }
            parts.add(0, Arrays.copyOfRange(d, j, i));
            i = j;
        }
    }

    static Object splitlines(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.keywords("splitlines", args, kwnames, "keepends");
        boolean keep = v[0] != null && Op.isTrue(v[0]);
        byte[] d = Bin.self(self);
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = d.length;
        while (i < n) {
            int j = i;
            while (j < n && d[j] != '\n' && d[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
            }
            out.add(Bin.make(self, Arrays.copyOfRange(d, i, keep ? j : eol)));
            i = j;
        }
        return new PyList(out.toArray());
    }

    static Object join(Object self, Object[] args, String[] kwnames) {
        Object items = Args.one(self, "join", args, kwnames);
        Object it;
        try {
            it = Op.iter(items);
        } catch (org.jyston.api.object.PyException e) {
            if (e.matches(Errors.TypeError.get())) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        byte[] sep = Bin.self(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int k = 0;
        for (Object x; (x = Op.next(it)) != null; k++) {
            byte[] d = Bin.data(x);
            if (d == null) {
                throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, " + Op.typeName(x)
                        + " found");
            }
            if (k > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(d);
        }
        return Bin.make(self, out.toByteArray());
    }

    // ---- stripping, replacing, padding

    static Object strip(Object self, Object[] args, String[] kwnames, String name, boolean left, boolean right) {
        Object[] v = Args.positional(self, name, args, kwnames, 0, 1);
        byte[] d = Bin.self(self);
        boolean[] set = null;
        if (v[0] != null && v[0] != PyNone.None) {
            set = new boolean[256];
            for (byte b : Bin.need(v[0])) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = d.length;
        if (left) {
            while (i < j && (set == null ? isSpace(d[i]) : set[d[i] & 0xff])) {
                i++;
            }
        }
        if (right) {
            while (j > i && (set == null ? isSpace(d[j - 1]) : set[d[j - 1] & 0xff])) {
                j--;
            }
        }
        return Bin.make(self, Arrays.copyOfRange(d, i, j));
    }

    static Object replace(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.positional(self, "replace", args, kwnames, 2, 3);
        byte[] old = Bin.need(v[0]);
        byte[] rep = Bin.need(v[1]);
        long count = v[2] == null ? -1 : Bin.asLong(v[2]);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        byte[] d = Bin.self(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        if (old.length == 0) {
            int i = 0;
            for (; i <= d.length; i++) {
                if (count-- > 0) {
                    out.writeBytes(rep);
                } else {
                    out.write(d, i, d.length - i);
                    break;
                }
                if (i < d.length) {
                    out.write(d[i]);
                }
            }
            return Bin.make(self, out.toByteArray());
        }
        int i = 0;
        int j;
        while (count-- > 0 && (j = Bin.find(d, old, i, d.length)) >= 0) {
            out.write(d, i, j - i);
            out.writeBytes(rep);
            i = j + old.length;
        }
        out.write(d, i, d.length - i);
        return Bin.make(self, out.toByteArray());
    }

    private static int fillByte(Object fill, String name) {
        if (fill == null) {
            return ' ';
        }
        byte[] f = fill instanceof PyBytes || fill instanceof byte[] || fill instanceof PyByteArray ? Bin.data(fill) : null;
        if (f == null || f.length != 1) {
            throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + Op.typeName(fill));
        }
        return f[0];
    }

    static Object justify(Object self, Object[] args, String[] kwnames, String name) {
        Object[] v = Args.positional(self, name, args, kwnames, 1, 2);
        long width = Bin.asLong(v[0]);
        int fill = fillByte(v[1], name);
        byte[] d = Bin.self(self);
        if (width <= d.length) {
            return Bin.make(self, d.clone());
        }
        int pad = (int) width - d.length;
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> pad;
            default -> pad / 2 + (pad & (int) width & 1);
        };
        byte[] r = new byte[(int) width];
        Arrays.fill(r, (byte) fill);
        System.arraycopy(d, 0, r, left, d.length);
        return Bin.make(self, r);
    }

    /** {@code expandtabs(tabsize=8)}: columns restart after {@code \n} and {@code \r}. */
    static Object expandtabs(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.keywords("expandtabs", args, kwnames, "tabsize");
        long tab = v[0] == null ? 8 : Bin.asLong(v[0]);
        byte[] d = Bin.self(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.length);
        long col = 0;
        for (byte b : d) {
            if (b == '\t') {
                if (tab > 0) {
                    long n = tab - col % tab;
                    for (long i = 0; i < n; i++) {
                        out.write(' ');
                    }
                    col += n;
                }
            } else {
                out.write(b);
                col = b == '\n' || b == '\r' ? 0 : col + 1;
            }
        }
        return Bin.make(self, out.toByteArray());
    }

    static Object zfill(Object self, Object[] args, String[] kwnames) {
        long width = Bin.asLong(Args.one(self, "zfill", args, kwnames));
        byte[] d = Bin.self(self);
        if (width <= d.length) {
            return Bin.make(self, d.clone());
        }
        int pad = (int) width - d.length;
        byte[] r = new byte[(int) width];
        Arrays.fill(r, 0, pad, (byte) '0');
        System.arraycopy(d, 0, r, pad, d.length);
        if (d.length > 0 && (d[0] == '+' || d[0] == '-')) {
            r[0] = d[0];
            r[pad] = '0';
        }
        return Bin.make(self, r);
    }

    static Object partition(Object self, Object[] args, String[] kwnames, String name, boolean right) {
        byte[] sep = Bin.need(Args.one(self, name, args, kwnames));
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        byte[] d = Bin.self(self);
        int i = right ? Bin.rfind(d, sep, 0, d.length) : Bin.find(d, sep, 0, d.length);
        if (i < 0) {
            Object whole = Bin.make(self, d.clone());
            Object empty = Bin.make(self, new byte[0]);
            Object empty2 = Bin.make(self, new byte[0]);
            return right ? PyTuple.of(empty, empty2, whole) : PyTuple.of(whole, empty, empty2);
        }
        return PyTuple.of(Bin.make(self, Arrays.copyOfRange(d, 0, i)), Bin.make(self, sep.clone()),
                Bin.make(self, Arrays.copyOfRange(d, i + sep.length, d.length)));
    }

    static Object remove(Object self, Object[] args, String[] kwnames, String name, boolean prefix) {
        byte[] p = Bin.need(Args.one(self, name, args, kwnames));
        byte[] d = Bin.self(self);
        if (p.length <= d.length && (prefix ? Arrays.equals(d, 0, p.length, p, 0, p.length)
                : Arrays.equals(d, d.length - p.length, d.length, p, 0, p.length))) {
            return Bin.make(self, prefix ? Arrays.copyOfRange(d, p.length, d.length)
                    : Arrays.copyOfRange(d, 0, d.length - p.length));
        }
        return Bin.make(self, d.clone());
    }

    static Object translate(Object self, Object[] args, String[] kwnames) {
        Object[] v = Args.keywords("translate", args, kwnames, "table", "delete");
        if (v[0] == null) {
            throw Errors.typeError("translate() missing required argument 'table' (pos 1)");
        }
        byte[] table = null;
        if (v[0] != PyNone.None) {
            table = Bin.need(v[0]);
            if (table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (v[1] != null) {
            for (byte b : Bin.need(v[1])) {
                del[b & 0xff] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : Bin.self(self)) {
            if (!del[b & 0xff]) {
                out.write(table == null ? b : table[b & 0xff]);
            }
        }
        return Bin.make(self, out.toByteArray());
    }

    static Object maketrans(Object[] args, String[] kwnames) {
        int start = args.length == 3 ? 1 : 0;
        if (Args.kwCount(kwnames) > 0 || args.length - start != 2) {
            throw Errors.typeError("maketrans expected 2 arguments, got " + (args.length - start));
        }
        byte[] from = Bin.need(args[start]);
        byte[] to = Bin.need(args[start + 1]);
        if (from.length != to.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] t = new byte[256];
        for (int i = 0; i < 256; i++) {
            t[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            t[from[i] & 0xff] = to[i];
        }
        return PyBytes.wrap(t);
    }
}
