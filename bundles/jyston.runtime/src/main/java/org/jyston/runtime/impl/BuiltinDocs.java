package org.jyston.runtime.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jyston.api.object.PyBuiltinFunction;

/**
 * The docstrings of the {@code builtins} module's functions ({@code len.__doc__}), as CPython 3.11 has
 * them: read once from {@code builtin_docs.properties} (keys {@code NAME.doc}), which python3
 * generated. Their {@code __text_signature__} stays None for now: {@code inspect.signature} would parse
 * it with {@code ast.parse}, which Jyston's {@code compile()} does not support yet, so a builtin would
 * raise TypeError where it now raises the ValueError ("no signature found") callers expect.
 */
final class BuiltinDocs {
    private BuiltinDocs() {}

    /** Loaded on first use by the class loader, once per runtime bundle. */
    private static final class Holder {
        static final Properties DOCS = load();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin_docs.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Gives a builtins-module function its CPython docstring, if CPython has one. */
    static void describe(PyBuiltinFunction f) {
        String doc = Holder.DOCS.getProperty(f.getName() + ".doc");
        if (doc != null) {
            f.describe(doc, null);
        }
    }
}
