package org.jyston.type.exception.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;

/**
 * Reads the Python literals of the test tables: str, int, None, True, False, tuple, list (an
 * ArrayList), dict (a LinkedHashMap) and calls {@code Name(args...)} handed to a constructor callback.
 */
final class PyLiteral {
    private final String src;
    private final BiFunction<String, Object[], Object> construct;
    private int pos;

    private PyLiteral(String src, BiFunction<String, Object[], Object> construct) {
        this.src = src;
        this.construct = construct;
    }

    static Object parse(String src, BiFunction<String, Object[], Object> construct) {
        PyLiteral p = new PyLiteral(src, construct);
        Object v = p.value();
        p.skip();
        if (p.pos != src.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in " + src);
        }
        return v;
    }

    /** Undoes the table's escaping of backslash, tab and newline. */
    static String unescapeField(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 't' ? '\t' : d == 'n' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void skip() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private Object value() {
        skip();
        char c = src.charAt(pos);
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            boolean comma = items(')', items);
            return items.size() == 1 && !comma ? items.get(0) : PyTuple.of(items.toArray());
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            items(']', items);
            return items;
        }
        if (c == '{') {
            pos++;
            Map<Object, Object> d = new LinkedHashMap<>();
            skip();
            while (src.charAt(pos) != '}') {
                Object k = value();
                skip();
                expect(':');
                d.put(k, value());
                skip();
                if (src.charAt(pos) == ',') {
                    pos++;
                    skip();
                }
            }
            pos++;
            return d;
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            BigInteger b = new BigInteger(src.substring(start, pos));
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        String name = src.substring(start, pos);
        switch (name) {
            case "None":
                return PyNone.None;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                break;
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("bad literal at " + pos + " in " + src);
        }
        skip();
        expect('(');
        List<Object> args = new ArrayList<>();
        items(')', args);
        return construct.apply(name, args.toArray());
    }

    /** Items up to {@code close}; whether a comma was seen. */
    private boolean items(char close, List<Object> out) {
        boolean comma = false;
        skip();
        while (src.charAt(pos) != close) {
            out.add(value());
            skip();
            if (src.charAt(pos) == ',') {
                comma = true;
                pos++;
                skip();
            }
        }
        pos++;
        return comma;
    }

    private void expect(char c) {
        if (src.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos + " in " + src);
        }
        pos++;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')) {
            char q = src.charAt(pos++);
            while (src.charAt(pos) != q) {
                char c = src.charAt(pos++);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case '0': sb.append('\0'); break;
                    case 'x': sb.appendCodePoint(hex(2)); break;
                    case 'u': sb.appendCodePoint(hex(4)); break;
                    case 'U': sb.appendCodePoint(hex(8)); break;
                    default: sb.append(e); break;
                }
            }
            pos++;
            skip();
        }
        return sb.toString();
    }

    private int hex(int n) {
        int v = Integer.parseInt(src.substring(pos, pos + n), 16);
        pos += n;
        return v;
    }
}
