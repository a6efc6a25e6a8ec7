package org.jyston.modules.binary.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BinaryTest {
    private static final byte[] TEXT = ("The quick brown fox jumps over the lazy dog. ".repeat(200))
            .getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void setUp() {
        TestTypes.ensure();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void checksumsContinueFromAStartingValueAsJavaUtilZipComputesThemWhole() {
        byte[] d = random(10_000, 1);
        CRC32 crc = new CRC32();
        crc.update(d);
        Adler32 adler = new Adler32();
        adler.update(d);
        assertThat(Checksums.crc32(Checksums.crc32(0, d, 0, 4000), d, 4000, 6000)).isEqualTo(crc.getValue());
        assertThat(Checksums.adler32(Checksums.adler32(1, java.util.Arrays.copyOf(d, 4000)),
                java.util.Arrays.copyOfRange(d, 4000, d.length))).isEqualTo(adler.getValue());
        assertThat(BinasciiModule.crcHqx(0, "123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x31c3);
    }

    @Test
    void hexlifyGroupsFromTheRightForAPositiveCountAndFromTheLeftForANegativeOne() {
        byte[] d = "abcde".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(BinasciiModule.hexlify(d, ":", 2), StandardCharsets.US_ASCII)).isEqualTo("61:6263:6465");
        assertThat(new String(BinasciiModule.hexlify(d, ":", -2), StandardCharsets.US_ASCII))
                .isEqualTo("6162:6364:65");
        assertThat(BinasciiModule.unhexlify(BinasciiModule.hexlify(d, null, 1))).isEqualTo(d);
    }

    @Test
    void base64RoundTripsAndStrictModeRefusesWhatTheLenientModeSkips() {
        byte[] d = random(1000, 2);
        assertThat(BinasciiModule.a2bBase64(BinasciiModule.b2aBase64(d, false), true)).isEqualTo(d);
        byte[] spaced = "YW Jj".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(BinasciiModule.a2bBase64(spaced, false), StandardCharsets.US_ASCII)).isEqualTo("abc");
        assertThatThrownBy(() -> BinasciiModule.a2bBase64(spaced, true)).isInstanceOf(PyException.class)
                .satisfies(e -> assertThat(Op.str(((PyException) e).value())).isEqualTo("Only base64 data is allowed"));
    }

    @Test
    void quotedPrintableRoundTrips() {
        byte[] d = random(3000, 3);
        for (boolean quotetabs : new boolean[] {false, true}) {
            byte[] e = BinasciiModule.b2aQp(d, quotetabs, false, false);
            for (byte b : e) {
                assertThat(b & 0xff).isLessThan(127);
            }
            assertThat(BinasciiModule.a2bQp(e, false)).isEqualTo(d);
        }
    }

    @Test
    void zlibStreamIsTheOneJavaUtilZipWritesWithItsOwnWrapper() {
        for (int level : new int[] {-1, 0, 1, 6, 9}) {
            Deflater def = new Deflater(level);
            def.setInput(TEXT);
            def.finish();
            byte[] buf = new byte[TEXT.length + 64];
            int n = def.deflate(buf);
            def.end();
            assertThat(Compressor.compressAll(TEXT, level, Wbits.forDeflate(15)))
                    .isEqualTo(java.util.Arrays.copyOf(buf, n));
        }
    }

    @Test
    void gzipWrittenHereIsReadByJavaAndJavasIsReadHere() throws IOException {
        byte[] d = random(50_000, 4);
        byte[] gz = Compressor.compressAll(d, 6, Wbits.forDeflate(31));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(d);
        }
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bo)) {
            out.write(d);
        }
        assertThat(Decompressor.decompressAll(bo.toByteArray(), Wbits.forInflate(47))).isEqualTo(d);
    }

    @Test
    void limitedDecompressionLeavesTheRestAsUnconsumedTail() {
        byte[] z = Compressor.compressAll(TEXT, 6, Wbits.forDeflate(15));
        Decompressor d = new Decompressor(Wbits.forInflate(15), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = z;
        while (!d.eof) {
            byte[] part = d.decompress(in, 100);
            assertThat(part.length).isLessThanOrEqualTo(100);
            out.writeBytes(part);
            in = d.unconsumedTail;
        }
        assertThat(out.toByteArray()).isEqualTo(TEXT);
    }

    @Test
    void aTruncatedStreamIsZlibsError() {
        byte[] z = Compressor.compressAll(TEXT, 6, Wbits.forDeflate(15));
        assertThatThrownBy(() -> Decompressor.decompressAll(java.util.Arrays.copyOf(z, z.length - 3),
                Wbits.forInflate(15))).isInstanceOf(PyException.class).satisfies(e -> assertThat(
                        Op.str(((PyException) e).value())).isEqualTo(
                                "Error -5 while decompressing data: incomplete or truncated stream"));
    }
}
