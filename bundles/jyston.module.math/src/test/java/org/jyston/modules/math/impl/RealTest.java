package org.jyston.modules.math.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values CPython 3.11 on glibc gives, where Java's own functions give others. */
class RealTest {
    @Test
    void cbrtFollowsGlibcNotCorrectRounding() {
        assertThat(Real.cbrt(27.0)).isEqualTo(3.0000000000000004);
        assertThat(Real.cbrt(2.0)).isEqualTo(1.2599210498948734);
        assertThat(Real.cbrt(-8.0)).isEqualTo(-2.0);
        assertThat(Real.cbrt(64.0)).isEqualTo(4.0);
    }

    @Test
    void gammaIsCPythonsLanczosApproximation() {
        assertThat(Real.gamma(0.5)).isEqualTo(1.7724538509055159);
        assertThat(Real.gamma(5.5)).isEqualTo(52.34277778455352);
        assertThat(Real.gamma(23.0)).isEqualTo(1124000727777607680000.0);
        assertThat(Real.lgamma(10.5)).isEqualTo(13.940625219403763);
    }

    @Test
    void erfAndTheDecimalFunctionsMatchGlibc() {
        assertThat(Real.erf(0.5)).isEqualTo(0.5204998778130465);
        assertThat(Real.erfc(3.0)).isEqualTo(2.2090496998585438e-05);
        assertThat(Real.log2(10.0)).isEqualTo(3.321928094887362);
        assertThat(Real.log2(3.0)).isEqualTo(1.584962500721156);
        assertThat(Real.log10(1e-5)).isEqualTo(-5.0);
        assertThat(Real.exponent(5e-324)).isEqualTo(-1073);
    }

    @Test
    void normIsCorrectlyRounded() {
        assertThat(MathModule.vectorNorm(new double[] {3, 4})).isEqualTo(5.0);
        assertThat(MathModule.vectorNorm(new double[] {1e308, 1e308})).isEqualTo(1.4142135623730952e308);
        assertThat(MathModule.vectorNorm(new double[] {1, 1})).isEqualTo(Math.sqrt(2));
    }
}
