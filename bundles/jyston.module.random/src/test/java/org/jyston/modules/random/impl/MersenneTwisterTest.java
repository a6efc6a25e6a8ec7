package org.jyston.modules.random.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CPython's numbers for its seeds: {@code random.seed(n)} is init_by_array over n's 32-bit words. */
class MersenneTwisterTest {
    @Test
    void seedingByArrayGivesCPythonsSequence() {
        MersenneTwister mt = new MersenneTwister();
        mt.initByArray(new int[] {42});
        assertThat(mt.nextDouble()).isEqualTo(0.6394267984578837);
        assertThat(mt.nextDouble()).isEqualTo(0.025010755222666936);
        mt.initByArray(new int[] {0});
        assertThat(mt.nextDouble()).isEqualTo(0.8444218515250481);
    }

    @Test
    void theStateRegeneratesAfter624Words() {
        MersenneTwister mt = new MersenneTwister();
        mt.initByArray(new int[] {1});
        for (int i = 0; i < 700; i++) {
            mt.next32();
        }
        assertThat(mt.index).isEqualTo(700 - 624);
    }
}
