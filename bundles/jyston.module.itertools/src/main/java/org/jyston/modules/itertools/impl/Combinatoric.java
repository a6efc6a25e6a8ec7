package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import java.math.BigInteger;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeSpec;

/**
 * {@code product}, {@code permutations}, {@code combinations} and
 * {@code combinations_with_replacement}: the pools are copied once into arrays and the state is an
 * {@code int[]} of indices, advanced in place as CPython's (and the documented recipes) do.
 */
final class Combinatoric {
    private Combinatoric() {}

    private static Object[] pick(Object[] pool, int[] indices, int r) {
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return out;
    }

    // ---- product

    static final class Product extends It {
        private final Object[][] pools;
        private final int[] indices;
        private boolean started;
        private boolean stopped;

        Product(PyType type, Object[][] pools) {
            super(type);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        synchronized Object next() {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (!started) {
                started = true;
                for (Object[] p : pools) {
                    if (p.length == 0) {
                        stopped = true;
                        return null;
                    }
                }
            } else {
                int i = n - 1;
                for (; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }
    }

    static TypeSpec productSpec() {
        return It.spec("product", true, (type, args, kw) -> {
            int nkw = ClinicArgs.nkw(kw);
            long repeat = 1;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("repeat")) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for product()");
                }
                repeat = ClinicArgs.ssize(args[args.length - nkw + k]);
            }
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            int npools = args.length - nkw;
            if (repeat != 0 && npools > (Integer.MAX_VALUE - 8) / repeat) {
                throw Errors.overflow("repeat argument too large");
            }
            Object[][] base = new Object[npools][];
            for (int i = 0; i < npools; i++) {
                base[i] = Terminating.toArray(args[i]);
            }
            Object[][] pools = new Object[(int) (npools * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % npools];
            }
            return new Product(type, pools);
        }).doc("Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n"
                + "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
                + "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
                + "cycle in a manner similar to an odometer (with the rightmost element changing\n"
                + "on every iteration).\n\n"
                + "To compute the product of an iterable with itself, specify the number\n"
                + "of repetitions with the optional repeat keyword argument. For example,\n"
                + "product(A, repeat=4) means the same as product(A, A, A, A).\n\n"
                + "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
                + "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
    }

    // ---- permutations

    static final class Permutations extends It {
        private final Object[] pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private boolean started;
        private boolean stopped;

        Permutations(PyType type, Object[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[Math.max(0, Math.min(r, n))];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
            this.stopped = r > n;
        }

        @Override
        synchronized Object next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (!started) {
                started = true;
                return PyTuple.of(pick(pool, indices, r));
            }
            if (n == 0) {
                stopped = true;
                return null;
            }
            int i = r - 1;
            for (; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    break;
                }
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return PyTuple.of(pick(pool, indices, r));
        }
    }

    static TypeSpec permutationsSpec() {
        return It.spec("permutations", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("permutations", new String[] {"iterable", "r"}, 0, 2, 1, args, kw);
            Object[] pool = Terminating.toArray(a[0]);
            long r = pool.length;
            if (a[1] != null && a[1] != PyNone.None) {
                Object v = a[1] instanceof Boolean b ? (Object) (b ? 1L : 0L) : Derived.unwrap(a[1]);
                if (!(v instanceof Long || v instanceof BigInteger)) {
                    throw Errors.typeError("Expected int as r");
                }
                if (v instanceof BigInteger) {
                    throw Errors.overflow("Python int too large to convert to C ssize_t");
                }
                r = (Long) v;
                if (r < 0) {
                    throw Errors.valueError("r must be non-negative");
                }
            }
            return new Permutations(type, pool, (int) Math.min(r, Integer.MAX_VALUE));
        }).doc("Return successive r-length permutations of elements in the iterable.\n\n"
                + "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
    }

    // ---- combinations

    static final class Combinations extends It {
        private final Object[] pool;
        private final int r;
        private final int[] indices;
        private final boolean replace;
        private boolean started;
        private boolean stopped;

        Combinations(PyType type, Object[] pool, int r, boolean replace) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            boolean empty = replace ? pool.length == 0 && r > 0 : r > pool.length;
            this.indices = new int[empty ? 0 : r];
            this.stopped = empty;
            if (!replace && !empty) {
                for (int i = 0; i < r; i++) {
                    indices[i] = i;
                }
            }
        }

        @Override
        synchronized Object next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (!started) {
                started = true;
                return PyTuple.of(pick(pool, indices, r));
            }
            int i = r - 1;
            if (!replace) {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            } else {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            }
            return PyTuple.of(pick(pool, indices, r));
        }
    }

    private static TypeSpec combinationsSpec(String name, boolean replace, String doc) {
        return It.spec(name, true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse(name, new String[] {"iterable", "r"}, 0, 2, 2, args, kw);
            Object[] pool = Terminating.toArray(a[0]);
            long r = ClinicArgs.ssize(a[1]);
            if (r < 0) {
                throw Errors.valueError("r must be non-negative");
            }
            if (r > Integer.MAX_VALUE - 8) {
                throw Errors.raise(Errors.MemoryError);
            }
            return new Combinations(type, pool, (int) r, replace);
        }).doc(doc);
    }

    static TypeSpec combinationsSpec() {
        return combinationsSpec("combinations", false, "Return successive r-length combinations of elements in the iterable.\n\n"
                + "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
    }

    static TypeSpec cwrSpec() {
        return combinationsSpec("combinations_with_replacement", true,
                "Return successive r-length combinations of elements in the iterable allowing individual elements "
                        + "to have successive repeats.\n\n"
                        + "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), "
                        + "('B','C'), ('C','C')");
    }
}
