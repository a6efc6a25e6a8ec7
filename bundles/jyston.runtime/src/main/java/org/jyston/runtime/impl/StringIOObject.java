package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.InstanceState;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _io.StringIO}: text in a {@link StringBuilder}. Positions are code points, as CPython's; while
 * the text holds no surrogate pair (the common case) a char index is a code point index and nothing
 * is counted. Newline handling follows CPython: {@code newline=None} translates {@code \r\n} and {@code \r}
 * to {@code \n} as text is written, {@code ''} keeps them and splits lines at any of them, {@code '\r'}
 * and {@code '\r\n'} replace each written {@code \n}.
 */
final class StringIOObject implements InstanceState.Holder {
    private static final int SEEN_CR = 1;
    private static final int SEEN_LF = 2;
    private static final int SEEN_CRLF = 4;

    private final PyType type;
    private final InstanceState state = new InstanceState();
    private StringBuilder buf = new StringBuilder();
    /** The position as a char index into {@link #buf} (may lie beyond its end). */
    private int pos;
    /** Whether {@link #buf} may hold surrogates, so char and code point positions can differ. */
    private boolean wide;
    private boolean closed;
    /** The newline argument as given (None or a str), for {@code __getstate__}. */
    private Object newlineArg = "\n";
    /** Universal newlines when reading (newline None or ''): lines end at \r, \n or \r\n. */
    private boolean universal;
    /** newline None: \r\n and \r are written as \n. */
    private boolean translate;
    /** What a written \n becomes ('\r' or '\r\n'), or null. */
    private String writenl;
    /** The line ending readline looks for when not universal. */
    private String readnl = "\n";
    private int seen;

    StringIOObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public boolean allowsDict() {
        return true;
    }

    private void checkClosed() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    synchronized void init(Object value, Object newline) {
        if (newline != PyNone.None && !(newline instanceof String)) {
            throw Errors.typeError("newline must be str or None, not " + Op.typeName(newline));
        }
        String nl = newline instanceof String s ? s : null;
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + Op.repr(nl));
        }
        if (value != PyNone.None && !(Org.unwrap(value) instanceof String)) {
            throw Errors.typeError("initial_value must be str or None, not " + Op.typeName(value));
        }
        newlineArg = newline;
        universal = nl == null || nl.isEmpty();
        translate = nl == null;
        writenl = nl != null && nl.startsWith("\r") ? nl : null;
        readnl = nl == null || nl.isEmpty() ? null : nl;
        seen = 0;
        closed = false;
        buf = new StringBuilder();
        wide = false;
        pos = 0;
        if (Org.unwrap(value) instanceof String s && !s.isEmpty()) {
            write(s);
            pos = 0;
        }
    }

    /** {@code Derived.unwrap} under a short name: a str subclass instance counts as its str. */
    private static final class Org {
        static Object unwrap(Object o) {
            return org.jyston.api.object.Derived.unwrap(o);
        }
    }

    synchronized long write(String s) {
        checkClosed();
        int n = s.length();
        long cps = n;
        boolean hasWide = false;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                hasWide = true;
                break;
            }
        }
        if (hasWide) {
            cps = s.codePointCount(0, n);
            wide = true;
        }
        String t = s;
        if (universal) {
            t = scanNewlines(s);
        }
        if (writenl != null && t.indexOf('\n') >= 0) {
            t = t.replace("\n", writenl);
        }
        int len = buf.length();
        if (pos > len) {
            for (int i = len; i < pos; i++) {
                buf.append('\0');
            }
            len = pos;
        }
        int end = pos + t.length();
        if (pos == len) {
            buf.append(t);
        } else {
            buf.replace(pos, Math.min(end, len), t);
        }
        pos = end;
        return cps;
    }

    /** Notes the line endings written (the {@code newlines} attribute) and translates them under newline=None. */
    private String scanNewlines(String s) {
        int cr = s.indexOf('\r');
        if (cr < 0) {
            if (s.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return s;
        }
        StringBuilder out = translate ? new StringBuilder(s.length()) : null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                if (out != null) {
                    out.append('\n');
                }
                continue;
            }
            if (c == '\n') {
                seen |= SEEN_LF;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : s;
    }

    Object newlines() {
        if (!universal) {
            return PyNone.None;
        }
        return switch (seen) {
            case 0 -> PyNone.None;
            case SEEN_CR -> "\r";
            case SEEN_LF -> "\n";
            case SEEN_CRLF -> "\r\n";
            case SEEN_CR | SEEN_LF -> PyTuple.of("\r", "\n");
            case SEEN_CR | SEEN_CRLF -> PyTuple.of("\r", "\r\n");
            case SEEN_LF | SEEN_CRLF -> PyTuple.of("\n", "\r\n");
            default -> PyTuple.of("\r", "\n", "\r\n");
        };
    }

    /** The char index {@code count} code points after {@code from}, not beyond the end. */
    private int advance(int from, long count) {
        int len = buf.length();
        if (count < 0 || from >= len) {
            return Math.max(from, len);
        }
        if (!wide) {
            return (int) Math.min(len, from + count);
        }
        int i = from;
        for (long k = 0; k < count && i < len; k++) {
            i += Character.isHighSurrogate(buf.charAt(i)) && i + 1 < len && Character.isLowSurrogate(buf.charAt(i + 1))
                    ? 2 : 1;
        }
        return i;
    }

    synchronized String read(long size) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int end = advance(pos, size);
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    synchronized String readline(long limit) {
        checkClosed();
        int len = buf.length();
        if (pos >= len) {
            return "";
        }
        int stop = limit < 0 ? len : advance(pos, limit);
        int end = stop;
        if (readnl == null) {
            for (int i = pos; i < stop; i++) {
                char c = buf.charAt(i);
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
                if (c == '\r') {
                    end = i + 1 < stop && buf.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int at = buf.indexOf(readnl, pos);
            if (at >= 0 && at + readnl.length() <= stop) {
                end = at + readnl.length();
            }
        }
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    private long cpIndex(int charIndex) {
        int len = buf.length();
        if (!wide) {
            return charIndex;
        }
        return charIndex <= len ? buf.codePointCount(0, charIndex) : buf.codePointCount(0, len) + (charIndex - len);
    }

    private int charIndex(long cp) {
        if (!wide) {
            return (int) Math.min(cp, Integer.MAX_VALUE - 8);
        }
        int len = buf.length();
        long total = buf.codePointCount(0, len);
        return cp <= total ? buf.offsetByCodePoints(0, (int) cp) : (int) (len + (cp - total));
    }

    synchronized long tell() {
        checkClosed();
        return cpIndex(pos);
    }

    synchronized long seek(long target, long whence) {
        checkClosed();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (target < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position " + target);
        }
        if (whence != 0 && target != 0) {
            throw Errors.raise(IoSupport.OS_ERROR, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 2) {
            pos = buf.length();
        } else if (whence == 0) {
            pos = charIndex(target);
        }
        return cpIndex(pos);
    }

    synchronized long truncate(Object size) {
        checkClosed();
        long n;
        if (size == null || size == PyNone.None) {
            n = cpIndex(pos);
        } else {
            n = IoSupport.integer(size);
        }
        if (n < 0) {
            throw Errors.valueError("Negative size value " + n);
        }
        int at = charIndex(n);
        if (at < buf.length()) {
            buf.setLength(at);
        }
        return n;
    }

    synchronized String getvalue() {
        checkClosed();
        return buf.toString();
    }

    synchronized void close() {
        closed = true;
        buf = new StringBuilder();
        pos = 0;
    }

    synchronized Object getstate() {
        checkClosed();
        PyDict own = state.dictIfPresent();
        PyDict d = own == null ? null : copy(own);
        return PyTuple.of(buf.toString(), newlineArg, cpIndex(pos), d == null ? PyNone.None : d);
    }

    private static PyDict copy(PyDict d) {
        PyDict c = new PyDict();
        for (Object k : d.keys()) {
            c.put(k, d.get(k));
        }
        return c;
    }

    synchronized void setstate(Object state) {
        checkClosed();
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw Errors.typeError((type.isHeapType() ? "" : "_io.") + Op.typeName(this) + ".__setstate__ argument should be 4-tuple, got "
                    + Op.typeName(state));
        }
        Object value = t.get(0);
        init(PyNone.None, t.get(1));
        if (!(Org.unwrap(value) instanceof String s)) {
            throw Errors.typeError("initial_value must be str or None, not " + Op.typeName(value));
        }
        // the buffer is restored as it was, untranslated
        buf.append(s);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                wide = true;
                break;
            }
        }
        Object p = t.get(2);
        if (!(p instanceof Long)) {
            throw Errors.typeError("third item of state must be an integer, got " + Op.typeName(p));
        }
        long cp = (Long) p;
        if (cp < 0) {
            throw Errors.valueError("position value cannot be negative");
        }
        pos = charIndex(cp);
        Object d = t.get(3);
        if (d != PyNone.None) {
            if (!(d instanceof PyDict pd)) {
                throw Errors.typeError("fourth item of state should be a dict, got a " + Op.typeName(d));
            }
            PyDict mine = getDict();
            for (Object k : pd.keys()) {
                mine.put(k, pd.get(k));
            }
        }
    }

    // ---- the type

    private static StringIOObject self(Object o) {
        return (StringIOObject) o;
    }

    private static final String[] INIT_NAMES = {"initial_value", "newline"};

    static TypeSpec spec() {
        String o = "StringIO";
        return new TypeSpec(o).base("_TextIOBase").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "_io")
                .doc("Text I/O implementation using an in-memory buffer.")
                .call(Slot.NEW, (t, args, kw) -> new StringIOObject((PyType) t))
                .call(Slot.INIT, (s, args, kw) -> {
                    Object[] v = Args.parse("StringIO", args, kw, INIT_NAMES, 0, 0);
                    self(s).init(v[0] == null ? "" : v[0], v[1] == null ? "\n" : v[1]);
                    return PyNone.None;
                })
                .unary(Slot.NEXT, s -> {
                    String line;
                    if (!self(s).type.isHeapType()) {
                        line = self(s).readline(-1); // exact StringIO: no method lookup, as CPython
                    } else {
                        Object r = IoSupport.callMethod(s, "readline");
                        if (!(Org.unwrap(r) instanceof String str)) {
                            throw Errors.raise(IoSupport.OS_ERROR, "readline() should have returned a str object, not '"
                                    + Op.typeName(r) + "'");
                        }
                        line = str;
                    }
                    if (line.isEmpty()) {
                        throw Errors.raise(Errors.StopIteration);
                    }
                    return line;
                })
                .attribute("close", IoSupport.method(o, "close", (s, a, k) -> {
                    IoSupport.positional("close", a, k, 0, 0);
                    self(s).close();
                    return PyNone.None;
                }))
                .attribute("getvalue", IoSupport.method(o, "getvalue", (s, a, k) -> {
                    IoSupport.positional("getvalue", a, k, 0, 0);
                    return self(s).getvalue();
                }))
                .attribute("read", IoSupport.method(o, "read", (s, a, k) -> {
                    IoSupport.positional("read", a, k, 0, 1);
                    return self(s).read(IoSupport.size(a, 0));
                }))
                .attribute("readline", IoSupport.method(o, "readline", (s, a, k) -> {
                    IoSupport.positional("readline", a, k, 0, 1);
                    return self(s).readline(IoSupport.size(a, 0));
                }))
                .attribute("tell", IoSupport.method(o, "tell", (s, a, k) -> {
                    IoSupport.positional("tell", a, k, 0, 0);
                    return self(s).tell();
                }))
                .attribute("truncate", IoSupport.method(o, "truncate", (s, a, k) -> {
                    IoSupport.positional("truncate", a, k, 0, 1);
                    return self(s).truncate(a.length > 0 ? a[0] : null);
                }))
                .attribute("seek", IoSupport.method(o, "seek", (s, a, k) -> {
                    IoSupport.positional("seek", a, k, 1, 2);
                    long whence = a.length > 1 ? IoSupport.integer(a[1]) : 0;
                    return self(s).seek(IoSupport.integer(a[0]), whence);
                }))
                .attribute("write", IoSupport.method(o, "write", (s, a, k) -> {
                    IoSupport.positional("write", a, k, 1, 1);
                    if (!(Org.unwrap(a[0]) instanceof String str)) {
                        throw Errors.typeError("string argument expected, got '" + Op.typeName(a[0]) + "'");
                    }
                    return self(s).write(str);
                }))
                .attribute("seekable", IoSupport.method(o, "seekable", (s, a, k) -> self(s).isOpen()))
                .attribute("readable", IoSupport.method(o, "readable", (s, a, k) -> self(s).isOpen()))
                .attribute("writable", IoSupport.method(o, "writable", (s, a, k) -> self(s).isOpen()))
                .attribute("__getstate__", IoSupport.method(o, "__getstate__", (s, a, k) -> self(s).getstate()))
                .attribute("__setstate__", IoSupport.method(o, "__setstate__", (s, a, k) -> {
                    IoSupport.positional("__setstate__", a, k, 1, 1);
                    self(s).setstate(a[0]);
                    return PyNone.None;
                }))
                .attribute("closed", new GetSetDescriptor("closed", o, s -> self(s).closed, null, null))
                .attribute("newlines", new GetSetDescriptor("newlines", o, s -> self(s).newlines(), null, null))
                .attribute("line_buffering", new GetSetDescriptor("line_buffering", o, s -> {
                    self(s).checkClosed();
                    return false;
                }, null, null));
    }

    private synchronized boolean isOpen() {
        checkClosed();
        return true;
    }
}
