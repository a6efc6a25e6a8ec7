package org.jyston.type.str.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/**
 * {@code unicodedata}, in part: {@code east_asian_width}, {@code category}, {@code bidirectional},
 * {@code combining}, {@code mirrored} answered from the table {@code ucd.txt} (the Unicode Character
 * Database 14.0.0 that CPython 3.11 has, written by {@code tools/gen_ucd_table.py}; the JDK's own
 * character data is an older Unicode), and {@code normalize}/{@code is_normalized} through
 * {@link Normalizer}. Names ({@code name}, {@code lookup}) and numeric values are not here yet.
 */
@Component(service = ModuleProvider.class)
public class UnicodeDataModule implements ModuleProvider {
    @Override
    public String name() {
        return "unicodedata";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides access to the Unicode Character Database which\n"
                + "defines character properties for all Unicode characters. The data in\n"
                + "this database is based on the UnicodeData.txt file version\n"
                + "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                + "The module uses the same names and symbols as defined by the\n"
                + "UnicodeData File Format 14.0.0.");
        d.put("unidata_version", "14.0.0");
        property(module, d, "east_asian_width", cp -> Table.get().eaw[Table.get().run(cp)]);
        property(module, d, "category", cp -> Table.get().category[Table.get().run(cp)]);
        property(module, d, "bidirectional", cp -> Table.get().bidi[Table.get().run(cp)]);
        property(module, d, "combining", cp -> (long) Table.get().combining[Table.get().run(cp)]);
        property(module, d, "mirrored", cp -> Table.get().mirrored[Table.get().run(cp)] ? 1L : 0L);
        normalizing(module, d, "normalize", false);
        normalizing(module, d, "is_normalized", true);
    }

    private interface Property {
        Object of(int codePoint);
    }

    private static void property(PyModule module, PyDict d, String name, Property p) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            if (a.length != 1) {
                throw Errors.typeError("unicodedata." + name + "() takes exactly one argument (" + a.length + " given)");
            }
            Object u = Derived.unwrap(a[0]);
            if (!(u instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                throw Errors.typeError(name + "() argument must be a unicode character, not " + Op.typeName(a[0]));
            }
            return p.of(s.codePointAt(0));
        });
        f.setModule(module);
        d.put(name, f);
    }

    private static void normalizing(PyModule module, PyDict d, String name, boolean test) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
            }
            String form = str(name, 1, a[0]);
            String s = str(name, 2, a[1]);
            Normalizer.Form nf = switch (form) {
                case "NFC" -> Normalizer.Form.NFC;
                case "NFD" -> Normalizer.Form.NFD;
                case "NFKC" -> Normalizer.Form.NFKC;
                case "NFKD" -> Normalizer.Form.NFKD;
                default -> throw Errors.valueError("invalid normalization form");
            };
            return test ? Normalizer.isNormalized(s, nf) : Normalizer.normalize(s, nf);
        });
        f.setModule(module);
        d.put(name, f);
    }

    private static String str(String name, int n, Object o) {
        if (Derived.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError(name + "() argument " + n + " must be str, not " + Op.typeName(o));
    }

    /** The runs of code points with equal properties, read from {@code ucd.txt} on first use. */
    private static final class Table {
        private static volatile Table table;

        final int[] start;
        final String[] eaw;
        final String[] category;
        final String[] bidi;
        final int[] combining;
        final boolean[] mirrored;

        static Table get() {
            Table t = table;
            if (t == null) {
                synchronized (Table.class) {
                    t = table;
                    if (t == null) {
                        table = t = load();
                    }
                }
            }
            return t;
        }

        private Table(List<String[]> rows) {
            int n = rows.size();
            start = new int[n];
            eaw = new String[n];
            category = new String[n];
            bidi = new String[n];
            combining = new int[n];
            mirrored = new boolean[n];
            for (int i = 0; i < n; i++) {
                String[] r = rows.get(i);
                start[i] = Integer.parseInt(r[0], 16);
                eaw[i] = r[1].intern();
                category[i] = r[2].intern();
                bidi[i] = r[3].equals("-") ? "" : r[3].intern();
                combining[i] = Integer.parseInt(r[4]);
                mirrored[i] = r[5].equals("1");
            }
        }

        /** The index of the run holding {@code cp}. */
        int run(int cp) {
            int lo = 0;
            int hi = start.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (start[mid] <= cp) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        private static Table load() {
            List<String[]> rows = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    UnicodeDataModule.class.getResourceAsStream("ucd.txt"), StandardCharsets.US_ASCII))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (!line.startsWith("#")) {
                        rows.add(line.split(" "));
                    }
                }
            } catch (IOException | NullPointerException e) {
                throw Errors.systemError("unicodedata: cannot read its table: " + e);
            }
            return new Table(rows);
        }
    }
}
