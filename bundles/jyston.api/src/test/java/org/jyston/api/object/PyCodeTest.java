package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jyston.api.ast.Pos;
import org.junit.jupiter.api.Test;

/** The invented instruction offsets: tb_lasti and co_positions() must agree, as the traceback module relies on. */
class PyCodeTest {
    private static PyCode code(List<Pos> positions) {
        return new PyCode("f", "f", "x.py", 1, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY,
                PyTuple.EMPTY, 0, 0, 0, PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, 1, positions);
    }

    @Test
    void offsetOfAPositionIndexesCoPositions() {
        Pos a = new Pos(2, 4, 2, 10);
        Pos b = new Pos(3, 4, 3, 12);
        PyCode c = code(List.of(a, b));
        assertThat(c.offsetOf(b)).isEqualTo(2);
        Pos unseen = new Pos(3, 11, 3, 12);
        int off = c.offsetOf(unseen);
        assertThat(off).isEqualTo(4);
        assertThat(c.offsetOf(unseen)).isEqualTo(4);
        assertThat(((PyTuple) c.positionTuples().get(off / 2)).toArray()).containsExactly(3L, 3L, 11L, 12L);
    }

    @Test
    void linesMergeConsecutiveEntriesOfOneLine() {
        PyCode c = code(List.of(new Pos(2, 0, 2, 1), new Pos(2, 2, 2, 3), new Pos(4, 0, 4, 1)));
        List<Object> lines = c.lineTuples();
        assertThat(lines).hasSize(2);
        assertThat(((PyTuple) lines.get(0)).toArray()).containsExactly(0L, 4L, 2L);
        assertThat(((PyTuple) lines.get(1)).toArray()).containsExactly(4L, 6L, 4L);
        assertThat(c.offsetOfLine(4)).isEqualTo(4);
        assertThat(c.offsetOfLine(9)).isZero();
    }

    @Test
    void replaceKeepsWhatIsNotNamed() {
        PyCode r = code(List.of()).replace("g", null, null, 7);
        assertThat(r.name).isEqualTo("g");
        assertThat(r.qualname).isEqualTo("f");
        assertThat(r.firstlineno).isEqualTo(7);
        assertThat(r.flags).isEqualTo(3);
    }
}
