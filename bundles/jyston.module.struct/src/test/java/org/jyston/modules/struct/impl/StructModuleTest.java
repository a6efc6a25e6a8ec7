package org.jyston.modules.struct.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StructModuleTest {
    static PyModule struct;

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        List<TypeSpec> specs = new ArrayList<>(new org.jyston.types.bytes.impl.BytesTypes().specs());
        specs.addAll(new StructTypes().specs());
        for (TypeSpec spec : specs) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
        struct = new PyModule("_struct");
        new StructModule().populate(struct);
    }

    static Object call(String name, Object... args) {
        return Op.call(struct.getDict().get(name), args, null);
    }

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    static String structError(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            assertThat(e.type().getName()).isEqualTo("error");
            assertThat(Op.getattr(e.type(), "__module__")).isEqualTo("struct");
            return Op.str(e.value());
        }
        throw new AssertionError("no struct.error");
    }

    @Test
    void nativeSizesAlignLikeX86_64() {
        assertThat(call("calcsize", "ci")).isEqualTo(8L);
        assertThat(call("calcsize", "cq")).isEqualTo(16L);
        assertThat(call("calcsize", "c0l")).isEqualTo(8L);
        assertThat(call("calcsize", "ce")).isEqualTo(4L);
        assertThat(call("calcsize", "=ci")).isEqualTo(5L);
        assertThat(call("calcsize", "<ql")).isEqualTo(12L);
        assertThat(call("calcsize", " 3s 2p ")).isEqualTo(5L);
    }

    @Test
    void packsBothByteOrders() {
        assertThat(((PyBytes) call("pack", ">hIq", 1L, 2L, -1L)).array())
                .isEqualTo(bytes(0, 1, 0, 0, 0, 2, 255, 255, 255, 255, 255, 255, 255, 255));
        assertThat(((PyBytes) call("pack", "<H", 0x1234L)).array()).isEqualTo(bytes(0x34, 0x12));
        assertThat(((PyBytes) call("pack", "bxi", 1L, 2L)).array()).isEqualTo(bytes(1, 0, 0, 0, 2, 0, 0, 0));
        PyTuple t = (PyTuple) call("unpack", ">Q", new PyBytes(bytes(255, 255, 255, 255, 255, 255, 255, 255)));
        assertThat(t.get(0)).isEqualTo(new BigInteger("18446744073709551615"));
    }

    @Test
    void halfFloatsRoundToEvenAndOverflow() {
        assertThat(((PyBytes) call("pack", "<e", 65504.0)).array()).isEqualTo(bytes(0xff, 0x7b));
        assertThat(((PyBytes) call("pack", "<e", Math.scalb(1.0, -25))).array()).isEqualTo(bytes(0, 0));
        assertThat(((PyBytes) call("pack", "<e", 3 * Math.scalb(1.0, -26))).array()).isEqualTo(bytes(1, 0));
        assertThat(((PyBytes) call("pack", "<e", 2051.0)).array()).isEqualTo(bytes(0x02, 0x68));
        assertThat(((PyTuple) call("unpack", "<e", new PyBytes(bytes(1, 0)))).get(0)).isEqualTo(5.960464477539063e-08);
        assertThatThrownBy(() -> call("pack", "e", 65520.0)).isInstanceOf(PyException.class)
                .hasMessageContaining("float too large to pack with e format");
        // an int argument's OverflowError becomes struct.error
        assertThat(structError(() -> call("pack", "e", 1_000_000L))).isEqualTo("int too large to convert");
    }

    @Test
    void rangeErrorsUseTheMessageOfTheTableTheCodeComesFrom() {
        assertThat(structError(() -> call("pack", "h", 70000L))).isEqualTo("short format requires -32768 <= number <= 32767");
        assertThat(structError(() -> call("pack", ">h", 70000L))).isEqualTo("'h' format requires -32768 <= number <= 32767");
        assertThat(structError(() -> call("pack", "<L", 1L << 40))).isEqualTo("'L' format requires 0 <= number <= 4294967295");
        assertThat(structError(() -> call("pack", ">H", -1L))).isEqualTo("argument out of range");
        assertThat(structError(() -> call("pack", ">q", BigInteger.ONE.shiftLeft(63)))).isEqualTo("int too large to convert");
        assertThat(structError(() -> call("pack", "i", 1.5))).isEqualTo("required argument is not an integer");
        assertThat(structError(() -> call("pack", "d", "x"))).isEqualTo("required argument is not a float");
    }

    @Test
    void formatErrors() {
        assertThat(structError(() -> call("calcsize", "z"))).isEqualTo("bad char in struct format");
        assertThat(structError(() -> call("calcsize", "<n"))).isEqualTo("bad char in struct format");
        assertThat(structError(() -> call("calcsize", "i 3"))).isEqualTo("repeat count given without format specifier");
        assertThat(structError(() -> call("calcsize", "99999999999999999999i"))).isEqualTo("total struct size too long");
        assertThat(structError(() -> call("calcsize", "2\0i"))).isEqualTo("embedded null character");
    }

    @Test
    void packIntoAndUnpackFromCheckOffsets() {
        PyByteArray buf = new PyByteArray(bytes(9, 9, 9, 9, 9, 9));
        call("pack_into", "<h", buf, -2L, 0x0102L);
        assertThat(buf.toByteArray()).isEqualTo(bytes(9, 9, 9, 9, 2, 1));
        assertThat(((PyTuple) call("unpack_from", "<h", buf, 4L)).get(0)).isEqualTo(0x0102L);
        assertThat(structError(() -> call("pack_into", "i", buf, 3L, 1L)))
                .isEqualTo("pack_into requires a buffer of at least 7 bytes for packing 4 bytes at offset 3 (actual buffer size is 6)");
        assertThat(structError(() -> call("unpack_from", "i", buf, -9L))).isEqualTo("offset -9 out of range for 6-byte buffer");
        assertThat(structError(() -> call("unpack", "i", buf))).isEqualTo("unpack requires a buffer of 4 bytes");
        // a failure mid-way leaves the field zeroed and the values before it written, as CPython's in-place packing does
        assertThat(structError(() -> call("pack_into", "bbh", buf, 0L, 5L, 6L, "x")))
                .isEqualTo("required argument is not an integer");
        assertThat(buf.toByteArray()).isEqualTo(bytes(5, 6, 0, 0, 2, 1));
    }

    @Test
    void iterUnpackYieldsEachStruct() {
        Object it = call("iter_unpack", "<h", new PyBytes(bytes(1, 0, 2, 0)));
        assertThat(Op.call(Op.getattr(it, "__length_hint__"))).isEqualTo(2L);
        assertThat(((PyTuple) Op.next(it)).get(0)).isEqualTo(1L);
        assertThat(((PyTuple) Op.next(it)).get(0)).isEqualTo(2L);
        assertThat(Op.call(Op.getattr(it, "__length_hint__"))).isEqualTo(0L);
        assertThat(structError(() -> call("iter_unpack", "i", new PyBytes(bytes(1, 2, 3)))))
                .isEqualTo("iterative unpacking requires a buffer of a multiple of 4 bytes");
    }

    @Test
    void pascalStringsKeepCPythonsCountByte() {
        assertThat(((PyBytes) call("pack", "5p", new PyBytes("abcdefgh".getBytes()))).array())
                .isEqualTo(bytes(4, 'a', 'b', 'c', 'd'));
        assertThat(((PyBytes) call("pack", "0p2x", new PyBytes(bytes('a')))).array()).isEqualTo(bytes(0xff, 0));
        assertThat(((PyTuple) call("unpack", "5p", new PyBytes(bytes(9, 'a', 'b', 'c', 'd')))).get(0))
                .isEqualTo(new PyBytes("abcd".getBytes()));
    }
}
