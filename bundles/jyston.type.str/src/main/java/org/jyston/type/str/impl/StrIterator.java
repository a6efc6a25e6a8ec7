package org.jyston.type.str.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.IterPickling;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code iter(s)}: {@code str_ascii_iterator} for ASCII strings, {@code str_iterator} otherwise
 * (CPython 3.11's names), yielding one code point at a time.
 */
final class StrIterator implements PyObject {
    private static final TypeRef ASCII = TypeRef.of("str_ascii_iterator");
    private static final TypeRef GENERAL = TypeRef.of("str_iterator");

    private final boolean ascii;
    private String s;
    private int pos;

    StrIterator(String s) {
        this.s = s;
        this.ascii = isAscii(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyType getType() {
        return ascii ? ASCII.get() : GENERAL.get();
    }

    Object next() {
        String t = s;
        if (t != null && pos < t.length()) {
            int cp = t.codePointAt(pos);
            int n = Character.charCount(cp);
            String out = n == 1 ? String.valueOf(t.charAt(pos)) : t.substring(pos, pos + n);
            pos += n;
            return out;
        }
        s = null;
        throw Errors.raise(Errors.StopIteration);
    }

    long lengthHint() {
        String t = s;
        return t == null ? 0 : t.codePointCount(pos, t.length());
    }

    /** {@code (iter, (s,), index)} with the index in code points, or {@code (iter, ('',))} once exhausted. */
    Object reduce() {
        String t = s;
        return t == null ? IterPickling.reduceEmpty("") : IterPickling.reduce(t, (long) (ascii ? pos : t.codePointCount(0, pos)));
    }

    /** Moves to a code point index, clipped to the string as CPython clips it. */
    void setState(long index) {
        String t = s;
        if (t != null) {
            long n = ascii ? t.length() : t.codePointCount(0, t.length());
            int i = (int) Math.max(0, Math.min(index, n));
            pos = ascii ? i : t.offsetByCodePoints(0, i);
        }
    }

    static TypeSpec spec(String name) {
        TypeSpec spec = new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((StrIterator) self).next())
                .attribute("__length_hint__", new org.jyston.api.object.PyBuiltinFunction("__length_hint__",
                        (args, kw) -> {
                            if (args.length != 1 || !(args[0] instanceof StrIterator it)) {
                                throw Errors.typeError(name + ".__length_hint__() takes no arguments ("
                                        + Math.max(0, args.length - 1) + " given)");
                            }
                            return it.lengthHint();
                        }));
        return IterPickling.methods(spec, name, StrIterator.class, self -> ((StrIterator) self).reduce(),
                (self, state) -> ((StrIterator) self).setState(IterPickling.index(state)));
    }
}
