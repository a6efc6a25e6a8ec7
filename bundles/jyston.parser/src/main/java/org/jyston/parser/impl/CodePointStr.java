package org.jyston.parser.impl;

import java.util.List;

/**
 * The value of a str constant that a Java {@link String} cannot represent: escapes such as
 * {@code '\ud83d\ude00'} make two lone surrogate code points in Python, which a String would read as one
 * supplementary character. Produced only for such constants; all others are plain Strings.
 * TODO: the runtime's str is a Java String too; full fidelity needs a code-point str representation.
 */
public record CodePointStr(int[] codePoints) {

    /** {@code s} with the surrogate pairs starting at {@code splits[i] - 1} kept as two code points. */
    static CodePointStr of(String s, List<Integer> splits) {
        int[] out = new int[s.length()];
        int n = 0;
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            while (k < splits.size() && splits.get(k) < i) {
                k++;
            }
            boolean split = k < splits.size() && splits.get(k) == i + 1;
            int cp = split ? s.charAt(i) : s.codePointAt(i);
            out[n++] = cp;
            i += Character.charCount(cp);
        }
        return new CodePointStr(java.util.Arrays.copyOf(out, n));
    }

    /** The Java string (lone surrogates that pair up read as one character). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(codePoints.length);
        for (int cp : codePoints) {
            b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
