package org.jyston.types.integer.impl;

import java.math.BigInteger;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * The methods of {@code int} that take arguments: {@code to_bytes}, {@code from_bytes} and
 * {@code __round__}, with CPython's argument handling and messages.
 */
final class IntMethods {
    private static final TypeRef INT = TypeRef.of("int");

    private IntMethods() {}

    /**
     * Binds positional then keyword arguments to {@code names} as CPython's argument clinic does;
     * names from {@code kwOnly} on can only be given by keyword. Missing ones are null.
     */
    static Object[] bind(String fn, Object[] args, String[] kw, int start, String[] names, int kwOnly) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw - start;
        if (npos > kwOnly) {
            throw Errors.typeError(fn + "() takes at most " + kwOnly + " positional argument" + (kwOnly == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, start, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int at = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kw[i])) {
                    at = j;
                }
            }
            if (at < 0) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (at < npos) {
                throw Errors.typeError("argument for " + fn + "() given by name ('" + kw[i] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = args[start + npos + i];
        }
        return out;
    }

    private static boolean littleEndian(String fn, Object order) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof String s)) {
            throw Errors.typeError(fn + "() argument 'byteorder' must be str, not " + Op.typeName(order));
        }
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    static final PyBuiltinFunction TO_BYTES = new PyBuiltinFunction("to_bytes", (args, kw) -> {
        if (args.length == 0 || !IntOps.isInt(args[0])) {
            throw Errors.typeError("descriptor 'to_bytes' of 'int' object needs an argument");
        }
        Object[] p = bind("to_bytes", args, kw, 1, new String[] {"length", "byteorder", "signed"}, 2);
        long length = p[0] == null ? 1 : Op.indexAsLong(p[0], "length");
        boolean little = littleEndian("to_bytes", p[1]);
        boolean signed = p[2] != null && Op.isTrue(p[2]);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = IntOps.big(args[0]);
        if (v.signum() < 0 && !signed) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = v.bitLength() + (signed ? 1 : 0);
        if (bits > length * 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal length
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    });

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}: a class method. */
    static final PyBuiltinFunction FROM_BYTES = PyBuiltinFunction.classMethod("from_bytes", (args, kw) -> {
        Object cls = args[0];
        Object[] p = bind("from_bytes", args, kw, 1, new String[] {"bytes", "byteorder", "signed"}, 2);
        if (p[0] == null) {
            throw Errors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = littleEndian("from_bytes", p[1]);
        boolean signed = p[2] != null && Op.isTrue(p[2]);
        byte[] data = bytesOf(p[0]);
        byte[] big = new byte[data.length + 1]; // a leading zero keeps it unsigned
        for (int i = 0; i < data.length; i++) {
            big[i + 1] = data[little ? data.length - 1 - i : i];
        }
        BigInteger v = new BigInteger(big);
        if (signed && data.length > 0 && v.testBit(data.length * 8 - 1)) {
            v = v.subtract(BigInteger.ONE.shiftLeft(data.length * 8));
        }
        Object r = IntOps.norm(v);
        return cls == INT.get() ? r : Op.call(cls, r);
    });

    /** {@code bytes(x)} as {@code from_bytes} takes it: a bytes-like object or an iterable of ints. */
    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray b) {
            byte[] out = new byte[b.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) b.get(i);
            }
            return out;
        }
        Object conv = PyType.of(o).lookup("__bytes__");
        if (conv != null) {
            return bytesOf(Op.call(conv, o));
        }
        if (o instanceof String || IntOps.isInt(o) || PyType.of(o).lookup("__iter__") == null) {
            throw Errors.typeError("cannot convert '" + Op.typeName(o) + "' object to bytes");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object it = Op.iter(o);
        for (Object x = Op.next(it); x != null; x = Op.next(it)) {
            long v = Op.indexAsLong(x, "bytes");
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) v);
        }
        return out.toByteArray();
    }

    /** {@code int.__round__(ndigits=None)}: negative ndigits round half to even at that power of ten. */
    static final PyBuiltinFunction ROUND = new PyBuiltinFunction("__round__", (args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("int.__round__() takes no keyword arguments");
        }
        if (args.length == 0 || !IntOps.isInt(args[0])) {
            throw Errors.typeError("descriptor '__round__' of 'int' object needs an argument");
        }
        if (args.length > 2) {
            throw Errors.typeError("__round__ expected at most 1 argument, got " + (args.length - 1));
        }
        Object self = IntOps.asInt(args[0]);
        if (args.length == 1 || args[1] == org.jyston.api.object.PyNone.None) {
            return self;
        }
        Object nd = Op.index(args[1]);
        if (IntOps.signum(nd) >= 0) {
            return self;
        }
        BigInteger ndigits = IntOps.big(nd).negate();
        if (ndigits.bitLength() > 31) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow(ndigits.intValue());
        BigInteger v = IntOps.big(self);
        BigInteger[] qr = IntOps.divmodBig(v, pow, "");
        BigInteger twice = qr[1].shiftLeft(1);
        int c = twice.compareTo(pow);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntOps.norm(q.multiply(pow));
    });

    /**
     * {@code int.__pow__(exp, mod=None)} and {@code int.__rpow__(base, mod=None)}: the method form
     * takes the modulus that {@code pow(a, b, m)} passes; a non-int operand gives NotImplemented.
     */
    static PyBuiltinFunction pow(String name, boolean reflected) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("int." + name + "() takes no keyword arguments");
            }
            if (args.length < 2 || args.length > 3) {
                throw Errors.typeError(" expected " + (args.length < 2 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + (args.length - 1));
            }
            Object self = args[0];
            Object other = args[1];
            Object base = reflected ? other : self;
            Object exp = reflected ? self : other;
            Object mod = args.length > 2 ? args[2] : org.jyston.api.object.PyNone.None;
            if (mod == org.jyston.api.object.PyNone.None) {
                return IntOps.pow(base, exp);
            }
            if (!IntOps.isInt(base) || !IntOps.isInt(exp) || !IntOps.isInt(mod)) {
                return org.jyston.api.object.PyNotImplemented.NotImplemented;
            }
            return IntOps.norm(powMod(IntOps.big(base), IntOps.big(exp), IntOps.big(mod)));
        });
    }

    /** {@code pow(base, exp, mod)} of ints: the sign of mod; a negative exponent inverts the base. */
    static BigInteger powMod(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger b = base.mod(m);
        if (exp.signum() < 0) {
            if (!b.gcd(m).equals(BigInteger.ONE)) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            b = b.modInverse(m);
            exp = exp.negate();
        }
        BigInteger r = b.modPow(exp, m);
        return mod.signum() < 0 && r.signum() != 0 ? r.subtract(m) : r;
    }
}
