package org.jyston.modules.posix.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _locale} module for the C and C.UTF-8 locales (and any other the system has under
 * {@code /usr/lib/locale}, whose conventions are then still the C locale's: the JVM cannot load a C
 * library locale). As CPython at start-up, LC_CTYPE is taken from the environment and the other
 * categories are "C".
 */
@Component(service = ModuleProvider.class)
public class LocaleModule implements ModuleProvider {
    /** glibc's categories in the order of its composite names, with their numbers. */
    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int[] NUMBERS = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12};
    private static final int LC_ALL = 6;
    /** The process's locale per category (index into CATEGORIES). */
    private static final String[] CURRENT = initial();

    private static String[] initial() {
        String[] c = new String[CATEGORIES.length];
        java.util.Arrays.fill(c, "C");
        String ctype = fromEnvironment("LC_CTYPE");
        c[0] = supported(ctype) ? ctype : "C";
        return c;
    }

    private static String fromEnvironment(String category) {
        for (String var : new String[] {"LC_ALL", category, "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "C";
    }

    private static boolean supported(String name) {
        if (name.equals("C") || name.equals("POSIX") || name.equals("C.UTF-8") || name.equals("C.utf8")) {
            return true;
        }
        try {
            return !name.contains("/") && Files.isDirectory(Path.of("/usr/lib/locale", name));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean utf8(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".utf-8") || n.endsWith(".utf8");
    }

    @Override
    public String name() {
        return "_locale";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Support for POSIX locales.");
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "locale");
        PyType error = PyType.newHeapType("Error", List.of(TypeRegistry.byName("Exception")), ns,
                TypeRegistry.byName("type"));
        Args.fn(d, "setlocale", (a, kw) -> {
            Object[] v = Args.parse("setlocale", a, kw, new String[] {"category", "locale"}, 1, 2, 2);
            int category = Args.cint(v[0]);
            Object loc = v[1] == null ? PyNone.None : Derived.unwrap(v[1]);
            if (loc != PyNone.None && !(loc instanceof String)) {
                throw Errors.typeError("setlocale() argument 2 must be str or None, not " + Op.typeName(v[1]));
            }
            synchronized (CURRENT) {
                return setlocale(error, category, loc == PyNone.None ? null : (String) loc);
            }
        });
        Args.fn(d, "localeconv", (a, kw) -> {
            Args.none("localeconv", a, kw);
            PyDict c = new PyDict();
            for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point",
                "mon_thousands_sep"}) {
                c.put(k, "");
            }
            c.put("mon_grouping", new PyList());
            c.put("positive_sign", "");
            c.put("negative_sign", "");
            for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
                "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
                c.put(k, 127L);
            }
            c.put("decimal_point", ".");
            c.put("thousands_sep", "");
            c.put("grouping", new PyList());
            return c;
        });
        Args.fn(d, "strcoll", (a, kw) -> {
            Args.exact("strcoll", a, kw, 2);
            String x = str("strcoll", 1, a[0]);
            String y = str("strcoll", 2, a[1]);
            return (long) Integer.signum(x.compareTo(y));
        });
        Args.fn(d, "strxfrm", (a, kw) -> {
            Args.exact("strxfrm", a, kw, 1);
            return str("strxfrm", 1, a[0]);
        });
        Map<Long, String> info = langinfo();
        Args.fn(d, "nl_langinfo", (a, kw) -> {
            Args.exact("nl_langinfo", a, kw, 1);
            long key = Args.cint(a[0]);
            if (key == 14) {
                synchronized (CURRENT) {
                    return utf8(CURRENT[0]) ? "UTF-8" : "ANSI_X3.4-1968";
                }
            }
            String s = info.get(key);
            if (s == null) {
                throw Errors.valueError("unsupported langinfo constant");
            }
            return s;
        });
        Args.fn(d, "getencoding", (a, kw) -> {
            Args.none("getencoding", a, kw);
            synchronized (CURRENT) {
                return utf8(CURRENT[0]) ? "UTF-8" : "ANSI_X3.4-1968";
            }
        });
        Args.fn(d, "gettext", (a, kw) -> {
            Args.exact("gettext", a, kw, 1);
            return a[0];
        });
        Args.fn(d, "dgettext", (a, kw) -> {
            Args.exact("dgettext", a, kw, 2);
            return a[1];
        });
        Args.fn(d, "dcgettext", (a, kw) -> {
            Args.exact("dcgettext", a, kw, 3);
            return a[1];
        });
        Args.fn(d, "textdomain", (a, kw) -> {
            Args.exact("textdomain", a, kw, 1);
            return a[0] == PyNone.None ? "messages" : a[0];
        });
        Args.fn(d, "bindtextdomain", (a, kw) -> {
            Args.exact("bindtextdomain", a, kw, 2);
            return a[1] == PyNone.None ? "/usr/share/locale" : a[1];
        });
        Args.fn(d, "bind_textdomain_codeset", (a, kw) -> {
            Args.exact("bind_textdomain_codeset", a, kw, 2);
            return a[1];
        });
        d.put("LC_CTYPE", 0L);
        d.put("LC_TIME", 2L);
        d.put("LC_COLLATE", 3L);
        d.put("LC_MONETARY", 4L);
        d.put("LC_MESSAGES", 5L);
        d.put("LC_NUMERIC", 1L);
        d.put("LC_ALL", 6L);
        d.put("CHAR_MAX", 127L);
        d.put("Error", error);
        String[] names = {"DAY_1", "DAY_2", "DAY_3", "DAY_4", "DAY_5", "DAY_6", "DAY_7", "ABDAY_1", "ABDAY_2", "ABDAY_3",
            "ABDAY_4", "ABDAY_5", "ABDAY_6", "ABDAY_7", "MON_1", "MON_2", "MON_3", "MON_4", "MON_5", "MON_6", "MON_7",
            "MON_8", "MON_9", "MON_10", "MON_11", "MON_12", "ABMON_1", "ABMON_2", "ABMON_3", "ABMON_4", "ABMON_5",
            "ABMON_6", "ABMON_7", "ABMON_8", "ABMON_9", "ABMON_10", "ABMON_11", "ABMON_12", "RADIXCHAR", "THOUSEP",
            "CRNCYSTR", "D_T_FMT", "D_FMT", "T_FMT", "AM_STR", "PM_STR", "CODESET", "T_FMT_AMPM", "ERA", "ERA_D_FMT",
            "ERA_D_T_FMT", "ERA_T_FMT", "ALT_DIGITS", "YESEXPR", "NOEXPR", "_DATE_FMT"};
        long[] values = {131079, 131080, 131081, 131082, 131083, 131084, 131085, 131072, 131073, 131074, 131075, 131076,
            131077, 131078, 131098, 131099, 131100, 131101, 131102, 131103, 131104, 131105, 131106, 131107, 131108,
            131109, 131086, 131087, 131088, 131089, 131090, 131091, 131092, 131093, 131094, 131095, 131096, 131097,
            65536, 65537, 262159, 131112, 131113, 131114, 131110, 131111, 14, 131115, 131116, 131118, 131120, 131121,
            131119, 327680, 327681, 131180};
        for (int i = 0; i < names.length; i++) {
            d.put(names[i], values[i]);
        }
    }

    private static String str(String fname, int pos, Object o) {
        if (Derived.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError(fname + "() argument " + pos + " must be str, not " + Op.typeName(o));
    }

    /** The C locale's nl_langinfo answers (CODESET depends on LC_CTYPE and is answered apart). */
    private static Map<Long, String> langinfo() {
        Map<Long, String> m = new java.util.HashMap<>();
        String[] days = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        for (int i = 0; i < 7; i++) {
            m.put(131079L + i, days[i]);
            m.put(131072L + i, days[i].substring(0, 3));
        }
        for (int i = 0; i < 12; i++) {
            m.put(131098L + i, months[i]);
            m.put(131086L + i, months[i].substring(0, 3));
        }
        m.put(65536L, ".");
        m.put(65537L, "");
        m.put(262159L, "-");
        m.put(131112L, "%a %b %e %H:%M:%S %Y");
        m.put(131113L, "%m/%d/%y");
        m.put(131114L, "%H:%M:%S");
        m.put(131110L, "AM");
        m.put(131111L, "PM");
        m.put(131115L, "%I:%M:%S %p");
        for (long k : new long[] {131116L, 131118L, 131120L, 131121L, 131119L}) {
            m.put(k, "");
        }
        m.put(327680L, "^[yY]");
        m.put(327681L, "^[nN]");
        m.put(131180L, "%a %b %e %H:%M:%S %Z %Y");
        return m;
    }

    private static int index(int category) {
        for (int i = 0; i < NUMBERS.length; i++) {
            if (NUMBERS[i] == category) {
                return i;
            }
        }
        return -1;
    }

    private static String query(int category) {
        if (category == LC_ALL) {
            boolean same = true;
            for (String c : CURRENT) {
                same &= c.equals(CURRENT[0]);
            }
            if (same) {
                return CURRENT[0];
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < CATEGORIES.length; i++) {
                sb.append(i == 0 ? "" : ";").append(CATEGORIES[i]).append('=').append(CURRENT[i]);
            }
            return sb.toString();
        }
        return CURRENT[index(category)];
    }

    private static String normal(String name) {
        return name.equals("POSIX") ? "C" : name;
    }

    private static Object setlocale(PyType error, int category, String loc) {
        if (category != LC_ALL && index(category) < 0) {
            throw new PyException((org.jyston.api.object.PyBaseException) Op.call(error,
                    loc == null ? "locale query failed" : "unsupported locale setting"));
        }
        if (loc == null) {
            return query(category);
        }
        String[] next = CURRENT.clone();
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (category != LC_ALL && NUMBERS[i] != category) {
                continue;
            }
            String name = loc.isEmpty() ? fromEnvironment(CATEGORIES[i]) : loc;
            if (!supported(name)) {
                throw new PyException((org.jyston.api.object.PyBaseException) Op.call(error,
                        "unsupported locale setting"));
            }
            next[i] = normal(name);
        }
        System.arraycopy(next, 0, CURRENT, 0, next.length);
        return query(category);
    }
}
