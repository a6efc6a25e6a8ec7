package org.jyston.type.str.impl;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** The builtin type {@code str}, represented by {@code java.lang.String}. */
@Component(service = BuiltinType.class)
public class StrType implements BuiltinType {
    private static final Object NI = PyNotImplemented.NotImplemented;

    @Override
    public List<TypeSpec> specs() {
        return List.of(spec(), StrIterator.spec("str_ascii_iterator"), StrIterator.spec("str_iterator"),
                Markup.spec(), FieldNames.spec());
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec("str").representation(String.class).flag(TypeSpec.Flag.BASETYPE)
                .doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str")
                .call(Slot.NEW, StrType::newStr)
                .unary(Slot.REPR, o -> Strs.repr((String) o))
                .unary(Slot.STR, o -> o)
                .unary(Slot.HASH, o -> { long h = o.hashCode(); return h == -1 ? -2L : h; })
                .unary(Slot.LEN, o -> (long) Strs.length((String) o))
                .unary(Slot.BOOL, o -> !((String) o).isEmpty()).internal(Slot.BOOL)
                .binary(Slot.ADD, StrType::add)
                .binary(Slot.MUL, StrType::mul)
                .binary(Slot.RMUL, StrType::rmul)
                .binary(Slot.MOD, (a, b) -> PercentFormat.format((String) a, b))
                // CPython's unicode_mod: formats only when the left operand is a str
                .binary(Slot.RMOD, (a, b) -> org.jyston.api.object.Derived.unwrap(b) instanceof String f
                        ? PercentFormat.format(f, a) : org.jyston.api.object.PyNotImplemented.NotImplemented)
                .attribute("__getnewargs__", org.jyston.api.object.BuiltinMethods.method("str", String.class,
                        "__getnewargs__", (self, a, k) -> {
                            org.jyston.api.object.BuiltinMethods.none("str.__getnewargs__", a, k);
                            return org.jyston.api.object.PyTuple.of(self);
                        }))
                .binary(Slot.LT, (a, b) -> b instanceof String t ? Strs.compare((String) a, t) < 0 : NI)
                .binary(Slot.LE, (a, b) -> b instanceof String t ? Strs.compare((String) a, t) <= 0 : NI)
                .binary(Slot.GT, (a, b) -> b instanceof String t ? Strs.compare((String) a, t) > 0 : NI)
                .binary(Slot.GE, (a, b) -> b instanceof String t ? Strs.compare((String) a, t) >= 0 : NI)
                .binary(Slot.EQ, (a, b) -> b instanceof String t ? (Object) a.equals(t) : NI)
                .binary(Slot.NE, (a, b) -> b instanceof String t ? (Object) !a.equals(t) : NI)
                .binary(Slot.CONTAINS, StrType::contains)
                .binary(Slot.GETITEM, StrType::getitem)
                .unary(Slot.ITER, o -> new StrIterator((String) o));
        StrMethods.addTo(s);
        return s;
    }

    /** {@code str(object='')}, {@code str(bytes, encoding[, errors])}. */
    static Object newStr(Object type, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object object = npos > 0 ? args[0] : null;
        Object encoding = npos > 1 ? args[1] : null;
        Object errors = npos > 2 ? args[2] : null;
        if (npos > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (" + args.length + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            Object v = args[npos + i];
            switch (kwnames[i]) {
                case "object":
                    object = dup(object, v, "object", 1);
                    break;
                case "encoding":
                    encoding = dup(encoding, v, "encoding", 2);
                    break;
                case "errors":
                    errors = dup(errors, v, "errors", 3);
                    break;
                default:
                    throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for str()");
            }
        }
        // Instances of Python subclasses of str need a layout (another bundle's concern): the plain
        // String is returned whatever type was asked for.
        if (encoding == null && errors == null) {
            return object == null ? "" : Op.str(object);
        }
        if (encoding != null && !(encoding instanceof String)) {
            throw Errors.typeError("str() argument 'encoding' must be str, not " + Op.typeName(encoding));
        }
        if (errors != null && !(errors instanceof String)) {
            throw Errors.typeError("str() argument 'errors' must be str, not " + Op.typeName(errors));
        }
        if (object instanceof org.jyston.api.object.PyBytes || object instanceof org.jyston.api.object.PyByteArray
                || (object != null && Op.typeName(object).equals("memoryview"))) {
            // the bytes types decode, with CPython's codecs and error handlers
            return errors == null
                    ? Op.call(Op.getattr(object, "decode"), encoding == null ? "utf-8" : encoding)
                    : Op.call(Op.getattr(object, "decode"), encoding == null ? "utf-8" : encoding, errors);
        }
        if (object instanceof byte[] b) {
            String enc = encoding == null ? "utf-8" : (String) encoding;
            try {
                return new String(b, Charset.forName(enc));
            } catch (IllegalArgumentException e) {
                throw Errors.raise(org.jyston.api.object.TypeRef.of("LookupError"), "unknown encoding: " + enc);
            }
        }
        if (object instanceof String) {
            throw Errors.typeError("decoding str is not supported");
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, "
                + (object == null ? "NoneType" : Op.typeName(object)) + " found");
    }

    private static Object dup(Object old, Object v, String name, int pos) {
        if (old != null) {
            throw Errors.typeError("argument for str() given by name ('" + name + "') and position (" + pos + ")");
        }
        return v;
    }

    /**
     * {@code a + b}. CPython's str has no {@code nb_add}: the right operand's {@code __radd__} is tried,
     * then str's sequence concatenation, which raises for a non-str. Both happen here, as the kernel
     * has no sequence-concat fallback.
     */
    static Object add(Object a, Object b) {
        String s = (String) a;
        if (b instanceof String t) {
            if (s.isEmpty()) {
                return t;
            }
            if (t.isEmpty()) {
                return s;
            }
            if ((long) s.length() + t.length() > Integer.MAX_VALUE - 8) {
                throw Errors.overflow("strings are too large to concat");
            }
            return s.concat(t);
        }
        Object r = reflected(b, a, Slot.RADD);
        if (r != NI) {
            return r;
        }
        throw Errors.typeError("can only concatenate str (not \"" + Op.typeName(b) + "\") to str");
    }

    /** The right operand's reflected method, unless it is str's own; NotImplemented if none. */
    private static Object reflected(Object b, Object a, Slot slot) {
        PyType rt = PyType.of(b);
        Slot.Binary rf = rt.binary(slot);
        if (rf == null || rt.getName().equals("str")) {
            return NI;
        }
        return rf.apply(b, a);
    }

    /** {@code s * n}; a non-int n gets the right operand's {@code __rmul__}, then CPython's message. */
    static Object mul(Object a, Object b) {
        Object n = Strs.index(b);
        if (n != null) {
            return repeat((String) a, n);
        }
        Object r = reflected(b, a, Slot.RMUL);
        if (r != NI) {
            return r;
        }
        throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(b) + "'");
    }

    /** {@code n * s}: reached after the left operand's {@code __mul__} declined. */
    static Object rmul(Object a, Object b) {
        Object n = Strs.index(b);
        if (n != null) {
            return repeat((String) a, n);
        }
        throw Errors.typeError("can't multiply sequence by non-int of type '" + Op.typeName(b) + "'");
    }

    static String repeat(String s, Object n) {
        BigInteger big = Strs.big(n);
        if (big.bitLength() > 63) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long count = big.longValue();
        if (count <= 0 || s.isEmpty()) {
            return "";
        }
        if (count == 1) {
            return s;
        }
        long total;
        try {
            total = Math.multiplyExact((long) s.length(), count);
        } catch (ArithmeticException e) {
            throw Errors.overflow("repeated string is too long");
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw Errors.raise(Strs.MEMORY_ERROR);
        }
        return s.repeat((int) count);
    }

    /** {@code sub in s}. */
    static Object contains(Object self, Object sub) {
        if (sub instanceof org.jyston.api.object.Derived.Value v && v.value() instanceof String) {
            sub = v.value(); // an instance of a str subclass
        }
        if (!(sub instanceof String t)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + Op.typeName(sub));
        }
        return ((String) self).contains(t);
    }

    /** {@code s[i]} for an int {@code i}, {@code s[start:stop:step]} for a slice. */
    static Object getitem(Object self, Object key) {
        String s = (String) self;
        if (key instanceof PySlice sl) {
            return slice(s, sl);
        }
        Object i = Strs.index(key);
        if (i == null) {
            throw Errors.typeError("string indices must be integers, not '" + Op.typeName(key) + "'");
        }
        BigInteger b = Strs.big(i);
        if (b.bitLength() > 63) {
            throw Errors.raise(Strs.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        long k = b.longValue();
        boolean simple = Strs.simple(s);
        int len = simple ? s.length() : s.codePointCount(0, s.length());
        if (k < 0) {
            k += len;
        }
        if (k < 0 || k >= len) {
            throw Errors.raise(Strs.INDEX_ERROR, "string index out of range");
        }
        if (simple) {
            return String.valueOf(s.charAt((int) k));
        }
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) k)));
    }

    /** {@code s[start:stop:step]}, counting code points. */
    static String slice(String s, PySlice sl) {
        long step = Strs.sliceIndex(sl.step(), 1);
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (step < -Long.MAX_VALUE) {
            step = -Long.MAX_VALUE;
        }
        boolean simple = Strs.simple(s);
        int len = simple ? s.length() : s.codePointCount(0, s.length());
        long start = adjustBound(Strs.sliceIndex(sl.start(), step < 0 ? Long.MAX_VALUE : 0), len, step);
        long stop = adjustBound(Strs.sliceIndex(sl.stop(), step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE), len, step);
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        if (n <= 0) {
            return "";
        }
        if (step == 1) {
            if (n == len) {
                return s;
            }
            return simple ? s.substring((int) start, (int) (start + n)) : Strs.substring(s, (int) start, (int) (start + n));
        }
        StringBuilder sb = new StringBuilder((int) n);
        if (simple) {
            for (long i = 0, p = start; i < n; i++, p += step) {
                sb.append(s.charAt((int) p));
            }
        } else {
            int[] cps = s.codePoints().toArray();
            for (long i = 0, p = start; i < n; i++, p += step) {
                sb.appendCodePoint(cps[(int) p]);
            }
        }
        return sb.toString();
    }

    private static long adjustBound(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }
}
