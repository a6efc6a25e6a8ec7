package org.jyston.modules.binary.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/** {@code zlib.Compress} and {@code zlib.Decompress}, made only by {@code compressobj()} and {@code decompressobj()}. */
@Component(service = BuiltinType.class)
public class ZlibTypes implements BuiltinType {
    static final String COMPRESS = "zlib.Compress";
    static final String DECOMPRESS = "zlib.Decompress";

    @Override
    public List<TypeSpec> specs() {
        return List.of(compress(), decompress());
    }

    private static TypeSpec compress() {
        TypeSpec s = new TypeSpec(COMPRESS).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES);
        method(s, "Compress", COMPRESS, Compressor.class, "compress", (a, kw) -> {
            Object data = ClinicArgs.one("compress", a, kw);
            return PyBytes.wrap(((Compressor) a[0]).compress(Buf.need(data)));
        });
        method(s, "Compress", COMPRESS, Compressor.class, "flush", (a, kw) -> {
            ClinicArgs.noKw("flush", kw);
            ClinicArgs.positional("flush", a.length - 1, 0, 1);
            int mode = a.length > 1 ? Buf.cint(a[1]) : Compressor.Z_FINISH;
            return PyBytes.wrap(((Compressor) a[0]).flush(mode));
        });
        for (String n : new String[] {"copy", "__copy__"}) {
            method(s, "Compress", COMPRESS, Compressor.class, n, (a, kw) -> {
                ClinicArgs.none(n, a, kw);
                return ((Compressor) a[0]).copy();
            });
        }
        method(s, "Compress", COMPRESS, Compressor.class, "__deepcopy__", (a, kw) -> {
            ClinicArgs.one("__deepcopy__", a, kw);
            return ((Compressor) a[0]).copy();
        });
        return s;
    }

    private static TypeSpec decompress() {
        TypeSpec s = new TypeSpec(DECOMPRESS).flag(TypeSpec.Flag.HIDDEN).flag(TypeSpec.Flag.NO_INSTANCES);
        s.attribute("unused_data", new GetSetDescriptor("unused_data", DECOMPRESS,
                o -> PyBytes.wrap(((Decompressor) o).unusedData), null, null));
        s.attribute("unconsumed_tail", new GetSetDescriptor("unconsumed_tail", DECOMPRESS,
                o -> PyBytes.wrap(((Decompressor) o).unconsumedTail), null, null));
        s.attribute("eof", new GetSetDescriptor("eof", DECOMPRESS, o -> ((Decompressor) o).eof, null, null));
        method(s, "Decompress", DECOMPRESS, Decompressor.class, "decompress", (a, kw) -> {
            Object[] self = {a[0]};
            Object[] v = ClinicArgs.parse("decompress", new String[] {"data", "max_length"}, 1, 2, 1,
                    java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            long max = v[1] == null ? 0 : Buf.ssize(v[1]);
            if (max < 0) {
                throw Errors.valueError("max_length must be non-negative");
            }
            return PyBytes.wrap(((Decompressor) self[0]).decompress(Buf.need(v[0]), max));
        });
        method(s, "Decompress", DECOMPRESS, Decompressor.class, "flush", (a, kw) -> {
            ClinicArgs.noKw("flush", kw);
            ClinicArgs.positional("flush", a.length - 1, 0, 1);
            if (a.length > 1 && Buf.ssize(a[1]) <= 0) {
                throw Errors.valueError("length must be greater than zero");
            }
            return PyBytes.wrap(((Decompressor) a[0]).flush());
        });
        for (String n : new String[] {"copy", "__copy__"}) {
            method(s, "Decompress", DECOMPRESS, Decompressor.class, n, (a, kw) -> {
                ClinicArgs.none(n, a, kw);
                return ((Decompressor) a[0]).copy();
            });
        }
        method(s, "Decompress", DECOMPRESS, Decompressor.class, "__deepcopy__", (a, kw) -> {
            ClinicArgs.one("__deepcopy__", a, kw);
            return ((Decompressor) a[0]).copy();
        });
        return s;
    }

    private static void method(TypeSpec s, String shortName, String tpName, Class<?> cls, String name,
            ClinicArgs.Body body) {
        s.attribute(name, ClinicArgs.method(shortName, tpName, cls, name, body));
    }
}
