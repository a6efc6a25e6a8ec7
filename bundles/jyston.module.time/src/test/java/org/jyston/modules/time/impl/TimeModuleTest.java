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

    @Test
    void gmtimeIsAStructSequenceWithZoneFields() {
        Object t = call("gmtime", 1_000_000_000L);
        assertThat(Op.repr(t)).isEqualTo("time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, "
                + "tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0)");
        assertThat(Op.getattr(t, "tm_zone")).isEqualTo("GMT");
        assertThat(Op.getattr(t, "tm_gmtoff")).isEqualTo(0L);
        assertThat(Op.len(t)).isEqualTo(9L);
        assertThat(call("gmtime", -1.5).toString()).contains("1969");
    }

    @Test
    void strftimeFormatsAsGlibcInTheCLocale() {
        Object t = call("gmtime", 1_000_000_000L);
        assertThat(call("strftime", "%a %b %e %H:%M:%S %Y|%j|%U|%W|%V|%G|%-d|%_5H|%^a|%%", t))
                .isEqualTo("Sun Sep  9 01:46:40 2001|252|36|36|36|2001|9|    1|SUN|%");
        assertThat(call("asctime", t)).isEqualTo("Sun Sep  9 01:46:40 2001");
        assertThatThrownBy(() -> call("strftime", "%Y", org.jyston.api.object.PyTuple.of(2000L, 13L, 1L, 0L, 0L, 0L, 0L,
                1L, 0L))).isInstanceOf(PyException.class).hasMessageContaining("month out of range");
    }
}
