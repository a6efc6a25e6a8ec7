package org.jyston.parser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short, seeded run of {@link Fuzz} over the syntax-error corpus and the AST test cases: every input
 * ends in a tree or a ParseError within a second. The long run is {@code tools/fuzz.sh} (README).
 */
class FuzzTest {
    @Test
    void randomAndMutatedInputsNeverBreakTheParser() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String line : TestData.lines(SyntaxErrorCorpusTest.DIR + "expected.txt")) {
            seeds.add(SyntaxErrorCorpusTest.read(line.substring(0, line.indexOf('\t'))));
        }
        String cases = String.join("\n", TestData.lines("ast_cases.py.txt"));
        for (String c : cases.split("\n#---\n")) {
            seeds.add(c.getBytes(StandardCharsets.UTF_8));
        }
        List<String> failures = new Fuzz(20240601L, seeds).run(2000);
        assertThat(failures).isEmpty();
    }
}
