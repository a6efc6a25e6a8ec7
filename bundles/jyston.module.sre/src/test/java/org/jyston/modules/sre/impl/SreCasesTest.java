package org.jyston.modules.sre.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.TypeRegistry;
import org.jyston.api.object.TypeSpec;
import org.jyston.testkit.TestTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test: the engine runs the sre code that CPython 3.11's {@code re._compiler} produced for
 * each case of {@code sre_cases.txt} and must give CPython's results (the file and its answers are made
 * by {@code gen_cases.py} under CPython; nothing in it is typed by hand).
 */
class SreCasesTest {
    @BeforeAll
    static void setUp() {
        registerTypes();
    }

    static void registerTypes() {
        TestTypes.ensure();
        register(new org.jyston.types.bytes.impl.BytesTypes());
        register(new SreTypes());
    }

    private static synchronized void register(BuiltinType component) {
        for (TypeSpec spec : component.specs()) {
            if (TypeRegistry.byName(spec.name()) == null) {
                TypeRegistry.register(spec);
            }
        }
    }

    @Test
    void everyCaseGivesCPythonsResult() throws Exception {
        // on a thread with a small stack: the engine's backtracking must not use the Java stack per character
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                runAllCases();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "sre-cases", 512 * 1024);
        t.start();
        t.join();
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        if (thrown[0] instanceof Exception e) {
            throw e;
        }
    }

    private static void runAllCases() throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SreCasesTest.class.getResourceAsStream("/sre_cases.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                count++;
                String[] f = line.split("\t", -1);
                String got;
                try {
                    got = runCase(f);
                } catch (RuntimeException e) {
                    got = "E" + e;
                }
                if (!got.equals(f[10])) {
                    failures.add("case " + f[0] + " pattern " + decodeText(f[3]) + " subject " + shortSubject(f[7]) + " op "
                            + f[8] + " " + f[9] + "\n   expected " + f[10] + "\n   got      " + got);
                }
            }
        }
        assertThat(count).isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + count + " cases differ").isEmpty();
    }

    private static String shortSubject(String s) {
        String t = decodeText(s);
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    private static String decodeText(String enc) {
        Object v = decodeSubject(enc);
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }

    private static String runCase(String[] f) {
        Object pattern = decode(f[3]);
        String[] codeWords = f[4].split(" ");
        Object[] code = new Object[codeWords.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = Long.parseLong(codeWords[i]);
        }
        PyDict groupindex = new PyDict();
        if (!f[5].equals("-")) {
            for (String kv : f[5].split(";")) {
                int eq = kv.lastIndexOf('=');
                groupindex.put(decode(kv.substring(0, eq)), Long.parseLong(kv.substring(eq + 1)));
            }
        }
        List<Object> ig = new ArrayList<>();
        if (!f[6].equals("-")) {
            for (String x : f[6].split(";")) {
                ig.add(decode(x));
            }
        }
        PatternObject p = (PatternObject) SreModule.compile(new Object[] {pattern, Long.parseLong(f[1]), new PyList(code),
            Long.parseLong(f[2]), groupindex, PyTuple.of(ig.toArray())}, null);
        Object subject = decodeSubject(f[7]);
        Object[] args = decodeArgs(f[9]);
        boolean longSubject = (subject instanceof String s ? s.length() : subject instanceof PyBytes b ? b.size() : 0) >= 1000;
        switch (f[8]) {
            case "match":
            case "search":
            case "fullmatch": {
                Object[] a = prepend(subject, args);
                Object m = p.find(f[8], a, null, f[8].equals("match") ? 0 : f[8].equals("fullmatch") ? 1 : 2);
                return m == PyNone.None ? "N" : encMatch((MatchObject) m, longSubject);
            }
            case "findall":
                return enc(p.findall(prepend(subject, args), null));
            case "finditer": {
                Object[] a = prepend(subject, args);
                ScannerObject sc = new ScannerObject(p, subject, a.length > 1 ? (Long) a[1] : 0,
                        a.length > 2 ? (Long) a[2] : Long.MAX_VALUE);
                List<Object> spans = new ArrayList<>();
                for (Object m = sc.step(true); m != PyNone.None; m = sc.step(true)) {
                    MatchObject mo = (MatchObject) m;
                    spans.add(PyTuple.of((long) mo.regs[0], (long) mo.regs[1]));
                }
                return enc(new PyList(spans.toArray()));
            }
            case "scan_match": {
                ScannerObject sc = new ScannerObject(p, subject, 0, Long.MAX_VALUE);
                List<Object> spans = new ArrayList<>();
                for (Object m = sc.step(false); m != PyNone.None; m = sc.step(false)) {
                    MatchObject mo = (MatchObject) m;
                    spans.add(PyTuple.of((long) mo.regs[0], (long) mo.regs[1]));
                }
                return enc(new PyList(spans.toArray()));
            }
            case "split":
                return enc(p.split(prepend(subject, args), null));
            case "sub_lit":
                return enc(p.subx("subn", new Object[] {args[0], subject, args[1]}, null, true));
            case "sub_fn": {
                PyBuiltinFunction fn = new PyBuiltinFunction("fn", (a, k) -> {
                    Object g = ((MatchObject) a[0]).group(0, PyNone.None);
                    if (g instanceof PyBytes b) {
                        byte[] d = new byte[b.size() + 2];
                        d[0] = '<';
                        System.arraycopy(b.array(), 0, d, 1, b.size());
                        d[d.length - 1] = '>';
                        return PyBytes.wrap(d);
                    }
                    return "<" + g + ">";
                });
                return enc(p.subx("subn", prepend(fn, prepend(subject, args)), null, true));
            }
            default:
                throw new IllegalArgumentException(f[8]);
        }
    }

    private static String encMatch(MatchObject m, boolean longSubject) {
        Object texts = longSubject ? PyNone.None : PyTuple.of(m.group(0, PyNone.None), m.groups(PyNone.None));
        return "(" + enc(m.regsTuple()) + "," + enc(m.lastIndex < 0 ? PyNone.None : (Object) (long) m.lastIndex) + ","
                + enc(m.lastgroup()) + "," + enc(texts) + ",(i" + m.regs[0] + ",i" + m.regs[1] + "),i" + m.pos + ",i"
                + m.endpos + ")";
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    private static Object[] decodeArgs(String enc) {
        String inner = enc.substring(1, enc.length() - 1);
        if (inner.isEmpty()) {
            return new Object[0];
        }
        String[] parts = inner.split(",");
        Object[] out = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = decode(parts[i]);
        }
        return out;
    }

    private static Object decodeSubject(String enc) {
        if (enc.startsWith("r")) {
            int colon = enc.indexOf(':');
            int times = Integer.parseInt(enc.substring(1, colon));
            Object unit = decode(enc.substring(colon + 1));
            if (unit instanceof String s) {
                return s.repeat(times);
            }
            byte[] b = ((PyBytes) unit).array();
            byte[] out = new byte[b.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(b, 0, out, i * b.length, b.length);
            }
            return PyBytes.wrap(out);
        }
        if (enc.startsWith("B")) {
            return new PyByteArray(((PyBytes) decode("b" + enc.substring(1))).array());
        }
        return decode(enc);
    }

    /** The atoms of the encoding: N, i, s, b. */
    private static Object decode(String enc) {
        char kind = enc.charAt(0);
        String body = enc.substring(1);
        switch (kind) {
            case 'N':
                return PyNone.None;
            case 'i':
                return Long.parseLong(body);
            case 's': {
                StringBuilder sb = new StringBuilder();
                if (!body.isEmpty()) {
                    for (String h : body.split("\\.")) {
                        sb.appendCodePoint(Integer.parseInt(h, 16));
                    }
                }
                return sb.toString();
            }
            case 'b': {
                if (body.isEmpty()) {
                    return PyBytes.EMPTY;
                }
                String[] hs = body.split("\\.");
                byte[] d = new byte[hs.length];
                for (int i = 0; i < hs.length; i++) {
                    d[i] = (byte) Integer.parseInt(hs[i], 16);
                }
                return PyBytes.wrap(d);
            }
            default:
                throw new IllegalArgumentException(enc);
        }
    }

    static String enc(Object v) {
        if (v == PyNone.None) {
            return "N";
        }
        if (v instanceof Long l) {
            return "i" + l;
        }
        if (v instanceof String s) {
            StringBuilder sb = new StringBuilder("s");
            s.codePoints().forEach(c -> {
                if (sb.length() > 1) {
                    sb.append('.');
                }
                sb.append(Integer.toHexString(c));
            });
            return sb.toString();
        }
        if (v instanceof PyBytes b) {
            StringBuilder sb = new StringBuilder("b");
            for (int i = 0; i < b.size(); i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(Integer.toHexString(b.get(i)));
            }
            return sb.toString();
        }
        if (v instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(enc(t.get(i)));
            }
            return sb.append(')').toString();
        }
        if (v instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(enc(items[i]));
            }
            return sb.append(']').toString();
        }
        throw new IllegalArgumentException("cannot encode " + v.getClass());
    }
}
