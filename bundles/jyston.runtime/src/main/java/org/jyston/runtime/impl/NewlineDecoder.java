package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _io.IncrementalNewlineDecoder}: wraps an incremental decoder (or none), holds back a final
 * {@code \r} until the next chunk shows whether {@code \n} follows, records the line endings seen and
 * translates them to {@code \n} when asked.
 */
final class NewlineDecoder extends IoObject {
    private static final int CR = 1;
    private static final int LF = 2;
    private static final int CRLF = 4;

    private Object decoder = PyNone.None;
    private boolean translate;
    private boolean pendingCr;
    private int seen;

    NewlineDecoder(PyType type) {
        super(type);
    }

    synchronized String decode(Object input, boolean fin) {
        Object out = decoder == PyNone.None ? input : Op.call(Op.getattr(decoder, "decode"), input, fin);
        if (!(org.jyston.api.object.Derived.unwrap(out) instanceof String s)) {
            throw Errors.typeError("decoder should return a string result, not '" + Op.typeName(out) + "'");
        }
        if (pendingCr && (fin || !s.isEmpty())) {
            s = "\r" + s;
            pendingCr = false;
        }
        if (!fin && s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
            pendingCr = true;
        }
        int cr = s.indexOf('\r');
        if (cr < 0) {
            if (s.indexOf('\n') >= 0) {
                seen |= LF;
            }
            return s;
        }
        StringBuilder t = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                    t.append(translate ? "\n" : "\r\n");
                } else {
                    seen |= CR;
                    t.append(translate ? '\n' : '\r');
                }
                continue;
            }
            if (c == '\n') {
                seen |= LF;
            }
            t.append(c);
        }
        return t.toString();
    }

    Object newlines() {
        return switch (seen) {
            case 0 -> PyNone.None;
            case CR -> "\r";
            case LF -> "\n";
            case CRLF -> "\r\n";
            case CR | LF -> PyTuple.of("\r", "\n");
            case CR | CRLF -> PyTuple.of("\r", "\r\n");
            case LF | CRLF -> PyTuple.of("\n", "\r\n");
            default -> PyTuple.of("\r", "\n", "\r\n");
        };
    }

    private static NewlineDecoder self(Object o) {
        return (NewlineDecoder) o;
    }

    static TypeSpec spec() {
        String o = "IncrementalNewlineDecoder";
        return new TypeSpec(o).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .attribute("__module__", "_io")
                .call(Slot.NEW, (t, a, k) -> new NewlineDecoder((PyType) t))
                .call(Slot.INIT, (s, a, k) -> {
                    Object[] v = Args.parse("IncrementalNewlineDecoder", a, k,
                            new String[] {"decoder", "translate", "errors"}, 0, 2);
                    NewlineDecoder d = self(s);
                    d.decoder = v[0];
                    d.translate = Op.isTrue(v[1]);
                    d.seen = 0;
                    d.pendingCr = false;
                    return PyNone.None;
                })
                .attribute("decode", IoSupport.method(o, "decode", (s, a, k) -> {
                    Object[] v = Args.parse("decode", a, k, new String[] {"input", "final"}, 0, 1);
                    return self(s).decode(v[0], v[1] != null && Op.isTrue(v[1]));
                }))
                .attribute("getstate", IoSupport.method(o, "getstate", (s, a, k) -> {
                    NewlineDecoder d = self(s);
                    Object buf = PyBytes.EMPTY;
                    long flag = 0;
                    if (d.decoder != PyNone.None) {
                        Object st = IoSupport.callMethod(d.decoder, "getstate");
                        if (!(st instanceof PyTuple t) || t.size() != 2) {
                            throw Errors.typeError("illegal decoder state");
                        }
                        buf = t.get(0);
                        flag = IoSupport.integer(t.get(1));
                    }
                    flag <<= 1;
                    if (d.pendingCr) {
                        flag |= 1;
                    }
                    return PyTuple.of(buf, flag);
                }))
                .attribute("setstate", IoSupport.method(o, "setstate", (s, a, k) -> {
                    IoSupport.positional("setstate", a, k, 1, 1);
                    if (!(a[0] instanceof PyTuple t) || t.size() != 2) {
                        throw Errors.typeError("state argument must be a tuple");
                    }
                    NewlineDecoder d = self(s);
                    long flag = IoSupport.integer(t.get(1));
                    d.pendingCr = (flag & 1) != 0;
                    if (d.decoder != PyNone.None) {
                        IoSupport.callMethod(d.decoder, "setstate", PyTuple.of(t.get(0), flag >> 1));
                    }
                    return PyNone.None;
                }))
                .attribute("reset", IoSupport.method(o, "reset", (s, a, k) -> {
                    NewlineDecoder d = self(s);
                    d.seen = 0;
                    d.pendingCr = false;
                    if (d.decoder != PyNone.None) {
                        IoSupport.callMethod(d.decoder, "reset");
                    }
                    return PyNone.None;
                }))
                .attribute("newlines", new GetSetDescriptor("newlines", o, s -> self(s).newlines(), null, null));
    }
}
