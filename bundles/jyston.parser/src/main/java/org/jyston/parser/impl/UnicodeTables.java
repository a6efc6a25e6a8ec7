package org.jyston.parser.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.11's (Unicode 14.0) printable and identifier characters, from {@code unicode-tables.txt}
 * (written by {@code tools/gen-unicode-tables.py}), so that results do not depend on the JDK's Unicode.
 */
final class UnicodeTables {
    private static final int[][] PRINTABLE;
    private static final int[][] ID_START;
    private static final int[][] ID_CONTINUE;

    static {
        Map<String, int[][]> t = new HashMap<>();
        try (InputStream in = UnicodeTables.class.getResourceAsStream("unicode-tables.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                int[][] r = new int[2][f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    int dash = f[i].indexOf('-');
                    r[0][i - 1] = Integer.parseInt(f[i], 0, dash, 16);
                    r[1][i - 1] = Integer.parseInt(f[i], dash + 1, f[i].length(), 16);
                }
                t.put(f[0], r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PRINTABLE = t.get("printable");
        ID_START = t.get("id_start");
        ID_CONTINUE = t.get("id_continue");
    }

    private UnicodeTables() {}

    private static boolean in(int[][] r, int cp) {
        int lo = 0;
        int hi = r[0].length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < r[0][mid]) {
                hi = mid - 1;
            } else if (cp > r[1][mid]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@code chr(cp).isprintable()}. */
    static boolean isPrintable(int cp) {
        return in(PRINTABLE, cp);
    }

    /** {@code chr(cp).isidentifier()}. */
    static boolean isIdStart(int cp) {
        return in(ID_START, cp);
    }

    /** {@code ('a' + chr(cp)).isidentifier()}. */
    static boolean isIdContinue(int cp) {
        return in(ID_CONTINUE, cp);
    }
}
