package org.jyston.types.bytes.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of {@code _codecs} that need no interpreter: name normalisation and incremental UTF-8 ends. */
class CodecsModuleTest {

    @Test
    void normalizesAsCPythonDoes() {
        // CPython 3.11: codecs.register(print); codecs.lookup(name) shows what a search function receives
        assertThat(CodecsModule.normalize("Foo Bar-Baz")).isEqualTo("foo_bar_baz");
        assertThat(CodecsModule.normalize("UTF-8")).isEqualTo("utf_8");
        assertThat(CodecsModule.normalize(" x ")).isEqualTo("x");
        assertThat(CodecsModule.normalize("a.b")).isEqualTo("a.b");
        assertThat(CodecsModule.normalize("mac--roman")).isEqualTo("mac_roman");
    }

    @Test
    void keepsBackOnlyAnIncompleteUtf8Sequence() {
        assertThat(CodecFunctions.utf8Tail(new byte[] {'a', (byte) 0xe2, (byte) 0x82})).isEqualTo(2);
        assertThat(CodecFunctions.utf8Tail(new byte[] {'a', (byte) 0xe2})).isEqualTo(1);
        assertThat(CodecFunctions.utf8Tail(new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98})).isEqualTo(3);
        // complete, or already invalid: nothing to wait for
        assertThat(CodecFunctions.utf8Tail(new byte[] {'a', (byte) 0xc3, (byte) 0xa9})).isZero();
        assertThat(CodecFunctions.utf8Tail(new byte[] {(byte) 0xe0, 0x41})).isZero();
        assertThat(CodecFunctions.utf8Tail(new byte[] {(byte) 0xe0, (byte) 0x80})).isZero();
        assertThat(CodecFunctions.utf8Tail(new byte[] {(byte) 0xff})).isZero();
        assertThat(CodecFunctions.utf8Tail(new byte[0])).isZero();
    }
}
