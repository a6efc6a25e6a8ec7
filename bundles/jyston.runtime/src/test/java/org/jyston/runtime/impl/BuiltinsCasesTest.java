package org.jyston.runtime.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pure helpers of the builtins against tables CPython 3.11 computed
 * ({@code src/test/python/gen_builtins_cases.py} writes {@code builtins_cases.txt}).
 */
class BuiltinsCasesTest {
    private static final String[] POW = {"base", "exp", "mod"};
    private static final String[] ROUND = {"number", "ndigits"};
    private static final String[] SUM = {"iterable", "start"};

    @BeforeAll
    static void types() {
        reg(new TypeSpec("object").flag(TypeSpec.Flag.BASETYPE));
        reg(new TypeSpec("BaseException").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.EXCEPTION));
        for (String e : List.of("Exception", "TypeError", "ValueError", "ArithmeticError")) {
            reg(new TypeSpec(e).base(e.equals("Exception") ? "BaseException" : "Exception"));
        }
        reg(new TypeSpec("OverflowError").base("ArithmeticError"));
        // a stand-in for int: comparisons only, which min and max need
        reg(new TypeSpec("int").representation(Long.class)
                .binary(Slot.LT, (a, b) -> (Long) a < (Long) b)
                .binary(Slot.GT, (a, b) -> (Long) a > (Long) b));
    }

    private static void reg(TypeSpec s) {
        if (TypeRegistry.byName(s.name()) == null) {
            TypeRegistry.register(s);
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/builtins_cases.txt"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                String expected = f[f.length - 1];
                tests.add(DynamicTest.dynamicTest(++n + ": " + line, () -> check(f, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(String[] f, String expected) {
        switch (f[0]) {
            case "round_float": {
                double x = parseFloat(f[1]);
                if (f[2].equals("None")) {
                    expect(() -> show(Rounding.toInt(x)), expected);
                } else {
                    expect(() -> show(Rounding.round(x, Long.parseLong(f[2]))), expected);
                }
                break;
            }
            case "round_int":
                expect(() -> Rounding.round(new BigInteger(f[1]), Long.parseLong(f[2])).toString(), expected);
                break;
            case "powmod":
                expect(() -> IntMath.powMod(new BigInteger(f[1]), new BigInteger(f[2]), new BigInteger(f[3]))
                        .toString(), expected);
                break;
            case "args_pow":
                expectParse("pow", f, POW, 0, 2, expected);
                break;
            case "args_round":
                expectParse("round", f, ROUND, 0, 1, expected);
                break;
            case "args_sum":
                expectParse("sum", f, SUM, 1, 1, expected);
                break;
            case "minmax_min":
            case "minmax_max": {
                String name = f[0].substring(7);
                Object[][] call = call(f, i -> (long) (i + 1), PyNone.None);
                expect(() -> show(BuiltinsIteration.minmax(name, name.equals("min") ? Slot.LT : Slot.GT,
                        call[0], (String[]) call[1])), expected);
                break;
            }
            default:
                throw new AssertionError("unknown case " + f[0]);
        }
    }

    /** Only whether the arguments are accepted, and the message if not. */
    private static void expectParse(String name, String[] f, String[] names, int posOnly, int required,
            String expected) {
        Object[][] call = call(f, i -> 2L, 2L);
        Supplier<String> parse = () -> {
            Args.parse(name, call[0], (String[]) call[1], names, posOnly, required);
            return "accepted";
        };
        expect(parse, expected.startsWith("!") ? expected : "accepted");
    }

    /** Positional values, then one value per keyword named in {@code f[2]}; and the keyword names. */
    private static Object[][] call(String[] f, java.util.function.IntFunction<Object> pos, Object kwValue) {
        int npos = Integer.parseInt(f[1]);
        String[] kw = f[2].isEmpty() ? new String[0] : f[2].split(",");
        Object[] args = new Object[npos + kw.length];
        for (int i = 0; i < npos; i++) {
            args[i] = pos.apply(i);
        }
        for (int i = 0; i < kw.length; i++) {
            args[npos + i] = kwValue;
        }
        return new Object[][] {args, kw.length == 0 ? null : kw};
    }

    private static void expect(Supplier<String> actual, String expected) {
        String got;
        try {
            got = actual.get();
        } catch (PyException e) {
            got = "!" + e.type().getName() + ": " + e.value().getArgs().get(0);
        }
        assertThat(got).isEqualTo(expected);
    }

    private static double parseFloat(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s);
        }
    }

    /** As the generator writes results: floats in hex ({@code float.hex}), ints in decimal. */
    private static String show(Object o) {
        if (o instanceof Double d) {
            if (d.isNaN()) {
                return "nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
            return pyHex(d);
        }
        return o.toString();
    }

    /** {@code float.hex()}: 13 hex digits of fraction, subnormals as 0x0.xxxp-1022. */
    static String pyHex(double d) {
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0.0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(a);
        long frac = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String digits = String.format("%013x", frac);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }
}
