package org.jyston.modules.binary.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyModule;
import org.osgi.service.component.annotations.Component;

/** {@code zlib} over java.util.zip, with zlib's own stream formats and error messages. */
@Component(service = ModuleProvider.class)
public class ZlibModule implements ModuleProvider {
    static final Buf.ErrorClass ERROR = new Buf.ErrorClass("zlib", "error", "Exception");
    /** The zlib the JDK links (it uses the system's libz on Linux); 1.2.13 when that cannot be seen. */
    static final String VERSION = systemZlibVersion();

    @Override
    public String name() {
        return "zlib";
    }

    static PyException error(String message) {
        return ERROR.of(message);
    }

    private static String systemZlibVersion() {
        for (String dir : new String[] {"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
            "/usr/lib64", "/lib64", "/usr/lib"}) {
            try {
                Path p = Path.of(dir, "libz.so.1");
                if (Files.isSymbolicLink(p)) {
                    String target = Files.readSymbolicLink(p).getFileName().toString();
                    if (target.startsWith("libz.so.")) {
                        return target.substring("libz.so.".length());
                    }
                }
            } catch (Exception e) {
                // not readable here: try the next place
            }
        }
        return "1.2.13";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "The functions in this module allow compression and decompression using the\n"
                + "zlib library, which is based on GNU zip.\n\n"
                + "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
                + "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
                + "compressobj([level[, ...]]) -- Return a compressor object.\n"
                + "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
                + "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
                + "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
                + "'wbits' is window buffer size and container format.\n"
                + "Compressor objects support compress() and flush() methods; decompressor\n"
                + "objects support decompress() and flush().");
        d.put("error", ERROR.get());
        Object[][] constants = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L},
            {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L},
            {"Z_DEFAULT_COMPRESSION", -1L}, {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L},
            {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L}, {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L},
            {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L}, {"Z_BLOCK", 5L}, {"Z_TREES", 6L}};
        for (Object[] c : constants) {
            d.put(c[0], c[1]);
        }
        d.put("ZLIB_VERSION", VERSION);
        d.put("ZLIB_RUNTIME_VERSION", VERSION);
        fn(d, "crc32", (a, kw) -> {
            ClinicArgs.noKw("crc32", kw);
            ClinicArgs.positional("crc32", a.length, 1, 2);
            byte[] data = Buf.need(a[0]);
            long start = a.length > 1 ? Buf.uint32(a[1]) : 0;
            if (start == 0) {
                java.util.zip.CRC32 c = new java.util.zip.CRC32(); // the JIT's intrinsic for the common case
                c.update(data);
                return c.getValue();
            }
            return Checksums.crc32(start, data, 0, data.length);
        });
        fn(d, "adler32", (a, kw) -> {
            ClinicArgs.noKw("adler32", kw);
            ClinicArgs.positional("adler32", a.length, 1, 2);
            byte[] data = Buf.need(a[0]);
            return Checksums.adler32(a.length > 1 ? Buf.uint32(a[1]) : 1, data);
        });
        fn(d, "compress", (a, kw) -> {
            Object[] v = ClinicArgs.parse("compress", new String[] {"data", "level", "wbits"}, 1, 3, 1, a, kw);
            byte[] data = Buf.need(v[0]);
            int level = v[1] == null ? -1 : Buf.cint(v[1]);
            int w = v[2] == null ? 15 : Buf.cint(v[2]);
            if (level < -1 || level > 9) {
                throw error("Bad compression level");
            }
            Wbits wb = Wbits.forDeflate(w);
            if (wb == null) {
                throw error("Bad compression level");
            }
            return PyBytes.wrap(Compressor.compressAll(data, level, wb));
        });
        fn(d, "decompress", (a, kw) -> {
            Object[] v = ClinicArgs.parse("decompress", new String[] {"data", "wbits", "bufsize"}, 1, 3, 1, a, kw);
            byte[] data = Buf.need(v[0]);
            int w = v[1] == null ? 15 : Buf.cint(v[1]);
            if (v[2] != null && Buf.ssize(v[2]) < 0) {
                throw Errors.valueError("bufsize must be non-negative");
            }
            Wbits wb = Wbits.forInflate(w);
            if (wb == null) {
                throw error("Error -2 while preparing to decompress data: inconsistent stream state");
            }
            return PyBytes.wrap(Decompressor.decompressAll(data, wb));
        });
        fn(d, "compressobj", (a, kw) -> {
            Object[] v = ClinicArgs.parse("compressobj",
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6, 0, a, kw);
            int level = v[0] == null ? -1 : Buf.cint(v[0]);
            int method = v[1] == null ? 8 : Buf.cint(v[1]);
            int w = v[2] == null ? 15 : Buf.cint(v[2]);
            int memLevel = v[3] == null ? 8 : Buf.cint(v[3]);
            int strategy = v[4] == null ? 0 : Buf.cint(v[4]);
            byte[] zdict = null;
            if (v[5] != null) {
                zdict = Buf.data(v[5]);
                if (zdict == null) {
                    throw Errors.typeError("zdict argument must support the buffer protocol");
                }
            }
            Wbits wb = Wbits.forDeflate(w);
            if (level < -1 || level > 9 || method != 8 || wb == null || memLevel < 1 || memLevel > 9
                    || strategy < 0 || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new Compressor(level, wb, strategy, zdict);
        });
        fn(d, "decompressobj", (a, kw) -> {
            Object[] v = ClinicArgs.parse("decompressobj", new String[] {"wbits", "zdict"}, 0, 2, 0, a, kw);
            int w = v[0] == null ? 15 : Buf.cint(v[0]);
            byte[] zdict = null;
            if (v[1] != null) {
                zdict = Buf.data(v[1]);
                if (zdict == null) {
                    throw Errors.typeError("zdict argument must support the buffer protocol");
                }
            }
            Wbits wb = Wbits.forInflate(w);
            if (wb == null) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new Decompressor(wb, zdict);
        });
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module);
            }
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.put(name, new PyBuiltinFunction(name, body));
    }
}
