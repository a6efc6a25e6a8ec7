package org.jyston.traceback.impl;

import java.nio.charset.StandardCharsets;
import org.jyston.api.Parser;
import org.jyston.api.ast.Ast;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.PyTraceback;

/**
 * One traceback entry: the {@code File} line, the stripped source line, and CPython 3.11's position
 * markers under it. Markers are left out when they would underline the whole line; a binary
 * operation or subscript on one line is drawn with {@code ~} for the operands and {@code ^} for the
 * operator or index.
 */
final class EntryFormat {
    private EntryFormat() {}

    static void format(PyTraceback t, SourceLines sources, Parser parser, StringBuilder sb) {
        sb.append("  File \"").append(t.code().filename()).append("\", line ").append(t.lineno())
                .append(", in ").append(t.code().name()).append('\n');
        String line = sources.line(t.code().filename(), t.lineno());
        if (line == null) {
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        Pos pos = t.pos();
        if (pos == null || pos.col_offset() < 0 || pos.end_col_offset() < 0 || pos.end_lineno() < pos.lineno()) {
            return;
        }
        int[] cps = line.codePoints().toArray();
        int truncation = leadingWhitespace(line);
        int start = charOffset(line, pos.col_offset());
        int end;
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (pos.lineno() == pos.end_lineno()) {
            end = charOffset(line, pos.end_col_offset());
            int[] anchors = parser == null || start > end ? null
                    : anchors(parser, new String(cps, Math.min(start, cps.length),
                            Math.min(end, cps.length) - Math.min(start, cps.length)));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
            }
        } else {
            int i = cps.length;
            while (--i >= 0 && cps[i] < 0x80 && isWhitespace((char) cps[i])) {
                // find the last non-whitespace character
            }
            end = i + 1;
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == stripped.codePointCount(0, stripped.length()) && !special) {
            return;
        }
        sb.append("    ");
        for (int offset = truncation + 1; offset <= end; offset++) {
            char mark;
            if (offset <= start) {
                mark = ' ';
            } else if (special && leftEnd < offset && offset <= rightStart) {
                mark = secondary;
            } else {
                mark = primary;
            }
            // a wide character (East Asian wide or fullwidth) takes two columns, and so do its markers
            int w = offset - 1 < cps.length ? width(cps[offset - 1]) : 1;
            for (int k = 0; k < w; k++) {
                sb.append(mark);
            }
        }
        sb.append('\n');
    }

    /** Display columns of a code point: 2 for East Asian wide and fullwidth characters, else 1. */
    static int width(int cp) {
        if (cp < 0x1100) {
            return 1;
        }
        return cp <= 0x115F // Hangul Jamo initials
                || cp >= 0x2E80 && cp <= 0x303E // CJK radicals, punctuation
                || cp >= 0x3041 && cp <= 0x33FF // kana, CJK symbols
                || cp >= 0x3400 && cp <= 0x4DBF // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF // Yi
                || cp >= 0xAC00 && cp <= 0xD7A3 // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60 // fullwidth forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F // pictographs, emoticons
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD ? 2 : 1;
    }

    /**
     * For a segment that parses as one expression statement: a binary operation gives the operator's
     * span, a subscript the span of its brackets; as character offsets within the segment. Null
     * otherwise.
     */
    static int[] anchors(Parser parser, String segment) {
        Ast.Mod mod;
        try {
            mod = parser.parse(segment, "<traceback>", Parser.Mode.EXEC);
        } catch (RuntimeException e) { // a segment that does not parse has no anchors, as in CPython
            return null;
        }
        if (!(mod instanceof Ast.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt es)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (es.value() instanceof Ast.BinOp b) {
            left = -1;
            right = -1;
            for (int i = b.left().pos().end_col_offset(); i < b.right().pos().col_offset(); i++) {
                if (isWhitespace((char) bytes[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < b.right().pos().col_offset() && !isWhitespace((char) bytes[i + 1])) {
                    right++;
                }
                if (i + 1 < b.right().pos().col_offset() && bytes[i] == ')') {
                    continue;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (es.value() instanceof Ast.Subscript s) {
            left = s.value().pos().end_col_offset();
            right = s.slice().pos().end_col_offset() + 1;
            while (left < bytes.length && bytes[left] != '[') {
                left++;
            }
            while (right < bytes.length && bytes[right] != ']') {
                right++;
            }
            if (right < bytes.length) {
                right++;
            }
        } else {
            return null;
        }
        return new int[] {charOffsetOfBytes(bytes, left), charOffsetOfBytes(bytes, right)};
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0b;
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A UTF-8 byte offset within {@code line} as a character (code point) offset. */
    static int charOffset(String line, int byteOffset) {
        return charOffsetOfBytes(line.getBytes(StandardCharsets.UTF_8), byteOffset);
    }

    private static int charOffsetOfBytes(byte[] bytes, int byteOffset) {
        int n = Math.min(byteOffset, bytes.length);
        int chars = 0;
        for (int i = 0; i < n; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars + Math.max(0, byteOffset - bytes.length);
    }
}
