package org.jyston.runtime.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyType;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;

/**
 * {@code _io.BufferedRandom(raw)} and {@code _io.BufferedRWPair(reader, writer)}: buffered objects that
 * pass each call on to the raw stream(s) (reads to the reader, writes to the writer), so they behave as
 * CPython's do to a caller, without a buffer of their own.
 */
final class BufferedPair extends IoObject {
    private Object reader;
    private Object writer;

    BufferedPair(PyType type) {
        super(type);
    }

    private static BufferedPair self(Object o) {
        return (BufferedPair) o;
    }

    private static Object toReader(Object s, String name, Object[] a) {
        return Op.call(Op.getattr(self(s).reader, name), a);
    }

    private static Object toWriter(Object s, String name, Object[] a) {
        return Op.call(Op.getattr(self(s).writer, name), a);
    }

    static TypeSpec spec(String o) {
        boolean pair = o.equals("BufferedRWPair");
        TypeSpec t = new TypeSpec(o).base("_BufferedIOBase").flag(TypeSpec.Flag.BASETYPE).flag(TypeSpec.Flag.HIDDEN)
                .flag(TypeSpec.Flag.SUBCLASS_NEW).attribute("__module__", "_io")
                .call(Slot.NEW, (ty, a, k) -> new BufferedPair((PyType) ty))
                .call(Slot.INIT, (s, a, k) -> {
                    if (pair) {
                        Object[] v = Args.parse(o, a, k, new String[] {"reader", "writer", "buffer_size"}, 0, 2);
                        self(s).reader = v[0];
                        self(s).writer = v[1];
                    } else {
                        Object[] v = Args.parse(o, a, k, new String[] {"raw", "buffer_size"}, 0, 1);
                        self(s).reader = v[0];
                        self(s).writer = v[0];
                    }
                    return PyNone.None;
                });
        for (String m : new String[] {"read", "read1", "readinto", "readinto1", "readline", "peek", "readable"}) {
            t.attribute(m, IoSupport.method(o, m, (s, a, k) -> m.equals("peek") ? toReader(s, "read", new Object[] {0L})
                    : m.equals("read1") || m.equals("readinto1") ? toReader(s, m.substring(0, m.length() - 1), a)
                    : toReader(s, m, a)));
        }
        for (String m : new String[] {"write", "flush", "writable"}) {
            t.attribute(m, IoSupport.method(o, m, (s, a, k) -> toWriter(s, m, a)));
        }
        String[] rest = pair ? new String[] {"isatty"} : new String[] {"seek", "tell", "truncate", "fileno", "isatty",
            "seekable"};
        for (String m : rest) {
            t.attribute(m, IoSupport.method(o, m, (s, a, k) -> toWriter(s, m, a)));
        }
        t.attribute("close", IoSupport.method(o, "close", (s, a, k) -> {
            if (self(s).writer != self(s).reader) {
                IoSupport.callMethod(self(s).writer, "close");
            }
            return IoSupport.callMethod(self(s).reader, "close");
        }));
        t.binary(Slot.GETATTRIBUTE, (s, name) -> {
            switch ((String) name) {
                case "closed":
                    return Op.getattr(self(s).writer, "closed");
                case "raw":
                    if (!pair) {
                        return self(s).reader;
                    }
                    break;
                case "name":
                case "mode":
                    if (!pair) {
                        return Op.getattr(self(s).reader, (String) name);
                    }
                    break;
                default:
                    break;
            }
            return org.jyston.api.object.Attributes.genericGet(s, (String) name);
        });
        return t;
    }
}
