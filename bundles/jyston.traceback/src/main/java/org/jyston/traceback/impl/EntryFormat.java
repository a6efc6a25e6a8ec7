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
        int truncation = leadingWhitespace(line);
        int start = charOffset(line, pos.col_offset());
        int end;
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (pos.lineno() == pos.end_lineno()) {
            end = charOffset(line, pos.end_col_offset());
            int[] anchors = parser == null ? null : anchors(parser, line.substring(start, Math.min(end, line.length())));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
            }
        } else {
            int i = line.length();
            while (--i >= 0 && isWhitespace(line.charAt(i))) {
                // find the last non-whitespace character
            }
            end = i + 1;
        }
        boolean special = leftEnd != -1 || rightStart != -1;
        if (end - start == stripped.length() && !special) {
            return;
        }
        sb.append("    ");
        for (int offset = truncation + 1; offset <= end; offset++) {
            if (offset <= start) {
                sb.append(' ');
            } else if (special && leftEnd < offset && offset <= rightStart) {
                sb.append(secondary);
            } else {
                sb.append(primary);
            }
        }
        sb.append('\n');
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
