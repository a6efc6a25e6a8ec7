package org.jyston.parser.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the expected data produced by CPython 3.11.7 ({@code gen.py} beside the resources). */
final class TestData {
    private TestData() {}

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String l : all.split("\n")) {
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
