package org.jyston.unwind.deferred.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jyston.api.UnwinderStrategy;
import org.jyston.testkit.UnwinderContract;
import org.jyston.api.ast.Pos;
import org.junit.jupiter.api.Test;

class DeferredUnwinderTest extends UnwinderContract {
    @Override
    protected UnwinderStrategy strategy() {
        return new DeferredUnwinder();
    }

    @Override
    protected String expectedName() {
        return "deferred";
    }

    @Test
    void aCaughtAndDroppedExceptionMakesNoTracebackNodes() {
        DeferredUnwinder.Recorder r = (DeferredUnwinder.Recorder) strategy.newRecorder();
        for (int i = 0; i < 50; i++) {
            r.push("frame" + i, INNER, new Pos(i + 1, 0, i + 1, 1));
        }
        assertThat(r.hasBuilt()).isFalse();
        assertThat(r.frame(0)).isEqualTo("frame0");
        assertThat(r.frame(49)).isEqualTo("frame49");
        r.build();
        assertThat(r.hasBuilt()).isTrue();
    }
}
