package org.jyston.type.str.impl;

import java.util.List;
import java.util.Map;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;

/** {@code str.format(*args, **kwargs)}: replacement fields, conversions and nested specs. */
final class StrFormat {
    private static final TypeRef KEY_ERROR = TypeRef.of("KeyError");
    private static final TypeRef ATTRIBUTE_ERROR = TypeRef.of("AttributeError");

    private final Object[] positional;
    private final String[] names;
    private final Object[] keywordValues;
    /** 0 not yet known, 1 automatic numbering, 2 manual. */
    private int numbering;
    private int next;
    /** The mapping of {@code format_map}, read by key for every named field; null for {@code format}. */
    private Object mapping;

    private StrFormat(Object[] positional, String[] names, Object[] keywordValues) {
        this.positional = positional;
        this.names = names;
        this.keywordValues = keywordValues;
    }

    static Object format(Object[] args, String[] kwnames) {
        String s = Args.self("format", args);
        int nkw = Args.kwCount(kwnames);
        int npos = args.length - 1 - nkw;
        Object[] pos = new Object[npos];
        System.arraycopy(args, 1, pos, 0, npos);
        Object[] kv = new Object[nkw];
        System.arraycopy(args, 1 + npos, kv, 0, nkw);
        return new StrFormat(pos, kwnames == null ? new String[0] : kwnames, kv).render(s, 2);
    }

    /** {@code str.format_map(mapping)}: named fields are {@code mapping[name]}, with no copy. */
    static Object formatMap(Object[] args, String[] kwnames) {
        Args a = Args.one("format_map", args, kwnames);
        StrFormat f = new StrFormat(new Object[0], new String[0], new Object[0]);
        f.mapping = a.get(0);
        return f.render(a.self, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 == n) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            i = field(s, i + 1, depth, out);
        }
        return out.toString();
    }

    private static final String UNMATCHED = "unmatched '{' in format spec";

    /**
     * Parses the replacement field starting at {@code j} (after its '{') as CPython does, with its
     * messages: the name (brackets hide ':', '!' and braces), an optional conversion character, which
     * must be followed by ':' or '}', and an optional spec with balanced braces. Appends the
     * formatted value and returns the index after the field's closing '}'.
     */
    private int field(String s, int j, int depth, StringBuilder out) {
        int n = s.length();
        int nameStart = j;
        boolean inBracket = false;
        while (true) {
            if (j >= n) {
                throw Errors.valueError("expected '}' before end of string");
            }
            char d = s.charAt(j);
            if (inBracket) {
                inBracket = d != ']';
            } else if (d == '[') {
                inBracket = true;
            } else if (d == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            } else if (d == '}' || d == ':' || d == '!') {
                break;
            }
            j++;
        }
        String name = s.substring(nameStart, j);
        char conversion = 0;
        if (s.charAt(j) == '!') {
            j++;
            if (j >= n) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.charAt(j++);
            if (j >= n) {
                throw Errors.valueError(UNMATCHED);
            }
            if (s.charAt(j) != ':' && s.charAt(j) != '}') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (s.charAt(j) == ':') {
            int specStart = ++j;
            int count = 1;
            while (true) {
                if (j >= n) {
                    throw Errors.valueError(UNMATCHED);
                }
                char d = s.charAt(j);
                if (d == '{') {
                    count++;
                } else if (d == '}' && --count == 0) {
                    break;
                }
                j++;
            }
            spec = s.substring(specStart, j);
        }
        Object value = resolve(name);
        switch (conversion) {
            case 0:
                break;
            case 'r':
                value = Op.repr(value);
                break;
            case 's':
                value = Op.str(value);
                break;
            case 'a':
                value = asciiOf(value);
                break;
            default:
                throw Errors.valueError("Unknown conversion specifier " + conversion);
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        out.append(FormatSpec.format(value, spec));
        return j + 1;
    }

    /** {@code ascii(o)}: repr with non-ASCII characters escaped. */
    static String asciiOf(Object o) {
        return o instanceof String s ? Strs.ascii(s) : escapeNonAscii(Op.repr(o));
    }

    private static String escapeNonAscii(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    private Object resolve(String name) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            value = positional(next++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (numbering == 1) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            value = positional(Integer.parseInt(first));
        } else {
            value = keyword(first);
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < n && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                if (e == k + 1) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = getattr(value, name.substring(k + 1, e));
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = getitem(value, key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key);
                k = e + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private Object positional(int i) {
        if (i >= positional.length) {
            throw Errors.raise(Strs.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple");
        }
        return positional[i];
    }

    private Object keyword(String name) {
        if (mapping != null) {
            return Op.getitem(mapping, name);
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return keywordValues[i];
            }
        }
        throw Errors.raise(KEY_ERROR, name);
    }

    private static Object getattr(Object o, String attr) {
        Slot.Binary f = PyType.of(o).binary(Slot.GETATTRIBUTE);
        if (f != null) {
            return f.apply(o, attr);
        }
        throw Errors.raise(ATTRIBUTE_ERROR, "'" + Op.typeName(o) + "' object has no attribute '" + attr + "'");
    }

    private static Object getitem(Object o, Object key) {
        Slot.Binary f = PyType.of(o).binary(Slot.GETITEM);
        if (f != null) {
            return f.apply(o, key);
        }
        if (key instanceof Long i) {
            if (o instanceof PyTuple t && i < t.size()) {
                return t.get(i.intValue());
            }
            if (o instanceof List<?> l && i < l.size()) { // (a Java list from a str method)
                return l.get(i.intValue());
            }
        }
        if (o instanceof Map<?, ?> m && m.containsKey(key)) {
            return m.get(key);
        }
        throw Errors.typeError("'" + Op.typeName(o) + "' object is not subscriptable");
    }
}
