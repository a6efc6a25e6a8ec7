package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotTest {
    @Test
    void arithmeticSlotsPairWithTheirReflections() {
        assertThat(Slot.ADD.reflected()).isEqualTo(Slot.RADD);
        assertThat(Slot.RADD.reflected()).isEqualTo(Slot.ADD);
        assertThat(Slot.POW.reflected()).isEqualTo(Slot.RPOW);
        assertThat(Slot.OR.reflected()).isEqualTo(Slot.ROR);
        for (Slot s : Slot.values()) {
            Slot r = s.reflected();
            if (r != null && s.ordinal() < r.ordinal()) {
                assertThat(r.methodName).isEqualTo("__r" + s.methodName.substring(2));
                assertThat(r.reflected()).isSameAs(s);
                assertThat(r.symbol).isEqualTo(s.symbol);
            }
        }
    }

    @Test
    void comparisonsSwapAsCPythonTriesThem() {
        assertThat(Slot.LT.swapped()).isEqualTo(Slot.GT);
        assertThat(Slot.GE.swapped()).isEqualTo(Slot.LE);
        assertThat(Slot.EQ.swapped()).isEqualTo(Slot.EQ);
        assertThat(Slot.ADD.isComparison()).isFalse();
    }

    @Test
    void powSymbolMatchesCPythonsMessage() {
        assertThat(Slot.POW.symbol).isEqualTo("** or pow()");
    }
}
