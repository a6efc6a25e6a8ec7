package org.jyston.modules.binary.impl;

/** CRC-32 and Adler-32 from any starting value (java.util.zip's classes cannot start from one). */
final class Checksums {
    private static final int[] CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
            CRC[i] = c;
        }
    }

    private Checksums() {}

    /** The CRC-32 of {@code d[off, off+len)} continuing from {@code crc} (unsigned 32 bits). */
    static long crc32(long crc, byte[] d, int off, int len) {
        int c = ~(int) crc;
        for (int i = off; i < off + len; i++) {
            c = CRC[(c ^ d[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** The Adler-32 of {@code d} continuing from {@code value}. */
    static long adler32(long value, byte[] d) {
        long a = value & 0xffff;
        long b = (value >>> 16) & 0xffff;
        int i = 0;
        while (i < d.length) {
            int end = Math.min(d.length, i + 3800); // sums stay far below 2^63 before the reduction
            for (; i < end; i++) {
                a += d[i] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return b << 16 | a;
    }
}
