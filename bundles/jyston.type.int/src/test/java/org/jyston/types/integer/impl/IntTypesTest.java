package org.jyston.types.integer.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntTypesTest {

    @BeforeAll
    static void types() {
        CaseTable.registerTypes();
    }

    /** Every row of the table CPython 3.11 produced (src/test/python/gen_int_cases.py). */
    @Test
    void matchesCPythonTable() throws Exception {
        List<String> failures = CaseTable.run("/int_cases.txt");
        assertThat(failures).as("%d failing rows, first ones:%n%s", failures.size(),
                String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
    }

    @Test
    void typesAndBases() {
        PyType intType = TypeRegistry.byName("int");
        PyType boolType = TypeRegistry.byName("bool");
        assertThat(PyType.of(1L)).isSameAs(intType);
        assertThat(PyType.of(BigInteger.TEN.pow(30))).isSameAs(intType);
        assertThat(PyType.of(true)).isSameAs(boolType);
        assertThat(boolType.getMro()).extracting(PyType::getName).containsExactly("bool", "int", "object");
        assertThat(boolType.has(org.jyston.api.object.TypeSpec.Flag.BASETYPE)).isFalse();
        assertThat(intType.has(org.jyston.api.object.TypeSpec.Flag.BASETYPE)).isTrue();
    }

    @Test
    void resultsAreNormalised() {
        Object big = Op.binary(Slot.ADD, Long.MAX_VALUE, 1L);
        assertThat(big).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(Op.binary(Slot.SUB, big, 1L)).isInstanceOf(Long.class).isEqualTo(Long.MAX_VALUE);
        assertThat(Op.unary(Slot.NEG, Long.MIN_VALUE)).isInstanceOf(BigInteger.class);
        assertThat(Op.unary(Slot.NEG, Op.unary(Slot.NEG, Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(Op.binary(Slot.FLOORDIV, Long.MIN_VALUE, -1L)).isInstanceOf(BigInteger.class);
        assertThat(Op.binary(Slot.MUL, 1L << 32, 1L << 31)).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(Op.binary(Slot.MUL, -(1L << 32), 1L << 31)).isEqualTo(Long.MIN_VALUE);
        assertThat(Op.binary(Slot.LSHIFT, 1L, 63L)).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(Op.binary(Slot.LSHIFT, -1L, 63L)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void boolBehavesAsInt() {
        assertThat(Op.binary(Slot.ADD, true, 1L)).isEqualTo(2L);
        assertThat(Op.binary(Slot.ADD, true, true)).isEqualTo(2L);
        assertThat(Op.binary(Slot.AND, true, false)).isEqualTo(false);
        assertThat(Op.binary(Slot.OR, true, false)).isEqualTo(true);
        assertThat(Op.binary(Slot.XOR, true, true)).isEqualTo(false);
        assertThat(Op.binary(Slot.AND, true, 3L)).isEqualTo(1L);
        assertThat(Op.binary(Slot.AND, 3L, true)).isEqualTo(1L);
        assertThat(Op.unary(Slot.INVERT, true)).isEqualTo(-2L);
        assertThat(Op.unary(Slot.NEG, true)).isEqualTo(-1L);
        assertThat(Op.unary(Slot.POS, true)).isEqualTo(1L);
        assertThat(Op.repr(true)).isEqualTo("True");
        assertThat(Op.str(false)).isEqualTo("False");
        assertThat(Op.str(12L)).isEqualTo("12");
        assertThat(Op.compare(Slot.EQ, true, 1L)).isEqualTo(true);
        assertThat(Op.compare(Slot.LT, false, true)).isEqualTo(true);
    }

    @Test
    void declinesForeignOperands() {
        PyType intType = TypeRegistry.byName("int");
        for (Slot s : new Slot[] {Slot.ADD, Slot.RADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.FLOORDIV, Slot.MOD,
            Slot.DIVMOD, Slot.POW, Slot.LSHIFT, Slot.RSHIFT, Slot.AND, Slot.OR, Slot.XOR, Slot.LT, Slot.EQ}) {
            assertThat(intType.binary(s).apply(1L, 1.5)).as(s.name()).isSameAs(PyNotImplemented.NotImplemented);
            assertThat(intType.binary(s).apply(1L, "x")).as(s.name()).isSameAs(PyNotImplemented.NotImplemented);
        }
        assertThatThrownBy(() -> Op.binary(Slot.ADD, 1L, "x")).isInstanceOf(PyException.class)
                .hasMessage("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
        assertThatThrownBy(() -> Op.compare(Slot.LT, "x", true)).isInstanceOf(PyException.class)
                .hasMessage("TypeError: '<' not supported between instances of 'str' and 'bool'");
        assertThat(Op.compare(Slot.EQ, 1L, "1")).isEqualTo(false);
    }

    @Test
    void constructorArguments() {
        PyType t = TypeRegistry.byName("int");
        Slot.Call nw = t.call(Slot.NEW);
        assertThat(nw.apply(t, new Object[0], null)).isEqualTo(0L);
        assertThat(nw.apply(t, new Object[] {"ff", 16L}, new String[] {"base"})).isEqualTo(255L);
        assertThatThrownBy(() -> nw.apply(t, new Object[] {16L}, new String[] {"base"}))
                .hasMessage("TypeError: int() missing string argument");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {"1", 16L}, new String[] {"x"}))
                .hasMessage("TypeError: 'x' is an invalid keyword argument for int()");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {"1", 2L, 3L}, null))
                .hasMessage("TypeError: int() takes at most 2 arguments (3 given)");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {"1", "x"}, null))
                .hasMessage("TypeError: 'str' object cannot be interpreted as an integer");
        assertThatThrownBy(() -> nw.apply(t, new Object[] {"x"}, null))
                .hasMessage("ValueError: invalid literal for int() with base 10: 'x'");
        PyType b = TypeRegistry.byName("bool");
        assertThat(b.call(Slot.NEW).apply(b, new Object[] {"x"}, null)).isEqualTo(true);
        assertThat(b.call(Slot.NEW).apply(b, new Object[0], null)).isEqualTo(false);
        assertThatThrownBy(() -> b.call(Slot.NEW).apply(b, new Object[] {1L}, new String[] {"x"}))
                .hasMessage("TypeError: bool() takes no keyword arguments");
        assertThatThrownBy(() -> b.call(Slot.NEW).apply(b, new Object[] {1L, 2L}, null))
                .hasMessage("TypeError: bool expected at most 1 argument, got 2");
    }
}
