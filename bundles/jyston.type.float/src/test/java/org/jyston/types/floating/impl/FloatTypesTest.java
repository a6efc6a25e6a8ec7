package org.jyston.types.floating.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FloatTypesTest {

    @BeforeAll
    static void types() {
        CaseTable.registerTypes();
    }

    /** Every row of the table CPython 3.11 produced (src/test/python/gen_float_cases.py). */
    @Test
    void matchesCPythonTable() throws Exception {
        List<String> failures = CaseTable.run("/float_cases.txt");
        // ~4900 rows of **: integral exponents are computed exactly (glibc rounds some exact ties the
        // other way), others by Math.pow; a handful may differ from CPython by one ulp
        assertThat(CaseTable.powUlpDiffs).as("pow rows one ulp off: %s", CaseTable.powUlpDiffs).hasSizeLessThan(10);
        assertThat(failures).as("%d failing rows, first ones:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
    }

    /** repr and hash of 4000 doubles, as CPython 3.11 gives them. */
    @Test
    void reprAndHashMatchCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/float_repr.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                rows++;
                String[] f = line.split("\t");
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                String repr = Op.repr(d);
                Object hash = PyType.of(d).unary(Slot.HASH).apply(d);
                if (!repr.equals(f[1]) || !hash.equals(Long.parseLong(f[2]))) {
                    failures.add(line + " => " + repr + " " + hash);
                }
            }
        }
        assertThat(rows).isGreaterThan(3000);
        assertThat(failures).as("%d failing rows, first ones:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
    }

    @Test
    void reprExamples() {
        assertThat(Op.repr(1e16)).isEqualTo("1e+16");
        assertThat(Op.repr(0.1)).isEqualTo("0.1");
        assertThat(Op.repr(1.0)).isEqualTo("1.0");
        assertThat(Op.repr(1e-5)).isEqualTo("1e-05");
        assertThat(Op.repr(123456789012345678.0)).isEqualTo("1.2345678901234568e+17");
        assertThat(Op.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Op.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Op.repr(Double.NaN)).isEqualTo("nan");
        assertThat(Op.repr(-0.0)).isEqualTo("-0.0");
        assertThat(Op.str(2.5)).isEqualTo("2.5");
        // Java 17's Double.toString gives 2.0E-3 as "0.002" but some values one digit too long
        assertThat(Op.repr(2.0E-3)).isEqualTo("0.002");
        assertThat(Op.repr(1.0E23)).isEqualTo("1e+23");
    }

    @Test
    void hashIsConsistentWithInt() {
        PyType f = TypeRegistry.byName("float");
        PyType i = TypeRegistry.byName("int");
        assertThat(f.unary(Slot.HASH).apply(1.0)).isEqualTo(i.unary(Slot.HASH).apply(1L));
        assertThat(f.unary(Slot.HASH).apply(-1.0)).isEqualTo(-2L);
        assertThat(f.unary(Slot.HASH).apply(0x1p80)).isEqualTo(i.unary(Slot.HASH).apply(java.math.BigInteger.ONE.shiftLeft(80)));
        Double nan = Double.NaN;
        assertThat(f.unary(Slot.HASH).apply(nan)).isEqualTo((long) System.identityHashCode(nan));
    }

    @Test
    void mixedArithmeticGoesThroughBothSides() {
        assertThat(Op.binary(Slot.ADD, 1L, 0.5)).isEqualTo(1.5);
        assertThat(Op.binary(Slot.ADD, 0.5, true)).isEqualTo(1.5);
        assertThat(Op.binary(Slot.SUB, 1L, 0.25)).isEqualTo(0.75);
        assertThat(Op.binary(Slot.TRUEDIV, 1L, 4.0)).isEqualTo(0.25);
        assertThat(Op.compare(Slot.LT, 1L, 1.5)).isEqualTo(true);
        assertThat(Op.compare(Slot.EQ, 1.0, true)).isEqualTo(true);
        assertThat(Op.compare(Slot.EQ, 1.0, "1")).isEqualTo(false);
        PyType f = TypeRegistry.byName("float");
        assertThat(f.binary(Slot.ADD).apply(1.0, "x")).isSameAs(PyNotImplemented.NotImplemented);
        assertThat(Op.binary(Slot.POW, -8.0, 1.0 / 3)).isInstanceOf(org.jyston.api.object.PyComplex.class);
    }

    @Test
    void constructorArguments() {
        PyType t = TypeRegistry.byName("float");
        Slot.Call nw = t.call(Slot.NEW);
        assertThat(nw.apply(t, new Object[0], null)).isEqualTo(0.0);
        assertThatThrownBy(() -> nw.apply(t, new Object[] {1L}, new String[] {"x"}))
                .hasMessage("TypeError: float() takes no keyword arguments");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {1L, 2L}, null))
                .hasMessage("TypeError: float expected at most 1 argument, got 2");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {PyNotImplemented.NotImplemented}, null))
                .hasMessageStartingWith("SystemError"); // no NotImplementedType registered in this test
        PyType i = TypeRegistry.byName("int");
        assertThat(i.call(Slot.NEW).apply(i, new Object[] {-3.99}, null)).isEqualTo(-3L);
    }
}
