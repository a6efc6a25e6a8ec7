package org.jyston.runtime.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _io} module: the stream types and {@code open}. It lives in the runtime bundle because
 * {@code open()}, {@code sys.stdout} and the file types are the runtime's own ({@link TextStream},
 * {@link OpenFile}): one implementation serves {@code builtins.open}, the {@code sys} streams and
 * {@code io.TextIOWrapper(...)}. The types are registered with the runtime's other types
 * ({@link RuntimeTypes}); this provider only binds them by name.
 */
@Component(service = ModuleProvider.class)
public class IoModule implements ModuleProvider {
    static final String[] TYPES = {"_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "FileIO", "BytesIO",
        "StringIO", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOWrapper",
        "IncrementalNewlineDecoder"};

    @Override
    public String name() {
        return "_io";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "The io module provides the Python interfaces to stream handling.");
        d.put("DEFAULT_BUFFER_SIZE", (long) IoSupport.DEFAULT_BUFFER_SIZE);
        d.put("BlockingIOError", TypeRegistry.byName("BlockingIOError"));
        for (String t : TYPES) {
            Object type = TypeRegistry.byName(t);
            if (type != null) {
                d.put(t, type);
            }
        }
        d.put("UnsupportedOperation", IoSupport.unsupportedType());
        d.put("open", new PyBuiltinFunction("open", OpenFile::openBuiltin));
        d.put("open_code", new PyBuiltinFunction("open_code", (a, k) -> {
            Object[] v = Args.parse("open_code", a, k, new String[] {"path"}, 0, 1);
            if (!(v[0] instanceof String)) {
                throw Errors.typeError("open_code() argument 'path' must be str, not " + Op.typeName(v[0]));
            }
            return OpenFile.open(v[0], "rb", "UTF-8");
        }));
        d.put("text_encoding", new PyBuiltinFunction("text_encoding", (a, k) -> {
            Object[] v = Args.parse("text_encoding", a, k, new String[] {"encoding", "stacklevel"}, 0, 1);
            return v[0] == PyNone.None ? "locale" : v[0];
        }));
    }
}
