package org.jyston.type.str.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The ordinary methods of {@code str}, as attributes of the type ({@code args[0]} is self). Lists are
 * built as Java lists and handed to Python as {@code list} ({@code PyList}).
 */
final class StrMethods {
    private StrMethods() {}

    private static final Object NONE = PyNone.None;
    private static final TypeRef STOP_ITERATION = TypeRef.of("StopIteration");

    static void addTo(TypeSpec spec) {
        def(spec, "upper", (a, k) -> Args.none("upper", a, k).toUpperCase(Locale.ROOT));
        def(spec, "lower", (a, k) -> Args.none("lower", a, k).toLowerCase(Locale.ROOT));
        def(spec, "casefold", (a, k) -> Args.none("casefold", a, k).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3'));
        def(spec, "swapcase", (a, k) -> swapcase(Args.none("swapcase", a, k)));
        def(spec, "title", (a, k) -> title(Args.none("title", a, k)));
        def(spec, "capitalize", (a, k) -> capitalize(Args.none("capitalize", a, k)));
        def(spec, "isdigit", (a, k) -> all(Args.none("isdigit", a, k), StrMethods::isDigit));
        def(spec, "isdecimal", (a, k) -> all(Args.none("isdecimal", a, k), StrMethods::isDecimal));
        def(spec, "isnumeric", (a, k) -> all(Args.none("isnumeric", a, k), StrMethods::isNumeric));
        def(spec, "isalpha", (a, k) -> all(Args.none("isalpha", a, k), Character::isLetter));
        def(spec, "isalnum", (a, k) -> all(Args.none("isalnum", a, k),
                c -> Character.isLetter(c) || isNumeric(c)));
        def(spec, "isspace", (a, k) -> all(Args.none("isspace", a, k), Strs::isSpace));
        def(spec, "isascii", (a, k) -> Args.none("isascii", a, k).chars().allMatch(c -> c < 128));
        def(spec, "isprintable", (a, k) -> Args.none("isprintable", a, k).codePoints().allMatch(Strs::isPrintable));
        def(spec, "isupper", (a, k) -> isUpper(Args.none("isupper", a, k)));
        def(spec, "islower", (a, k) -> isLower(Args.none("islower", a, k)));
        def(spec, "istitle", (a, k) -> isTitle(Args.none("istitle", a, k)));
        def(spec, "isidentifier", (a, k) -> isIdentifier(Args.none("isidentifier", a, k)));
        def(spec, "strip", (a, k) -> strip("strip", a, k, true, true));
        def(spec, "lstrip", (a, k) -> strip("lstrip", a, k, true, false));
        def(spec, "rstrip", (a, k) -> strip("rstrip", a, k, false, true));
        def(spec, "split", (a, k) -> split("split", a, k, false));
        def(spec, "rsplit", (a, k) -> split("rsplit", a, k, true));
        def(spec, "splitlines", StrMethods::splitlines);
        def(spec, "join", StrMethods::join);
        def(spec, "replace", StrMethods::replace);
        def(spec, "startswith", (a, k) -> tailmatch("startswith", a, k, false));
        def(spec, "endswith", (a, k) -> tailmatch("endswith", a, k, true));
        def(spec, "find", (a, k) -> (long) find("find", a, k, false, false));
        def(spec, "rfind", (a, k) -> (long) find("rfind", a, k, true, false));
        def(spec, "index", (a, k) -> (long) find("index", a, k, false, true));
        def(spec, "rindex", (a, k) -> (long) find("rindex", a, k, true, true));
        def(spec, "count", StrMethods::count);
        def(spec, "zfill", StrMethods::zfill);
        def(spec, "center", (a, k) -> pad("center", a, k));
        def(spec, "ljust", (a, k) -> pad("ljust", a, k));
        def(spec, "rjust", (a, k) -> pad("rjust", a, k));
        def(spec, "partition", (a, k) -> partition("partition", a, k, false));
        def(spec, "rpartition", (a, k) -> partition("rpartition", a, k, true));
        def(spec, "removeprefix", (a, k) -> remove("removeprefix", a, k, true));
        def(spec, "removesuffix", (a, k) -> remove("removesuffix", a, k, false));
        def(spec, "expandtabs", StrMethods::expandtabs);
        def(spec, "format", StrFormat::format);
        def(spec, "format_map", StrFormat::formatMap);
        def(spec, "encode", StrMethods::encode);
        def(spec, "translate", StrTranslate::translate);
        spec.attribute("maketrans", StrTranslate.MAKETRANS);
    }

    private static void def(TypeSpec spec, String name, PyBuiltinFunction.Body body) {
        // Methods that build a list (split, splitlines, ...) return a Java list; Python sees a PyList.
        // Arguments that are str subclass instances are passed as their str values (so `s.startswith(sub)`
        // takes them), except for format/format_map, whose values keep their own __format__/__str__.
        boolean unwrap = !name.equals("format") && !name.equals("format_map");
        spec.attribute(name, new PyBuiltinFunction(name, (args, kw) -> {
            Object r = body.call(unwrap ? unwrapValues(args) : args, kw);
            return r instanceof List<?> l ? new org.jyston.api.object.PyList(l.toArray()) : r;
        }));
    }

    /** {@code args} with every derived value (an instance of a subclass of str, int, ...) replaced by its value. */
    static Object[] unwrapValues(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof org.jyston.api.object.Derived.Value v) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = v.value();
            }
        }
        return out;
    }

    // ---- case

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            sb.append(prevCased ? lower(s, i - Character.charCount(c), c) : titleOf(c));
            prevCased = Strs.isCased(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int c = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(s.length()).append(titleOf(c));
        for (int i = Character.charCount(c); i < s.length();) {
            int d = s.codePointAt(i);
            sb.append(lower(s, i, d));
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    /**
     * The lowercase of the character {@code c} at char offset {@code i} of {@code s}: a capital sigma
     * becomes the final sigma when a cased letter precedes it and none follows it (case-ignorable
     * characters skipped on both sides), as Unicode's Final_Sigma condition says.
     */
    static String lower(String s, int i, int c) {
        if (c != 0x3a3) {
            return lower(c);
        }
        int j = i;
        boolean before = false;
        while (j > 0) {
            int p = s.codePointBefore(j);
            j -= Character.charCount(p);
            if (!caseIgnorable(p)) {
                before = Strs.isCased(p);
                break;
            }
        }
        if (!before) {
            return "\u03c3";
        }
        for (j = i + 1; j < s.length();) {
            int n = s.codePointAt(j);
            j += Character.charCount(n);
            if (!caseIgnorable(n)) {
                return Strs.isCased(n) ? "\u03c3" : "\u03c2";
            }
        }
        return "\u03c2";
    }

    /** Unicode's Case_Ignorable property (word-break MidLetter/MidNumLet/Single_Quote, marks, modifiers, format). */
    private static boolean caseIgnorable(int c) {
        switch (c) {
            case '\'', '.', ':', '^', '`', 0xa8, 0xad, 0xaf, 0xb4, 0xb7, 0xb8, 0x2018, 0x2019, 0x2024, 0x2027,
                    0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
                return true;
            default:
                break;
        }
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static String lower(int c) {
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /** The full titlecase mapping of one character (approximated from the full uppercase one). */
    private static String titleOf(int c) {
        String up = Character.toString(c).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) <= 1) {
            return Character.toString(Character.toTitleCase(c));
        }
        int first = up.codePointAt(0);
        return Character.toString(first) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                sb.append(lower(s, i - Character.charCount(c), c));
            } else if (Character.isLowerCase(c)) {
                sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    // ---- predicates

    private static boolean all(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int v = Character.getType(c) == Character.OTHER_NUMBER ? Character.getNumericValue(c) : -1;
        return v >= 0 && v <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    private static boolean isLower(String s) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int[] cps = s.codePoints().toArray();
        if (!(cps[0] == '_' || Character.isUnicodeIdentifierStart(cps[0]))) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!Character.isUnicodeIdentifierPart(cps[i]) || Character.isIdentifierIgnorable(cps[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- strip, split, join

    static Object strip(String name, Object[] a, String[] k, boolean left, boolean right) {
        Args args = Args.positional(name, a, k, 0, 1);
        String s = args.self;
        Object chars = args.get(0);
        java.util.function.IntPredicate strip;
        if (chars == null || chars == NONE) {
            strip = Strs::isSpace;
        } else if (chars instanceof String cs) {
            strip = c -> cs.indexOf(Character.toString(c)) >= 0;
        } else {
            throw Errors.typeError(name + " arg must be None or str");
        }
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!strip.test(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!strip.test(c)) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    static Object split(String name, Object[] a, String[] k, boolean fromRight) {
        Args args = Args.keywords(name, a, k, "sep", "maxsplit");
        String s = args.self;
        Object sepObj = args.get(0);
        long max = args.has(1) ? Strs.asSize(args.get(1)) : -1;
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> out = new ArrayList<>();
        if (sepObj == null || sepObj == NONE) {
            int[] cps = s.codePoints().toArray();
            if (fromRight) {
                splitWhitespaceRight(cps, max, out);
            } else {
                splitWhitespace(cps, max, out);
            }
            return out;
        }
        if (!(sepObj instanceof String sep)) {
            throw Errors.typeError("must be str or None, not " + Op.typeName(sepObj));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        if (!fromRight) {
            int i = 0;
            int j;
            while (max-- > 0 && (j = s.indexOf(sep, i)) >= 0) {
                out.add(s.substring(i, j));
                i = j + sep.length();
            }
            out.add(s.substring(i));
        } else {
            int end = s.length();
            int j;
            while (max-- > 0 && end - sep.length() >= 0 && (j = s.lastIndexOf(sep, end - sep.length())) >= 0) {
                out.add(s.substring(j + sep.length(), end));
                end = j;
            }
            out.add(s.substring(0, end));
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static String str(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    private static void splitWhitespace(int[] s, long max, List<Object> out) {
        int n = s.length;
        int i = 0;
        while (max-- > 0) {
            while (i < n && Strs.isSpace(s[i])) {
                i++;
            }
            if (i == n) {
                return;
            }
            int j = i;
            while (i < n && !Strs.isSpace(s[i])) {
                i++;
            }
            out.add(str(s, j, i));
        }
        while (i < n && Strs.isSpace(s[i])) {
            i++;
        }
        if (i != n) {
            out.add(str(s, i, n));
        }
    }

    private static void splitWhitespaceRight(int[] s, long max, List<Object> out) {
        int i = s.length - 1;
        while (max-- > 0) {
            while (i >= 0 && Strs.isSpace(s[i])) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i;
            while (i >= 0 && !Strs.isSpace(s[i])) {
                i--;
            }
            out.add(str(s, i + 1, j + 1));
        }
        if (i >= 0) {
            while (i >= 0 && Strs.isSpace(s[i])) {
                i--;
            }
            if (i >= 0) {
                out.add(str(s, 0, i + 1));
            }
        }
        java.util.Collections.reverse(out);
    }

    static Object splitlines(Object[] a, String[] k) {
        Args args = Args.keywords("splitlines", a, k, "keepends");
        String s = args.self;
        boolean keep = args.has(0) && Op.isTrue(args.get(0));
        List<Object> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !Strs.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keep) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    static Object join(Object[] a, String[] k) {
        Args args = Args.one("join", a, k);
        String sep = args.self;
        List<Object> items = items(args.get(0));
        if (items == null) {
            throw Errors.typeError("can only join an iterable");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object o = items.get(i);
            if (!(org.jyston.api.object.Derived.unwrap(o) instanceof String s)) { // str subclasses join their text
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Op.typeName(o) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** The items of an iterable (tuple, Java collection, str, or anything with {@code __iter__}); null if not iterable. */
    static List<Object> items(Object o) {
        // the storage of exact tuples and lists; a subclass (a PyObject) is iterated, its __iter__ honoured
        if (o instanceof PyTuple t && o.getClass() == PyTuple.class) {
            return List.of(t.toArray());
        }
        if (o instanceof Collection<?> c && !(o instanceof org.jyston.api.object.PyObject)) {
            return new ArrayList<>(c);
        }
        if (o instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(c -> out.add(Character.toString(c)));
            return out;
        }
        Slot.Unary iter = PyType.of(o).unary(Slot.ITER);
        if (iter == null) {
            return null;
        }
        Object it = iter.apply(o);
        Slot.Unary next = PyType.of(it).unary(Slot.NEXT);
        if (next == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + Op.typeName(it) + "'");
        }
        List<Object> out = new ArrayList<>();
        while (true) {
            try {
                out.add(next.apply(it));
            } catch (PyException e) {
                PyType stop = STOP_ITERATION.getOrNull();
                if (stop != null && e.matches(stop)) {
                    return out;
                }
                throw e;
            }
        }
    }

    // ---- replace, find, count, startswith

    static Object replace(Object[] a, String[] k) {
        Args args = Args.positional("replace", a, k, 2, 3);
        String s = args.self;
        for (int i = 0; i < 2; i++) {
            if (!(args.get(i) instanceof String)) {
                throw Errors.typeError("replace() argument " + (i + 1) + " must be str, not " + Op.typeName(args.get(i)));
            }
        }
        String old = (String) args.get(0);
        String rep = (String) args.get(1);
        long count = args.has(2) ? Strs.asSize(args.get(2)) : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            while (i < s.length() && count-- > 0) {
                int c = s.codePointAt(i);
                sb.append(rep).appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (i == s.length() && count > 0) {
                sb.append(rep);
            }
            return sb.append(s, i, s.length()).toString();
        }
        int i = 0;
        int j;
        while (count-- > 0 && (j = s.indexOf(old, i)) >= 0) {
            sb.append(s, i, j).append(rep);
            i = j + old.length();
        }
        return i == 0 ? s : sb.append(s, i, s.length()).toString();
    }

    private static String subArg(Object o) {
        if (o instanceof String t) {
            return t;
        }
        throw Errors.typeError("must be str, not " + Op.typeName(o));
    }

    static int find(String name, Object[] a, String[] k, boolean rev, boolean raise) {
        Args args = Args.positionalOld(name, a, k, 1, 3);
        String s = args.self;
        String sub = subArg(args.get(0));
        int len = Strs.length(s);
        int[] r = Strs.adjust(Strs.sliceIndex(args.get(1), 0), Strs.sliceIndex(args.get(2), len), len);
        int result = -1;
        int subLen = Strs.length(sub);
        if (r[0] <= len && r[1] - r[0] >= subLen) {
            int cs = Strs.charIndex(s, r[0]);
            int ce = Strs.charIndex(s, r[1]);
            int idx = rev ? s.lastIndexOf(sub, ce - sub.length()) : s.indexOf(sub, cs);
            if (idx >= cs && idx + sub.length() <= ce) {
                result = Strs.cpIndex(s, idx);
            }
        }
        if (result < 0 && raise) {
            throw Errors.valueError("substring not found");
        }
        return result;
    }

    static Object count(Object[] a, String[] k) {
        Args args = Args.positionalOld("count", a, k, 1, 3);
        String s = args.self;
        String sub = subArg(args.get(0));
        int len = Strs.length(s);
        int[] r = Strs.adjust(Strs.sliceIndex(args.get(1), 0), Strs.sliceIndex(args.get(2), len), len);
        if (r[0] > len || r[1] < r[0]) {
            return 0L;
        }
        if (sub.isEmpty()) {
            return (long) (r[1] - r[0] + 1);
        }
        int cs = Strs.charIndex(s, r[0]);
        int ce = Strs.charIndex(s, r[1]);
        long n = 0;
        int i = cs;
        int j;
        while ((j = s.indexOf(sub, i)) >= 0 && j + sub.length() <= ce) {
            n++;
            i = j + sub.length();
        }
        return n;
    }

    static Object tailmatch(String name, Object[] a, String[] k, boolean end) {
        Args args = Args.positionalOld(name, a, k, 1, 3);
        String s = args.self;
        Object prefix = args.get(0);
        int len = Strs.length(s);
        int[] r = Strs.adjust(Strs.sliceIndex(args.get(1), 0), Strs.sliceIndex(args.get(2), len), len);
        if (prefix instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof String p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + Op.typeName(t.get(i)));
                }
                if (tailmatch(s, p, r, len, end)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Op.typeName(prefix));
        }
        return tailmatch(s, p, r, len, end);
    }

    private static boolean tailmatch(String s, String p, int[] r, int len, boolean end) {
        int plen = Strs.length(p);
        if (r[0] > len || r[1] - r[0] < plen) {
            return false;
        }
        int from = end ? r[1] - plen : r[0];
        int cs = Strs.charIndex(s, from);
        return s.startsWith(p, cs);
    }

    // ---- padding

    static Object zfill(Object[] a, String[] k) {
        Args args = Args.one("zfill", a, k);
        String s = args.self;
        long width = Strs.asSize(args.get(0));
        int len = Strs.length(s);
        if (width <= len) {
            return s;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder();
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        sb.append("0".repeat(fill));
        return sb.append(s, start, s.length()).toString();
    }

    static Object pad(String name, Object[] a, String[] k) {
        Args args = Args.positional(name, a, k, 1, 2);
        String s = args.self;
        long width = Strs.asSize(args.get(0));
        String fill = " ";
        if (args.has(1)) {
            Object f = args.get(1);
            if (!(f instanceof String fs)) {
                throw Errors.typeError("The fill character must be a unicode character, not " + Op.typeName(f));
            }
            if (Strs.length(fs) != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = fs;
        }
        int len = Strs.length(s);
        if (width <= len) {
            return s;
        }
        int marg = (int) (width - len);
        int left;
        switch (name) {
            case "ljust":
                left = 0;
                break;
            case "rjust":
                left = marg;
                break;
            default:
                left = marg / 2 + (marg & (int) width & 1);
                break;
        }
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }

    // ---- partition, removeprefix, expandtabs

    static Object partition(String name, Object[] a, String[] k, boolean rev) {
        Args args = Args.one(name, a, k);
        String s = args.self;
        Object sepObj = args.get(0);
        if (!(sepObj instanceof String sep)) {
            throw Errors.typeError("must be str, not " + Op.typeName(sepObj));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return rev ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    static Object remove(String name, Object[] a, String[] k, boolean prefix) {
        Args args = Args.one(name, a, k);
        String s = args.self;
        Object o = args.get(0);
        if (!(o instanceof String p)) {
            throw Errors.typeError(name + "() argument must be str, not " + Op.typeName(o));
        }
        if (prefix) {
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
        return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
    }

    static Object expandtabs(Object[] a, String[] k) {
        Args args = Args.keywords("expandtabs", a, k, "tabsize");
        String s = args.self;
        long tab = args.has(0) ? Strs.asSize(args.get(0)) : 8;
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tab > 0) {
                    long n = tab - col % tab;
                    sb.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                sb.appendCodePoint(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** {@code str.encode(encoding='utf-8', errors='strict')}: the bytes type does the encoding. */
    private static Object encode(Object[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        Object encoding = npos > 1 ? args[1] : "utf-8";
        Object errors = npos > 2 ? args[2] : "strict";
        if (npos > 3) {
            throw Errors.typeError("encode() takes at most 2 arguments (" + (npos - 1) + " given)");
        }
        for (int k = 0; k < nkw; k++) {
            switch (kw[k]) {
                case "encoding" -> encoding = args[npos + k];
                case "errors" -> errors = args[npos + k];
                default -> throw Errors.typeError("encode() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        if (!(encoding instanceof String)) {
            throw Errors.typeError("encode() argument 'encoding' must be str, not " + Op.typeName(encoding));
        }
        if (!(errors instanceof String)) {
            throw Errors.typeError("encode() argument 'errors' must be str, not " + Op.typeName(errors));
        }
        return Op.call(org.jyston.api.object.TypeRef.of("bytes").get(), args[0], encoding, errors);
    }
}
