package org.jyston.modules.array.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypeCodeTest {
    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    private static String overflow(TypeCode c, Object v) {
        try {
            c.toBits(v);
        } catch (PyException e) {
            assertThat(e.type().getName()).isEqualTo("OverflowError");
            return Op.str(e.value());
        }
        throw new AssertionError("no OverflowError for " + v);
    }

    @Test
    void itemsRoundTripThroughTheirLittleEndianBytes() {
        byte[] d = new byte[8];
        for (TypeCode c : TypeCode.values()) {
            if (!c.isInteger()) {
                continue;
            }
            long v = c.signed ? -5 : 200;
            c.putBits(d, 0, c.toBits(v));
            assertThat(c.get(d, 0)).as("%s", c).isEqualTo(v);
        }
        TypeCode.Q.putBits(d, 0, TypeCode.Q.toBits(new BigInteger("18446744073709551615")));
        assertThat(TypeCode.Q.get(d, 0)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(d[0]).isEqualTo((byte) 0xff);
        TypeCode.f.putBits(d, 0, TypeCode.f.toBits(0.1));
        assertThat(TypeCode.f.get(d, 0)).isEqualTo((double) 0.1f);
        TypeCode.u.putBits(d, 0, TypeCode.u.toBits("\uD83D\uDE00"));
        assertThat(TypeCode.u.get(d, 0)).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void outOfRangeItemsGiveCpythonsMessages() {
        assertThat(overflow(TypeCode.b, 128L)).isEqualTo("signed char is greater than maximum");
        assertThat(overflow(TypeCode.B, -1L)).isEqualTo("unsigned byte integer is less than minimum");
        assertThat(overflow(TypeCode.H, 70000L)).isEqualTo("unsigned short is greater than maximum");
        assertThat(overflow(TypeCode.i, BigInteger.ONE.shiftLeft(70))).isEqualTo(
                "Python int too large to convert to C long");
        assertThat(overflow(TypeCode.I, -1L)).isEqualTo("can't convert negative value to unsigned int");
        assertThat(overflow(TypeCode.I, 1L << 32)).isEqualTo("unsigned int is greater than maximum");
        assertThat(overflow(TypeCode.q, BigInteger.ONE.shiftLeft(63))).isEqualTo("int too big to convert");
        assertThat(overflow(TypeCode.Q, -1L)).isEqualTo("can't convert negative int to unsigned");
    }
}
