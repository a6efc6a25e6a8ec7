package org.jyston.modules.time.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimeModuleTest {
    static PyModule time;

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
        time = new PyModule("time");
        new TimeModule().populate(time);
    }

    static Object call(String name, Object... args) {
        return Op.call(time.getDict().get(name), args, null);
    }

    @Test
    void clocksAdvanceAndAgreeWithTheirNanosecondForms() {
        double t0 = (Double) call("perf_counter");
        long n0 = (Long) call("perf_counter_ns");
        call("sleep", 0.02);
        double t1 = (Double) call("perf_counter");
        long n1 = (Long) call("perf_counter_ns");
        assertThat(t1 - t0).isGreaterThanOrEqualTo(0.02);
        assertThat(n1 - n0).isGreaterThanOrEqualTo(20_000_000L);
        double wall = (Double) call("time");
        assertThat(wall).isCloseTo(System.currentTimeMillis() / 1000.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat((Long) call("time_ns") / 1_000_000_000L).isCloseTo(System.currentTimeMillis() / 1000,
                org.assertj.core.data.Offset.offset(1L));
        assertThat((Double) call("monotonic")).isGreaterThan(0.0);
        assertThat((Long) call("thread_time_ns")).isGreaterThanOrEqualTo(0L);
    }

    @Test
    void sleepRefusesWhatCPythonRefuses() {
        assertThatThrownBy(() -> call("sleep", -1L)).isInstanceOf(PyException.class)
                .hasMessageContaining("sleep length must be non-negative");
        assertThatThrownBy(() -> call("sleep", "1")).isInstanceOf(PyException.class)
                .hasMessageContaining("'str' object cannot be interpreted as an integer");
        assertThatThrownBy(() -> call("sleep", Double.NaN)).isInstanceOf(PyException.class)
                .hasMessageContaining("Invalid value NaN (not a number)");
        assertThatThrownBy(() -> call("time", 1L)).isInstanceOf(PyException.class)
                .hasMessageContaining("time.time() takes no arguments (1 given)");
    }
}
