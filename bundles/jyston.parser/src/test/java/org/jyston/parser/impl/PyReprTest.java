package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected strings are CPython 3.11.7's repr() of the same values. */
class PyReprTest {
    @Test
    void floats() {
        assertThat(PyRepr.floatRepr(0.1, true)).isEqualTo("0.1");
        assertThat(PyRepr.floatRepr(1e16, true)).isEqualTo("1e+16");
        assertThat(PyRepr.floatRepr(1e15, true)).isEqualTo("1000000000000000.0");
        assertThat(PyRepr.floatRepr(1.5e-5, true)).isEqualTo("1.5e-05");
        assertThat(PyRepr.floatRepr(0.0001, true)).isEqualTo("0.0001");
        assertThat(PyRepr.floatRepr(5e-324, true)).isEqualTo("5e-324");
        assertThat(PyRepr.floatRepr(1.7976931348623157e308, true)).isEqualTo("1.7976931348623157e+308");
        assertThat(PyRepr.floatRepr(Double.POSITIVE_INFINITY, true)).isEqualTo("inf");
        assertThat(PyRepr.floatRepr(2.0, false)).isEqualTo("2");
        assertThat(PyRepr.repr(org.jyston.api.object.PyComplex.imaginary(1.5))).isEqualTo("1.5j");
    }

    @Test
    void strings() {
        assertThat(PyRepr.strRepr("it's")).isEqualTo("\"it's\"");
        assertThat(PyRepr.strRepr("'\"")).isEqualTo("'\\'\"'");
        assertThat(PyRepr.strRepr("a\n\t\u0000\u007f\u00a0\u2028é")).isEqualTo("'a\\n\\t\\x00\\x7f\\xa0\\u2028é'");
        assertThat(PyRepr.bytesRepr(new byte[] {'a', '\'', (byte) 0x80})).isEqualTo("b\"a'\\x80\"");
    }
}
