package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeSpec;

/** What the file types ({@link TextStream}, {@link OpenFile}) share: their methods' binding and the close protocol. */
final class FileMethods {
    private FileMethods() {}

    /** A file that can be closed, and refuses operations once it is. */
    interface Closable {
        void checkOpen();

        void close();
    }

    @FunctionalInterface
    interface Body<T> {
        Object call(T self, Object[] rest);
    }

    /** A method of a file type: the receiver checked to be a {@code cls}, the other arguments passed on. */
    static <T> PyBuiltinFunction method(Class<T> cls, String typeName, String name, Body<T> body) {
        return new PyBuiltinFunction(name, (args, kw) -> {
            if (args.length == 0 || !cls.isInstance(args[0])) {
                throw Errors.typeError("descriptor '" + name + "' needs a " + typeName);
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(cls.cast(args[0]), rest);
        });
    }

    /** {@code close()}, {@code __enter__} (refused on a closed file) and {@code __exit__} (closes). */
    static <T extends Closable> TypeSpec closeProtocol(TypeSpec spec, Class<T> cls, String typeName) {
        return spec.attribute("close", method(cls, typeName, "close", (f, a) -> {
                    f.close();
                    return PyNone.None;
                }))
                .attribute("__enter__", method(cls, typeName, "__enter__", (f, a) -> {
                    f.checkOpen();
                    return f;
                }))
                .attribute("__exit__", method(cls, typeName, "__exit__", (f, a) -> {
                    f.close();
                    return PyNone.None;
                }));
    }
}
