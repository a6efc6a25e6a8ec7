package org.jyston.parser.impl;

import java.math.BigInteger;

/** Values of NUMBER tokens (already validated by the tokenizer). */
final class Numbers {
    private Numbers() {}

    static Object parse(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = t.length();
        char last = t.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return org.jyston.api.object.PyComplex.imaginary(Double.parseDouble(t.substring(0, n - 1)));
        }
        if (n > 1 && t.charAt(0) == '0') {
            char k = t.charAt(1);
            int radix = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8 : k == 'b' || k == 'B' ? 2 : 0;
            if (radix != 0) {
                return integer(t.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(t);
            }
        }
        return integer(t, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }
}
