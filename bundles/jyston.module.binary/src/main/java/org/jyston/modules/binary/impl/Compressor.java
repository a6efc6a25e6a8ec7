package org.jyston.modules.binary.impl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * A {@code zlib.Compress} over a {@link Deflater} (raw deflate; the zlib and gzip wrappers are written here,
 * so that a window below 15 and the gzip container come out as zlib's). java.util.zip cannot copy a
 * deflater, so {@code copy()} replays the calls made so far on a new one (the result is the same state).
 */
final class Compressor implements PyObject {
    static final TypeRef TYPE = TypeRef.of(ZlibTypes.COMPRESS);
    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;

    private final int level;
    private final int strategy;
    private final Wbits wbits;
    private final byte[] zdict;
    private final Deflater deflater;
    /** The calls so far, for {@code copy()}; dropped (and copy refused) past {@link #HISTORY_LIMIT} bytes. */
    private List<Object> history = new ArrayList<>();
    private long historyBytes;
    static final long HISTORY_LIMIT = 8 << 20;
    private boolean started;
    private boolean finished;
    private long adler;
    private long crc;
    private long size;

    Compressor(int level, Wbits wbits, int strategy, byte[] zdict) {
        this.level = level;
        this.strategy = strategy;
        this.wbits = wbits;
        this.zdict = zdict;
        this.deflater = new Deflater(level, true);
        if (strategy == 1) {
            deflater.setStrategy(Deflater.FILTERED);
        } else if (strategy == 2) {
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        }
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        adler = 1;
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    /** The zlib or gzip header zlib writes first. */
    private void header(ByteArrayOutputStream out) {
        if (started) {
            return;
        }
        started = true;
        int lvl = level == -1 ? 6 : level;
        if (wbits.kind() == Wbits.Kind.ZLIB) {
            int cmf = (wbits.window() - 8) << 4 | 8;
            int flevel = strategy >= 2 || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
            int flg = flevel << 6 | (zdict != null ? 0x20 : 0);
            flg += 31 - (cmf * 256 + flg) % 31;
            out.write(cmf);
            out.write(flg);
            if (zdict != null) {
                writeBigEndian(out, Checksums.adler32(1, zdict));
            }
        } else if (wbits.kind() == Wbits.Kind.GZIP) {
            out.write(0x1f);
            out.write(0x8b);
            out.write(8);
            for (int i = 0; i < 5; i++) {
                out.write(0); // flags and mtime
            }
            out.write(lvl == 9 ? 2 : strategy >= 2 || lvl < 2 ? 4 : 0);
            out.write(3); // OS: Unix, as zlib built on it says
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long v) {
        out.write((int) v);
        out.write((int) (v >>> 8));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 24));
    }

    private void check(String what) {
        if (finished) {
            throw ZlibModule.error("Error -2 while " + what + ": inconsistent stream state");
        }
    }

    synchronized byte[] compress(byte[] data) {
        check("compressing data");
        remember(data, data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
        header(out);
        account(data);
        deflater.setInput(data);
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private void remember(Object call, int bytes) {
        if (history != null) {
            historyBytes += bytes;
            if (historyBytes > HISTORY_LIMIT) {
                history = null;
            } else {
                history.add(call);
            }
        }
    }

    private void account(byte[] data) {
        if (wbits.kind() == Wbits.Kind.GZIP) {
            crc = Checksums.crc32(crc, data, 0, data.length);
        } else {
            adler = Checksums.adler32(adler, data);
        }
        size += data.length;
    }

    synchronized byte[] flush(int mode) {
        if (mode == Z_NO_FLUSH) {
            return new byte[0];
        }
        check("flushing");
        if (mode < 0 || mode > 5) {
            throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
        }
        remember(mode, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        header(out);
        byte[] buf = new byte[16384];
        if (mode == Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            if (wbits.kind() == Wbits.Kind.ZLIB) {
                writeBigEndian(out, adler);
            } else if (wbits.kind() == Wbits.Kind.GZIP) {
                writeLittleEndian(out, crc);
                writeLittleEndian(out, size);
            }
            deflater.end();
            finished = true;
            return out.toByteArray();
        }
        if (mode == 5) { // Z_BLOCK: java.util.zip cannot stop at a block boundary; nothing is forced out
            return out.toByteArray();
        }
        // Z_PARTIAL_FLUSH is not offered by java.util.zip either: a sync flush also makes all input decodable
        int how = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, how);
            out.write(buf, 0, n);
        } while (n == buf.length);
        return out.toByteArray();
    }

    synchronized Compressor copy() {
        if (finished || history == null) {
            throw org.jyston.api.object.Errors.valueError("Inconsistent stream state");
        }
        Compressor c = new Compressor(level, wbits, strategy, zdict);
        for (Object h : history) {
            if (h instanceof byte[] d) {
                c.compress(d);
            } else {
                c.flush((Integer) h);
            }
        }
        return c;
    }

    /** {@code zlib.compress(data, level, wbits)}: one stream, all at once. */
    static byte[] compressAll(byte[] data, int level, Wbits wbits) {
        Compressor c = new Compressor(level, wbits, 0, null);
        byte[] a = c.compress(data);
        byte[] b = c.flush(Z_FINISH);
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
