package org.jyston.modules.binary.impl;

/** What zlib's {@code wbits} selects: the container (zlib header, raw deflate, gzip, or either on input) and window. */
record Wbits(Wbits.Kind kind, int window) {
    enum Kind { ZLIB, RAW, GZIP, AUTO }

    /** For decompression: 0 (window from the header), 8..15, -8..-15, 24..31 (gzip), 40..47 (auto); else null. */
    static Wbits forInflate(int w) {
        if (w == 0) {
            return new Wbits(Kind.ZLIB, 15);
        }
        if (w >= 8 && w <= 15) {
            return new Wbits(Kind.ZLIB, w);
        }
        if (w <= -8 && w >= -15) {
            return new Wbits(Kind.RAW, -w);
        }
        if (w >= 24 && w <= 31) {
            return new Wbits(Kind.GZIP, w - 16);
        }
        if (w >= 40 && w <= 47) {
            return new Wbits(Kind.AUTO, w - 32);
        }
        return null;
    }

    /** For compression: 9..15 (8 is taken as 9, as zlib does), -9..-15, 25..31; else null. */
    static Wbits forDeflate(int w) {
        if (w >= 8 && w <= 15) {
            return new Wbits(Kind.ZLIB, Math.max(w, 9));
        }
        if (w <= -9 && w >= -15) {
            return new Wbits(Kind.RAW, -w);
        }
        if (w >= 25 && w <= 31) {
            return new Wbits(Kind.GZIP, w - 16);
        }
        return null;
    }
}
