package org.jyston.modules.random.impl;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.InstanceState;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code _random.Random}: the Mersenne Twister behind {@code random.Random}. */
@Component(service = BuiltinType.class)
public class RandomType implements BuiltinType {
    static final String NAME = "_random.Random";
    private static final SecureRandom ENTROPY = new SecureRandom();

    /** An instance: the generator (under the instance's monitor) and, for subclasses, a dictionary. */
    static final class Rng implements InstanceState.Holder {
        private final PyType type;
        final MersenneTwister mt = new MersenneTwister();
        private final InstanceState state = new InstanceState();

        Rng(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public boolean allowsDict() {
            return type.isHeapType();
        }

        @Override
        public InstanceState state() {
            return state;
        }
    }

    @Override
    public List<TypeSpec> specs() {
        return List.of(spec());
    }

    static TypeSpec spec() {
        TypeSpec s = new TypeSpec(NAME).flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.SUBCLASS_NEW)
                .flag(TypeSpec.Flag.HIDDEN)
                .doc("Random() -> create a random number generator with its own internal state.")
                .call(Slot.NEW, (type, a, kw) -> new Rng((PyType) type))
                .call(Slot.INIT, (self, a, kw) -> {
                    Rng r = (Rng) self;
                    int nkw = kw == null ? 0 : kw.length;
                    if (nkw > 0 && !r.type.isHeapType()) {
                        throw Errors.typeError("Random() takes no keyword arguments");
                    }
                    if (a.length - nkw > 1) {
                        throw Errors.typeError("Random() requires 0 or 1 argument");
                    }
                    seed(r, a.length - nkw == 1 ? a[0] : PyNone.None);
                    return PyNone.None;
                });
        m(s, "seed", (a, kw) -> {
            noKw("Random.seed", kw);
            if (a.length > 2) {
                throw Errors.typeError("seed expected at most 1 argument, got " + (a.length - 1));
            }
            seed((Rng) a[0], a.length > 1 ? a[1] : PyNone.None);
            return PyNone.None;
        });
        m(s, "random", (a, kw) -> {
            none("Random.random", a, kw);
            Rng r = (Rng) a[0];
            synchronized (r) {
                return r.mt.nextDouble();
            }
        });
        m(s, "getrandbits", (a, kw) -> {
            noKw("Random.getrandbits", kw);
            if (a.length != 2) {
                throw Errors.typeError("Random.getrandbits() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            Object kv = Op.index(a[1]);
            if (!(kv instanceof Long)) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            long k = (Long) kv;
            if (k < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            if (k > Integer.MAX_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            return getrandbits((Rng) a[0], (int) k);
        });
        m(s, "getstate", (a, kw) -> {
            none("Random.getstate", a, kw);
            Rng r = (Rng) a[0];
            Object[] out = new Object[MersenneTwister.N + 1];
            synchronized (r) {
                for (int i = 0; i < MersenneTwister.N; i++) {
                    out[i] = r.mt.mt[i] & 0xffffffffL;
                }
                out[MersenneTwister.N] = (long) r.mt.index;
            }
            return PyTuple.of(out);
        });
        m(s, "setstate", (a, kw) -> {
            noKw("Random.setstate", kw);
            if (a.length != 2) {
                throw Errors.typeError("Random.setstate() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            setstate((Rng) a[0], a[1]);
            return PyNone.None;
        });
        return s;
    }

    @FunctionalInterface
    private interface Body {
        Object call(Object[] a, String[] kw);
    }

    private static void m(TypeSpec s, String name, Body body) {
        s.attribute(name, new PyBuiltinFunction(name, (a, kw) -> {
            if (a.length == 0) {
                throw Errors.typeError("unbound method Random." + name + "() needs an argument");
            }
            if (!(a[0] instanceof Rng)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + NAME + "' objects doesn't apply to a '"
                        + Op.typeName(a[0]) + "' object");
            }
            return body.call(a, kw);
        }));
    }

    private static void noKw(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    private static void none(String name, Object[] a, String[] kw) {
        noKw(name, kw);
        if (a.length != 1) {
            throw Errors.typeError(name + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** CPython's {@code random_seed}: None from the OS's entropy, an int by its absolute value, else its hash. */
    static void seed(Rng r, Object arg) {
        int[] key;
        if (arg == PyNone.None) {
            key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = ENTROPY.nextInt();
            }
        } else {
            Object v = arg instanceof Boolean b ? (Object) (b ? 1L : 0L) : Derived.unwrap(arg);
            BigInteger n;
            if (v instanceof Long l) {
                n = BigInteger.valueOf(l).abs();
            } else if (v instanceof BigInteger b) {
                n = b.abs();
            } else {
                long h = Op.hash(arg);
                n = new BigInteger(Long.toUnsignedString(h)); // the hash as C's size_t
            }
            int bits = n.bitLength();
            int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
        }
        synchronized (r) {
            r.mt.initByArray(key);
        }
    }

    static Object getrandbits(Rng r, int k) {
        synchronized (r) {
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (r.mt.next32() & 0xffffffffL) >>> (32 - k);
            }
            int words = (k - 1) / 32 + 1;
            byte[] big = new byte[words * 4 + 1]; // big-endian, with a zero sign byte first
            int left = k;
            for (int i = 0; i < words; i++, left -= 32) {
                int w = r.mt.next32();
                if (left < 32) {
                    w >>>= 32 - left;
                }
                int at = big.length - 4 * (i + 1);
                big[at] = (byte) (w >>> 24);
                big[at + 1] = (byte) (w >>> 16);
                big[at + 2] = (byte) (w >>> 8);
                big[at + 3] = (byte) w;
            }
            BigInteger b = new BigInteger(big);
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
    }

    private static void setstate(Rng r, Object state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            Object v = Op.index(t.get(i));
            BigInteger b = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
            if (b.signum() < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (b.bitLength() > 64) {
                throw Errors.overflow("Python int too large to convert to C unsigned long");
            }
            words[i] = b.intValue();
        }
        Object iv = Op.index(t.get(MersenneTwister.N));
        long index = iv instanceof Long l ? l : -1;
        if (!(iv instanceof Long)) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        if (index < 0 || index > MersenneTwister.N) {
            throw Errors.valueError("invalid state");
        }
        synchronized (r) {
            System.arraycopy(words, 0, r.mt.mt, 0, words.length);
            r.mt.index = (int) index;
        }
    }
}
