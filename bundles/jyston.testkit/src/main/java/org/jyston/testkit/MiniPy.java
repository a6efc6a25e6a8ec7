package org.jyston.testkit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyCallable;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.PySet;
import org.jyston.api.object.PySlice;
import org.jyston.api.object.PySlotWrapper;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeRegistry;

/**
 * A test-only evaluator for a small Python subset: statements separated by {@code ;} (assignment,
 * augmented assignment, {@code del}, expressions), literals, displays, operators, comparisons,
 * {@code lambda}, calls with keywords, attributes, subscripts and slices. Every operation goes
 * through the kernel ({@code Op}, slots, type attributes) so the real type bundles answer; item
 * assignment and deletion call the {@code __setitem__}/{@code __delitem__} attributes as the
 * compiler would.
 */
public final class MiniPy {
    interface Node {
        Object eval(Map<String, Object> env);
    }

    private final List<String> toks = new ArrayList<>();
    private int p;

    private MiniPy(String src) {
        lex(src);
    }

    /** Runs the statements; the value of the last one (None for a non-expression). */
    public static Object run(String src) {
        MiniPy m = new MiniPy(src);
        Map<String, Object> env = new HashMap<>();
        Object last = PyNone.None;
        while (true) {
            last = m.statement().eval(env);
            if (m.at(";")) {
                m.p++;
                continue;
            }
            if (!m.at("<eof>")) {
                throw new IllegalArgumentException("unexpected " + m.peek() + " in " + src);
            }
            return last;
        }
    }

    // ---- lexer

    private void lex(String s) {
        int i = 0;
        String[] ops = {"**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "|=", "&=", "^="};
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i;
                if (s.startsWith("0x", i)) {
                    j += 2;
                    while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
                        j++;
                    }
                } else {
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_'
                            || s.charAt(j) == 'e' && j + 1 < s.length() && (Character.isDigit(s.charAt(j + 1))
                                    || s.charAt(j + 1) == '-'))) {
                        j += s.charAt(j) == 'e' && s.charAt(j + 1) == '-' ? 2 : 1;
                    }
                }
                toks.add("#" + s.substring(i, j));
                i = j;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                toks.add(s.substring(i, j));
                i = j;
                continue;
            }
            if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (s.charAt(j) != c) {
                    char d = s.charAt(j++);
                    if (d != '\\') {
                        sb.append(d);
                        continue;
                    }
                    char e = s.charAt(j++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'x': sb.appendCodePoint(Integer.parseInt(s.substring(j, j + 2), 16)); j += 2; break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(j, j + 4), 16)); j += 4; break;
                        case 'U': sb.appendCodePoint(Integer.parseInt(s.substring(j, j + 8), 16)); j += 8; break;
                        default: sb.append(e); break;
                    }
                }
                // Adjacent literals concatenate.
                if (!toks.isEmpty() && toks.get(toks.size() - 1).startsWith("'")) {
                    toks.set(toks.size() - 1, toks.get(toks.size() - 1) + sb);
                } else {
                    toks.add("'" + sb);
                }
                i = j + 1;
                continue;
            }
            for (String op : ops) {
                if (s.startsWith(op, i)) {
                    toks.add(op);
                    i += op.length();
                    continue outer;
                }
            }
            toks.add(String.valueOf(c));
            i++;
        }
        toks.add("<eof>");
    }

    private String peek() {
        return toks.get(p);
    }

    private boolean at(String t) {
        return toks.get(p).equals(t);
    }

    private boolean eat(String t) {
        if (at(t)) {
            p++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!eat(t)) {
            throw new IllegalArgumentException("expected " + t + " at " + peek() + " in " + toks);
        }
    }

    // ---- statements

    private Node statement() {
        if (eat("del")) {
            Node[] target = subscriptParts(expr());
            return env -> {
                Object o = target[0].eval(env);
                Object k = target[1].eval(env);
                callAttr(o, "__delitem__", k);
                return PyNone.None;
            };
        }
        Node e = exprList();
        if (eat("=")) {
            Node value = exprList();
            if (e instanceof Name n) {
                return env -> {
                    env.put(n.name, value.eval(env));
                    return PyNone.None;
                };
            }
            Node[] target = subscriptParts(e);
            return env -> {
                Object o = target[0].eval(env);
                Object k = target[1].eval(env);
                callAttr(o, "__setitem__", k, value.eval(env));
                return PyNone.None;
            };
        }
        for (String aug : new String[] {"+=", "-=", "*=", "|=", "&=", "^="}) {
            if (eat(aug)) {
                Slot op = switch (aug) {
                    case "+=" -> Slot.ADD;
                    case "-=" -> Slot.SUB;
                    case "*=" -> Slot.MUL;
                    case "|=" -> Slot.OR;
                    case "&=" -> Slot.AND;
                    default -> Slot.XOR;
                };
                String iname = "__i" + op.methodName.substring(2);
                Name n = (Name) e;
                Node value = expr();
                return env -> {
                    Object a = n.eval(env);
                    Object b = value.eval(env);
                    Object r = PyNotImplemented.NotImplemented;
                    Object f = PyType.of(a).lookup(iname);
                    if (f != null) {
                        r = Op.call(f, a, b);
                    }
                    if (r == PyNotImplemented.NotImplemented) {
                        r = Op.binary(op, a, b);
                    }
                    env.put(n.name, r);
                    return PyNone.None;
                };
            }
        }
        return e;
    }

    private static Node[] subscriptParts(Node e) {
        if (!(e instanceof Subscript s)) {
            throw new IllegalArgumentException("cannot assign to " + e);
        }
        return new Node[] {s.obj, s.key};
    }

    public static Object callAttr(Object o, String name, Object... args) {
        Object f = PyType.of(o).lookup(name);
        if (f == null) {
            throw Errors.typeError("'" + Op.typeName(o) + "' object does not support " + name);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = o;
        System.arraycopy(args, 0, all, 1, args.length);
        return Op.call(f, all, null);
    }

    // ---- expressions

    private record Name(String name) implements Node {
        @Override
        public Object eval(Map<String, Object> env) {
            Object v = env.get(name);
            if (v != null) {
                return v;
            }
            v = BUILTINS.get(name);
            if (v != null) {
                return v;
            }
            PyType t = TypeRegistry.byName(name);
            if (t != null) {
                return t;
            }
            throw Errors.nameError(name);
        }
    }

    private record Subscript(Node obj, Node key) implements Node {
        @Override
        public Object eval(Map<String, Object> env) {
            return Op.getitem(obj.eval(env), key.eval(env));
        }
    }

    /** A comma-separated list of expressions: a tuple if there is a comma. */
    private Node exprList() {
        Node first = expr();
        if (!at(",")) {
            return first;
        }
        List<Node> items = new ArrayList<>(List.of(first));
        while (eat(",")) {
            if (at(";") || at("<eof>") || at("=") || at(")")) {
                break;
            }
            items.add(expr());
        }
        return tuple(items);
    }

    private static Node tuple(List<Node> items) {
        Node[] a = items.toArray(new Node[0]);
        return env -> {
            Object[] v = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = a[i].eval(env);
            }
            return PyTuple.of(v);
        };
    }

    private Node expr() {
        if (eat("lambda")) {
            List<String> params = new ArrayList<>();
            while (!eat(":")) {
                params.add(peek());
                p++;
                eat(",");
            }
            Node body = expr();
            return env -> new Lambda(params, body, env);
        }
        Node a = or();
        if (eat("if")) {
            Node cond = or();
            expect("else");
            Node b = expr();
            return env -> Op.isTrue(cond.eval(env)) ? a.eval(env) : b.eval(env);
        }
        return a;
    }

    private Node or() {
        Node a = and();
        while (eat("or")) {
            Node l = a;
            Node r = and();
            a = env -> {
                Object v = l.eval(env);
                return Op.isTrue(v) ? v : r.eval(env);
            };
        }
        return a;
    }

    private Node and() {
        Node a = not();
        while (eat("and")) {
            Node l = a;
            Node r = not();
            a = env -> {
                Object v = l.eval(env);
                return !Op.isTrue(v) ? v : r.eval(env);
            };
        }
        return a;
    }

    private Node not() {
        if (eat("not")) {
            Node a = not();
            return env -> !Op.isTrue(a.eval(env));
        }
        return comparison();
    }

    private Node comparison() {
        Node first = bitor();
        List<String> ops = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        while (true) {
            String op;
            if (at("<") || at(">") || at("==") || at("!=") || at("<=") || at(">=") || at("in")) {
                op = peek();
                p++;
            } else if (at("not") && toks.get(p + 1).equals("in")) {
                p += 2;
                op = "not in";
            } else if (at("is")) {
                p++;
                op = eat("not") ? "is not" : "is";
            } else {
                break;
            }
            ops.add(op);
            rest.add(bitor());
        }
        if (ops.isEmpty()) {
            return first;
        }
        return env -> {
            Object a = first.eval(env);
            Object result = true;
            for (int i = 0; i < ops.size(); i++) {
                Object b = rest.get(i).eval(env);
                result = compare(ops.get(i), a, b);
                if (!Op.isTrue(result)) {
                    return result;
                }
                a = b;
            }
            return result;
        };
    }

    private static Object compare(String op, Object a, Object b) {
        switch (op) {
            case "<": return Op.compare(Slot.LT, a, b);
            case ">": return Op.compare(Slot.GT, a, b);
            case "==": return Op.compare(Slot.EQ, a, b);
            case "!=": return Op.compare(Slot.NE, a, b);
            case "<=": return Op.compare(Slot.LE, a, b);
            case ">=": return Op.compare(Slot.GE, a, b);
            case "in": return contains(b, a);
            case "not in": return !contains(b, a);
            case "is": return a == b;
            default: return a != b;
        }
    }

    static boolean contains(Object container, Object x) {
        Slot.Binary f = PyType.of(container).binary(Slot.CONTAINS);
        if (f != null) {
            return Op.isTrue(f.apply(container, x));
        }
        Object it = Op.iter(container);
        for (Object v; (v = Op.next(it)) != null;) {
            if (Op.eq(v, x)) {
                return true;
            }
        }
        return false;
    }

    private Node binaryLevel(java.util.function.Supplier<Node> next, String[] syms, Slot[] slots) {
        Node a = next.get();
        loop:
        while (true) {
            for (int i = 0; i < syms.length; i++) {
                if (eat(syms[i])) {
                    Node l = a;
                    Node r = next.get();
                    Slot s = slots[i];
                    a = env -> Op.binary(s, l.eval(env), r.eval(env));
                    continue loop;
                }
            }
            return a;
        }
    }

    private Node bitor() {
        return binaryLevel(this::bitxor, new String[] {"|"}, new Slot[] {Slot.OR});
    }

    private Node bitxor() {
        return binaryLevel(this::bitand, new String[] {"^"}, new Slot[] {Slot.XOR});
    }

    private Node bitand() {
        return binaryLevel(this::shift, new String[] {"&"}, new Slot[] {Slot.AND});
    }

    private Node shift() {
        return binaryLevel(this::arith, new String[] {"<<", ">>"}, new Slot[] {Slot.LSHIFT, Slot.RSHIFT});
    }

    private Node arith() {
        return binaryLevel(this::term, new String[] {"+", "-"}, new Slot[] {Slot.ADD, Slot.SUB});
    }

    private Node term() {
        return binaryLevel(this::factor, new String[] {"*", "//", "/", "%"},
                new Slot[] {Slot.MUL, Slot.FLOORDIV, Slot.TRUEDIV, Slot.MOD});
    }

    private Node factor() {
        if (eat("-")) {
            Node a = factor();
            return env -> Op.unary(Slot.NEG, a.eval(env));
        }
        if (eat("+")) {
            Node a = factor();
            return env -> Op.unary(Slot.POS, a.eval(env));
        }
        if (eat("~")) {
            Node a = factor();
            return env -> Op.unary(Slot.INVERT, a.eval(env));
        }
        Node a = primary();
        if (eat("**")) {
            Node b = factor();
            return env -> Op.binary(Slot.POW, a.eval(env), b.eval(env));
        }
        return a;
    }

    private Node primary() {
        Node a = atom();
        while (true) {
            if (eat(".")) {
                String name = peek();
                p++;
                Node obj = a;
                a = env -> getattr(obj.eval(env), name);
            } else if (eat("(")) {
                List<Node> args = new ArrayList<>();
                List<String> names = new ArrayList<>();
                List<Node> kwValues = new ArrayList<>();
                while (!eat(")")) {
                    if (toks.get(p + 1).equals("=") && Character.isLetter(peek().charAt(0))) {
                        names.add(peek());
                        p += 2;
                        kwValues.add(expr());
                    } else {
                        args.add(expr());
                    }
                    eat(",");
                }
                args.addAll(kwValues);
                Node fn = a;
                Node[] argv = args.toArray(new Node[0]);
                String[] kw = names.isEmpty() ? null : names.toArray(new String[0]);
                a = env -> {
                    Object f = fn.eval(env);
                    Object[] v = new Object[argv.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = argv[i].eval(env);
                    }
                    return Op.call(f, v, kw);
                };
            } else if (eat("[")) {
                Node key = subscript();
                expect("]");
                a = new Subscript(a, key);
            } else {
                return a;
            }
        }
    }

    private Node subscript() {
        Node start = at(":") ? null : expr();
        if (!eat(":")) {
            return start;
        }
        Node stop = at(":") || at("]") ? null : expr();
        Node step = null;
        if (eat(":")) {
            step = at("]") ? null : expr();
        }
        Node a = start;
        Node b = stop;
        Node c = step;
        return env -> new PySlice(a == null ? PyNone.None : a.eval(env), b == null ? PyNone.None : b.eval(env),
                c == null ? PyNone.None : c.eval(env));
    }

    private Node atom() {
        String t = peek();
        p++;
        if (t.startsWith("#")) {
            Object v = number(t.substring(1));
            return env -> v;
        }
        if (t.startsWith("'")) {
            String s = t.substring(1);
            return env -> s;
        }
        switch (t) {
            case "None":
                return env -> PyNone.None;
            case "True":
                return env -> true;
            case "False":
                return env -> false;
            case "(": {
                if (eat(")")) {
                    return env -> PyTuple.EMPTY;
                }
                Node first = expr();
                if (eat(")")) {
                    return first;
                }
                List<Node> items = new ArrayList<>(List.of(first));
                while (eat(",")) {
                    if (at(")")) {
                        break;
                    }
                    items.add(expr());
                }
                expect(")");
                return tuple(items);
            }
            case "[": {
                List<Node> items = new ArrayList<>();
                while (!eat("]")) {
                    items.add(expr());
                    eat(",");
                }
                Node tup = tuple(items);
                return env -> new PyList(((PyTuple) tup.eval(env)).toArray());
            }
            case "{": {
                if (eat("}")) {
                    return env -> new PyDict();
                }
                Node first = expr();
                if (eat(":")) {
                    List<Node> keys = new ArrayList<>(List.of(first));
                    List<Node> values = new ArrayList<>(List.of(expr()));
                    while (eat(",")) {
                        if (at("}")) {
                            break;
                        }
                        keys.add(expr());
                        expect(":");
                        values.add(expr());
                    }
                    expect("}");
                    return env -> {
                        PyDict d = new PyDict();
                        for (int i = 0; i < keys.size(); i++) {
                            d.put(keys.get(i).eval(env), values.get(i).eval(env));
                        }
                        return d;
                    };
                }
                List<Node> items = new ArrayList<>(List.of(first));
                while (eat(",")) {
                    if (at("}")) {
                        break;
                    }
                    items.add(expr());
                }
                expect("}");
                return env -> {
                    PySet s = new PySet();
                    for (Node n : items) {
                        s.add(n.eval(env));
                    }
                    return s;
                };
            }
            default:
                if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
                    throw new IllegalArgumentException("unexpected " + t + " in " + toks);
                }
                return new Name(t);
        }
    }

    private static Object number(String text) {
        text = text.replace("_", "");
        if (text.startsWith("0x")) {
            return norm(new BigInteger(text.substring(2), 16));
        }
        if (text.contains(".") || text.contains("e")) {
            return Double.parseDouble(text);
        }
        return norm(new BigInteger(text));
    }

    static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** {@code o.name}: the type's {@code __getattribute__}, else the type's attribute bound to o. */
    static Object getattr(Object o, String name) {
        if (o instanceof PyType t) {
            Object v = t.lookup(name);
            if (v == null) {
                throw Errors.raise(Errors.AttributeError, "type object '" + t.getName() + "' has no attribute '" + name
                        + "'");
            }
            return v;
        }
        PyType t = PyType.of(o);
        Slot.Binary ga = t.binary(Slot.GETATTRIBUTE);
        if (ga != null) {
            return ga.apply(o, name);
        }
        Object v = t.lookup(name);
        if (v instanceof PyCallable fn) {
            return bound(o, name, fn::call);
        }
        if (v instanceof PySlotWrapper w) {
            return bound(o, name, w::invoke);
        }
        if (v != null) {
            return v;
        }
        throw Errors.raise(Errors.AttributeError, "'" + t.getName() + "' object has no attribute '" + name + "'");
    }

    private static Object bound(Object self, String name, PyBuiltinFunction.Body fn) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return fn.call(all, kw);
        });
    }

    /** A lambda: evaluates its body with the parameters bound over the enclosing variables. */
    static final class Lambda implements PyCallable {
        private static final TypeRef FUNCTION = TypeRef.of("function");
        private final List<String> params;
        private final Node body;
        private final Map<String, Object> env;

        Lambda(List<String> params, Node body, Map<String, Object> env) {
            this.params = params;
            this.body = body;
            this.env = env;
        }

        @Override
        public PyType getType() {
            return FUNCTION.get();
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (args.length != params.size()) {
                throw Errors.typeError("<lambda>() takes " + params.size() + " positional arguments but " + args.length
                        + " were given");
            }
            Map<String, Object> inner = new HashMap<>(env);
            for (int i = 0; i < args.length; i++) {
                inner.put(params.get(i), args[i]);
            }
            return body.eval(inner);
        }

        @Override
        public String toString() {
            return "<lambda>";
        }
    }

    // ---- builtins

    static final Map<String, Object> BUILTINS = new HashMap<>();

    private static void fn(String name, PyBuiltinFunction.Body body) {
        BUILTINS.put(name, new PyBuiltinFunction(name, body));
    }

    static {
        fn("repr", (a, k) -> Op.repr(a[0]));
        fn("len", (a, k) -> Op.len(a[0]));
        fn("hash", (a, k) -> Op.hash(a[0]));
        fn("iter", (a, k) -> Op.iter(a[0]));
        fn("abs", (a, k) -> Op.unary(Slot.ABS, a[0]));
        fn("next", (a, k) -> {
            Slot.Unary f = PyType.of(a[0]).unary(Slot.NEXT);
            if (f == null) {
                throw Errors.typeError("'" + Op.typeName(a[0]) + "' object is not an iterator");
            }
            if (a.length > 1) {
                Object v = Op.next(a[0]);
                return v == null ? a[1] : v;
            }
            return f.apply(a[0]);
        });
        fn("sorted", (a, k) -> {
            Object l = Op.call(TypeRegistry.byName("list"), a[0]);
            Object[] rest = new Object[a.length];
            rest[0] = l;
            System.arraycopy(a, 1, rest, 1, a.length - 1);
            Op.call(PyType.of(l).lookup("sort"), rest, k);
            return l;
        });
        fn("isinstance", (a, k) -> PyType.of(a[0]).isSubtypeOf((PyType) a[1]));
        fn("sum", (a, k) -> {
            Object acc = a.length > 1 ? a[1] : (Object) 0L;
            Object it = Op.iter(a[0]);
            for (Object v; (v = Op.next(it)) != null;) {
                acc = Op.binary(Slot.ADD, acc, v);
            }
            return acc;
        });
    }
}
