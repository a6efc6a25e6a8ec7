package org.jyston.modules.sre.impl;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Character questions the engine asks, answered as CPython 3.11's {@code _sre} answers them: ASCII
 * rules for bytes and {@code re.ASCII}, CPython's Unicode database for str patterns. The Unicode
 * answers come from {@code unicode.bin}, generated from CPython itself ({@code gen_unicode_tables.py}),
 * so they do not depend on the Unicode version of the JVM. The BMP is expanded into tables at class
 * load; the rest is a binary search.
 */
final class Chars {
    private static final int ALNUM = 1;
    private static final int DECIMAL = 2;
    private static final int SPACE = 4;
    private static final int LINEBREAK = 8;

    /** Flags of each BMP code point. */
    private static final byte[] BMP_FLAGS = new byte[0x10000];
    /** Simple lower/upper case of each BMP code point. */
    private static final char[] BMP_LOWER = new char[0x10000];
    private static final char[] BMP_UPPER = new char[0x10000];
    /** Astral code points with a case mapping: sorted code points, their lower and upper forms. */
    private static final int[] ASTRAL_CP;
    private static final int[] ASTRAL_LOWER;
    private static final int[] ASTRAL_UPPER;
    /** Astral ranges of each property: [start, stop) pairs, sorted. */
    private static final int[][] ASTRAL_RANGES = new int[4][];

    static {
        for (int c = 0; c < 0x10000; c++) {
            BMP_LOWER[c] = (char) c;
            BMP_UPPER[c] = (char) c;
        }
        try (InputStream raw = Chars.class.getResourceAsStream("unicode.bin");
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            int n = in.readInt();
            int[] cp = new int[n];
            int[] lo = new int[n];
            int[] up = new int[n];
            int astral = 0;
            for (int i = 0; i < n; i++) {
                int c = in.readInt();
                int l = in.readInt();
                int u = in.readInt();
                if (c < 0x10000 && l < 0x10000 && u < 0x10000) {
                    BMP_LOWER[c] = (char) l;
                    BMP_UPPER[c] = (char) u;
                } else {
                    cp[astral] = c;
                    lo[astral] = l;
                    up[astral] = u;
                    astral++;
                }
            }
            ASTRAL_CP = java.util.Arrays.copyOf(cp, astral);
            ASTRAL_LOWER = java.util.Arrays.copyOf(lo, astral);
            ASTRAL_UPPER = java.util.Arrays.copyOf(up, astral);
            for (int p = 0; p < 4; p++) {
                int m = in.readInt();
                int[] astralRanges = new int[2 * m];
                int k = 0;
                for (int i = 0; i < m; i++) {
                    int start = in.readInt();
                    int stop = in.readInt();
                    for (int c = start; c < Math.min(stop, 0x10000); c++) {
                        BMP_FLAGS[c] |= (byte) (1 << p);
                    }
                    if (stop > 0x10000) {
                        astralRanges[k++] = Math.max(start, 0x10000);
                        astralRanges[k++] = stop;
                    }
                }
                ASTRAL_RANGES[p] = java.util.Arrays.copyOf(astralRanges, k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Chars() {}

    private static boolean has(int c, int flag) {
        if (c < 0x10000) {
            return c >= 0 && (BMP_FLAGS[c] & flag) != 0;
        }
        int[] r = ASTRAL_RANGES[Integer.numberOfTrailingZeros(flag)];
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < r[2 * mid]) {
                hi = mid - 1;
            } else if (c >= r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // ---- ASCII (bytes patterns, re.ASCII) and the C locale (re.LOCALE on bytes)

    static boolean asciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean asciiSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean asciiAlnum(int c) {
        return c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9');
    }

    static boolean asciiWord(int c) {
        return asciiAlnum(c) || c == '_';
    }

    static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static boolean asciiIsCased(int c) {
        return c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }

    /*
     * The locale of a running Jyston is the C (or a UTF-8) locale, in which the ctype functions on
     * bytes answer as ASCII; CPython's LOCALE rules then coincide with the ASCII ones.
     */
    static int localeLower(int c) {
        return c < 256 ? asciiLower(c) : c;
    }

    static int localeUpper(int c) {
        return c < 256 ? asciiUpper(c) : c;
    }

    static boolean localeWord(int c) {
        return c < 256 && asciiWord(c);
    }

    // ---- Unicode (str patterns)

    static boolean uniDigit(int c) {
        return c < 128 ? asciiDigit(c) : has(c, DECIMAL);
    }

    static boolean uniSpace(int c) {
        return has(c, SPACE);
    }

    static boolean uniWord(int c) {
        return c < 128 ? asciiWord(c) : has(c, ALNUM);
    }

    static boolean uniLinebreak(int c) {
        return has(c, LINEBREAK);
    }

    static int uniLower(int c) {
        if (c < 0x10000) {
            return c < 0 ? c : BMP_LOWER[c];
        }
        int i = java.util.Arrays.binarySearch(ASTRAL_CP, c);
        return i >= 0 ? ASTRAL_LOWER[i] : c;
    }

    static int uniUpper(int c) {
        if (c < 0x10000) {
            return c < 0 ? c : BMP_UPPER[c];
        }
        int i = java.util.Arrays.binarySearch(ASTRAL_CP, c);
        return i >= 0 ? ASTRAL_UPPER[i] : c;
    }

    static boolean uniIsCased(int c) {
        return c != uniLower(c) || c != uniUpper(c);
    }
}
