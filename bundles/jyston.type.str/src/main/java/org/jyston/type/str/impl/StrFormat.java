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
        Markup m = new Markup(s);
        while (m.next()) {
            out.append(m.literal);
            if (m.fieldPresent) {
                field(m, depth, out);
            }
        }
        return out.toString();
    }

    /** Formats the field the scanner just read (CPython's {@code render_field}) and appends it. */
    private void field(Markup m, int depth, StringBuilder out) {
        Object value = resolve(m.fieldName);
        switch (m.conversion) {
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
                int c = m.conversion;
                throw Errors.valueError("Unknown conversion specifier "
                        + (c > 32 && c < 127 ? String.valueOf((char) c) : "\\x" + Integer.toHexString(c)));
        }
        String spec = m.spec;
        if (m.specNested) {
            spec = render(spec, depth - 1);
        }
        out.append(FormatSpec.format(value, spec));
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
        int k = Markup.firstEnd(name);
        long index = Markup.integer(name, 0, k);
        Object value;
        if (k == 0) {
            if (numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            value = positional(next++);
        } else if (index >= 0) {
            if (numbering == 1) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            value = positional(index);
        } else {
            value = keyword(name.substring(0, k));
        }
        FieldNames rest = new FieldNames(name, k);
        while (rest.next()) {
            value = rest.isAttribute ? getattr(value, rest.name)
                    : getitem(value, rest.index >= 0 ? (Object) rest.index : rest.name);
        }
        return value;
    }

    private Object positional(long i) {
        if (i >= positional.length) {
            throw Errors.raise(Strs.INDEX_ERROR, "Replacement index " + i + " out of range for positional args tuple");
        }
        return positional[(int) i];
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
