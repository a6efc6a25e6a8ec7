package org.jyston.type.str.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRegistry;

/**
 * A test-only evaluator for the expressions of {@code str_cases.tsv}: literals, {@code + * % <<},
 * comparisons, {@code in}, unary minus, indexing, calls of a few builtins and of str methods. Every
 * operation on a str goes through the kernel's dispatch ({@code Op}, slots), so the real str
 * implementation answers.
 */
final class MiniPython {
    private final String src;
    private int pos;

    private MiniPython(String src) {
        this.src = src;
    }

    static Object eval(String src) {
        MiniPython p = new MiniPython(src);
        Object v = p.comparison();
        p.skip();
        if (p.pos != src.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in " + src);
        }
        return v;
    }

    private void skip() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean eat(String tok) {
        skip();
        if (src.startsWith(tok, pos)) {
            if (Character.isLetter(tok.charAt(0)) && pos + tok.length() < src.length()
                    && Character.isLetterOrDigit(src.charAt(pos + tok.length()))) {
                return false;
            }
            pos += tok.length();
            return true;
        }
        return false;
    }

    private void expect(String tok) {
        if (!eat(tok)) {
            throw new IllegalArgumentException("expected " + tok + " at " + pos + " in " + src);
        }
    }

    private Object comparison() {
        Object a = shift();
        while (true) {
            Slot op;
            if (eat("<=")) {
                op = Slot.LE;
            } else if (eat(">=")) {
                op = Slot.GE;
            } else if (eat("==")) {
                op = Slot.EQ;
            } else if (eat("!=")) {
                op = Slot.NE;
            } else if (!src.startsWith("<<", pos) && eat("<")) {
                op = Slot.LT;
            } else if (eat(">")) {
                op = Slot.GT;
            } else if (eat("in")) {
                Object b = shift();
                a = PyType.of(b).binary(Slot.CONTAINS).apply(b, a);
                continue;
            } else {
                return a;
            }
            a = Op.compare(op, a, shift());
        }
    }

    private Object shift() {
        Object a = additive();
        while (eat("<<")) {
            Object b = additive();
            a = Strs.big(a).shiftLeft(Strs.big(b).intValue());
            a = ((BigInteger) a).bitLength() < 64 ? (Object) ((BigInteger) a).longValue() : a;
        }
        return a;
    }

    private Object additive() {
        Object a = multiplicative();
        while (true) {
            skip();
            if (eat("+")) {
                a = Op.binary(Slot.ADD, a, multiplicative());
            } else {
                return a;
            }
        }
    }

    private Object multiplicative() {
        Object a = unary();
        while (true) {
            if (eat("*")) {
                a = Op.binary(Slot.MUL, a, unary());
            } else if (eat("%")) {
                a = Op.binary(Slot.MOD, a, unary());
            } else {
                return a;
            }
        }
    }

    private Object unary() {
        if (eat("-")) {
            Object v = unary();
            if (v instanceof Double d) {
                return -d;
            }
            BigInteger b = Strs.big(v).negate();
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        return postfix(atom());
    }

    private Object postfix(Object v) {
        while (true) {
            if (eat("[")) {
                Object k = comparison();
                expect("]");
                v = PyType.of(v).binary(Slot.GETITEM).apply(v, k);
            } else if (eat(".")) {
                String name = name();
                Object fn = v instanceof PyType t ? t.lookup(name) : PyType.of(v).lookup(name);
                if (fn == null) {
                    throw new IllegalArgumentException("no attribute " + name);
                }
                expect("(");
                List<Object> args = new ArrayList<>();
                if (!(v instanceof PyType)) {
                    args.add(v);
                }
                String[] kw = callArgs(args);
                v = ((PyBuiltinFunction) fn).call(args.toArray(), kw);
            } else {
                return v;
            }
        }
    }

    /** Reads call arguments after '(' into args (keyword values last); returns the keyword names or null. */
    private String[] callArgs(List<Object> args) {
        List<String> names = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        skip();
        while (!eat(")")) {
            int save = pos;
            String n = Character.isLetter(src.charAt(pos)) ? name() : null;
            if (n != null && eat("=") && !src.startsWith("=", pos)) {
                names.add(n);
                kwValues.add(comparison());
            } else {
                pos = save;
                args.add(comparison());
            }
            eat(",");
            skip();
        }
        args.addAll(kwValues);
        return names.isEmpty() ? null : names.toArray(new String[0]);
    }

    private String name() {
        skip();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private Object atom() {
        skip();
        char c = src.charAt(pos);
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            boolean comma = false;
            skip();
            while (!eat(")")) {
                items.add(comparison());
                if (eat(",")) {
                    comma = true;
                }
                skip();
            }
            return items.size() == 1 && !comma ? items.get(0) : PyTuple.of(items.toArray());
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            while (!eat("]")) {
                items.add(comparison());
                eat(",");
            }
            return items;
        }
        if (c == '{') {
            pos++;
            Map<Object, Object> d = new LinkedHashMap<>();
            while (!eat("}")) {
                Object k = comparison();
                expect(":");
                d.put(k, comparison());
                eat(",");
            }
            return d;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        String name = name();
        switch (name) {
            case "None":
                return PyNone.None;
            case "True":
                return true;
            case "False":
                return false;
            default:
                break;
        }
        skip();
        if (!eat("(")) {
            PyType t = TypeRegistry.byName(name);
            if (t == null) {
                throw new IllegalArgumentException("unknown name " + name);
            }
            return t;
        }
        List<Object> args = new ArrayList<>();
        String[] kw = callArgs(args);
        Object[] a = args.toArray();
        switch (name) {
            case "repr":
                return Op.repr(a[0]);
            case "len":
                return PyType.of(a[0]).unary(Slot.LEN).apply(a[0]);
            case "bool":
                return Op.isTrue(a[0]);
            case "hash":
                return PyType.of(a[0]).unary(Slot.HASH).apply(a[0]);
            case "float":
                String s = ((String) a[0]).strip();
                return s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY
                        : s.equals("nan") ? Double.NaN : Double.parseDouble(s);
            case "str": {
                PyType t = TypeRegistry.byName("str");
                return t.call(Slot.NEW).apply(t, a, kw);
            }
            default:
                throw new IllegalArgumentException("unknown function " + name);
        }
    }

    private Object number() {
        int start = pos;
        if (src.startsWith("0x", pos)) {
            pos += 2;
            while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                pos++;
            }
            return Long.parseLong(src.substring(start + 2, pos), 16);
        }
        boolean isFloat = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                pos++;
                if ((c == 'e' || c == 'E') && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String text = src.substring(start, pos);
        if (isFloat) {
            return Double.parseDouble(text);
        }
        BigInteger b = new BigInteger(text);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        skip();
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
                    case 'u': sb.append((char) hex(4)); break;
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
