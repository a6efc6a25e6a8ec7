package org.jyston.type.str.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * The scanner of a format string, one piece at a time, as CPython's {@code MarkupIterator}: a piece is
 * literal text (with an escaped brace as its last character) and, unless it ended the string or an
 * escape, one replacement field split into name, conversion and spec. {@code str.format} renders the
 * pieces; {@code _string.formatter_parser} returns it as the {@code formatteriterator} it is, so
 * {@code string.Formatter} sees exactly the pieces and messages {@code str.format} does.
 */
final class Markup implements PyObject {
    static final String TYPE_NAME = "formatteriterator";
    private static final TypeRef TYPE = TypeRef.of(TYPE_NAME);
    static final String UNMATCHED = "unmatched '{' in format spec";

    private final String s;
    private int pos;

    /** The last piece: its literal text, and whether a field follows. */
    String literal;
    boolean fieldPresent;
    /** The field of the last piece (when {@link #fieldPresent}); conversion is a code point, 0 for none. */
    String fieldName;
    int conversion;
    String spec;
    /** Whether the spec holds a '{' (a nested field to render first). */
    boolean specNested;

    Markup(String s) {
        this.s = s;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** Scans the next piece; false at the end of the string. Raises CPython's ValueErrors. */
    boolean next() {
        int n = s.length();
        if (pos >= n) {
            return false;
        }
        int start = pos;
        char c = 0;
        boolean markup = false;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= n;
        int len = pos - start;
        if (c == '}' && markup && (atEnd || s.charAt(pos) != '}')) {
            throw Errors.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markup) {
            throw Errors.valueError("Single '{' encountered in format string");
        }
        if (markup && !atEnd) {
            if (s.charAt(pos) == c) { // an escaped brace: the literal keeps one of the two
                pos++;
                markup = false;
            } else {
                len--;
            }
        }
        literal = s.substring(start, start + len);
        fieldPresent = markup;
        fieldName = null;
        spec = null;
        conversion = 0;
        specNested = false;
        if (markup) {
            field();
        }
        return true;
    }

    /** CPython's {@code parse_field}: from after the '{' to after the field's closing '}'. */
    private void field() {
        int n = s.length();
        int nameStart = pos;
        char c = 0;
        boolean ended = false;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                while (pos < n && s.charAt(pos) != ']') { // brackets hide ':', '!' and braces
                    pos++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                ended = true;
                break;
            }
        }
        if (!ended) {
            throw Errors.valueError("expected '}' before end of string");
        }
        fieldName = s.substring(nameStart, pos - 1);
        spec = "";
        if (c == '}') {
            return;
        }
        if (c == '!') {
            if (pos >= n) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < n) {
                char d = s.charAt(pos++);
                if (d == '}') {
                    return;
                }
                if (d != ':') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int count = 1;
        while (pos < n) {
            char d = s.charAt(pos++);
            if (d == '{') {
                specNested = true;
                count++;
            } else if (d == '}' && --count == 0) {
                spec = s.substring(specStart, pos - 1);
                return;
            }
        }
        throw Errors.valueError(UNMATCHED);
    }

    /** The {@code formatteriterator}'s item: {@code (literal, field_name, format_spec, conversion)}. */
    private Object nextTuple() {
        if (!next()) {
            throw Errors.raise(Errors.StopIteration);
        }
        Object none = PyNone.None;
        return PyTuple.of(literal, fieldPresent ? fieldName : none, fieldPresent ? spec : none,
                conversion == 0 ? none : new String(Character.toChars(conversion)));
    }

    /**
     * CPython's {@code get_integer}: the decimal value of {@code s[from:to]} when every character is a
     * decimal digit (any script's), else -1 (also for an empty range); ValueError past {@code Py_ssize_t}.
     */
    static long integer(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long acc = 0;
        for (int i = from; i < to;) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** The end of a field name's first part: the first '.' or '['. */
    static int firstEnd(String name) {
        int k = 0;
        int n = name.length();
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        return k;
    }

    static TypeSpec spec() {
        return new TypeSpec(TYPE_NAME).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES)
                .unary(Slot.ITER, self -> self)
                .unary(Slot.NEXT, self -> ((Markup) self).nextTuple());
    }
}
