package org.jyston.modules.hashlib.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Digests and copies (sizes and the 'abc' vectors of FIPS 180-4 / RFC 1321). */
class AlgoTest {

    private static String hex(byte[] d) {
        StringBuilder b = new StringBuilder();
        for (byte x : d) {
            b.append(String.format("%02x", x));
        }
        return b.toString();
    }

    @Test
    void everyAlgorithmHasItsDigestSize() {
        for (Algo a : Algo.values()) {
            assertThat(a.newDigest().getDigestLength()).as(a.name).isEqualTo(a.digestSize);
        }
    }

    @Test
    void digestLeavesTheStateRunningAndCopiesAreIndependent() {
        HashObject h = new HashObject(Algo.MD5, Algo.MD5.newDigest());
        h.update("ab".getBytes(StandardCharsets.US_ASCII));
        HashObject c = h.copy();
        h.update("c".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex(h.digest())).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(hex(h.digest())).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        c.update("d".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex(c.digest())).isNotEqualTo(hex(h.digest()));
        HashObject s = new HashObject(Algo.SHA256, Algo.SHA256.newDigest());
        s.update("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex(s.digest())).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
