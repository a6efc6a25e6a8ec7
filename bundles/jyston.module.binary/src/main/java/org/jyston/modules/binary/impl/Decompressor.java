package org.jyston.modules.binary.impl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jyston.api.object.PyObject;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;

/**
 * A {@code zlib.Decompress} over an {@link Inflater}. java.util.zip has no gzip mode and does not check a
 * zlib header's window against wbits, so both containers' headers are read here; the gzip stream is then
 * inflated raw and its trailer (CRC-32 and length) checked here. {@code copy()} replays the calls made so far.
 */
final class Decompressor implements PyObject {
    static final TypeRef TYPE = TypeRef.of(ZlibTypes.DECOMPRESS);
    private static final byte[] EMPTY = new byte[0];

    private final Wbits wbits;
    private final byte[] zdict;
    private Wbits.Kind kind;
    private Inflater inflater;
    /** Bytes of a header or trailer not yet complete. */
    private byte[] pending = EMPTY;
    private boolean inBody;
    private boolean inTrailer;
    private long crc;
    private long size;
    volatile boolean eof;
    volatile byte[] unusedData = EMPTY;
    volatile byte[] unconsumedTail = EMPTY;
    private List<Object[]> history = new ArrayList<>();
    private boolean ended;
    private long historyBytes;

    Decompressor(Wbits wbits, byte[] zdict) {
        this.wbits = wbits;
        this.zdict = zdict;
        this.kind = wbits.kind();
        if (kind == Wbits.Kind.RAW) {
            inflater = new Inflater(true);
            if (zdict != null) {
                inflater.setDictionary(zdict);
            }
            inBody = true;
        }
    }

    @Override
    public PyType getType() {
        return TYPE.get();
    }

    private static byte[] concat(byte[] a, byte[] b, int from) {
        byte[] r = Arrays.copyOf(a, a.length + b.length - from);
        System.arraycopy(b, from, r, a.length, b.length - from);
        return r;
    }

    private static org.jyston.api.object.PyException error(String msg) {
        return ZlibModule.error("Error -3 while decompressing data: " + msg);
    }

    /**
     * Reads the header at the start of {@code d}: the length of the header, 0 when more bytes are needed.
     * Decides between zlib and gzip in auto mode.
     */
    private int header(byte[] d) {
        if (d.length == 0) {
            return 0;
        }
        if (kind == Wbits.Kind.AUTO) {
            kind = (d[0] & 0xff) == 0x1f ? Wbits.Kind.GZIP : Wbits.Kind.ZLIB;
        }
        if (kind == Wbits.Kind.ZLIB) {
            if (d.length < 2) {
                return 0;
            }
            int cmf = d[0] & 0xff;
            int flg = d[1] & 0xff;
            if ((cmf * 256 + flg) % 31 != 0) {
                throw error("incorrect header check");
            }
            if ((cmf & 15) != 8) {
                throw error("unknown compression method");
            }
            if ((cmf >> 4) + 8 > wbits.window()) {
                throw error("invalid window size");
            }
            return -1; // the inflater reads the zlib header itself
        }
        // gzip: magic, method, flags, mtime, xfl, os, then optional fields
        if (d.length >= 1 && (d[0] & 0xff) != 0x1f || d.length >= 2 && (d[1] & 0xff) != 0x8b) {
            throw error("incorrect header check");
        }
        if (d.length < 10) {
            return 0;
        }
        if (d[2] != 8) {
            throw error("unknown compression method");
        }
        int flags = d[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw error("unknown header flags set");
        }
        int at = 10;
        if ((flags & 4) != 0) {
            if (d.length < at + 2) {
                return 0;
            }
            at += 2 + ((d[at] & 0xff) | (d[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (at < d.length && d[at] != 0) {
                    at++;
                }
                if (at >= d.length) {
                    return 0;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
        }
        return at <= d.length ? at : 0;
    }

    synchronized byte[] decompress(byte[] data, long maxLength) {
        remember(new Object[] {data, maxLength}, data.length);
        return run(data, maxLength);
    }

    private byte[] run(byte[] data, long maxLength) {
        if (eof) {
            unusedData = concat(unusedData, data, 0);
            unconsumedTail = EMPTY;
            return EMPTY;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length * 3));
        byte[] in = data;
        if (!inBody) {
            byte[] d = concat(pending, data, 0);
            int h = header(d);
            if (h == 0) {
                pending = d;
                unconsumedTail = EMPTY;
                return EMPTY;
            }
            pending = EMPTY;
            inBody = true;
            inflater = new Inflater(kind != Wbits.Kind.ZLIB);
            in = h < 0 ? d : Arrays.copyOfRange(d, h, d.length);
        }
        if (inTrailer) {
            trailer(concat(pending, in, 0));
            unconsumedTail = EMPTY;
            return EMPTY;
        }
        inflater.setInput(in);
        byte[] buf = new byte[16384];
        try {
            while (true) {
                int room = buf.length;
                if (maxLength > 0) {
                    long left = maxLength - out.size();
                    if (left <= 0) {
                        break;
                    }
                    room = (int) Math.min(room, left);
                }
                int n = inflater.inflate(buf, 0, room);
                if (n > 0) {
                    out.write(buf, 0, n);
                    if (kind == Wbits.Kind.GZIP) {
                        crc = Checksums.crc32(crc, buf, 0, n);
                        size += n;
                    }
                }
                if (inflater.finished()) {
                    break;
                }
                if (inflater.needsDictionary()) {
                    if (zdict == null) {
                        throw ZlibModule.error("Error 2 while decompressing data");
                    }
                    inflater.setDictionary(zdict);
                    continue;
                }
                if (n == 0 && inflater.needsInput()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw error(e.getMessage() == null ? "invalid data" : e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ZlibModule.error("Error 2 while decompressing data");
        }
        int rest = inflater.getRemaining();
        byte[] tail = Arrays.copyOfRange(in, in.length - rest, in.length);
        if (inflater.finished()) {
            // as CPython's: the leftover also stays the unconsumed tail when there was one before this call
            unconsumedTail = unconsumedTail.length > 0 ? tail : EMPTY;
            if (kind == Wbits.Kind.GZIP) {
                inTrailer = true;
                trailer(tail);
            } else {
                eof = true;
                unusedData = concat(unusedData, tail, 0);
            }
        } else {
            unconsumedTail = tail;
        }
        return out.toByteArray();
    }

    /** The gzip trailer: CRC-32 and length (mod 2^32) of the data, then the rest is unused data. */
    private void trailer(byte[] d) {
        if (d.length < 8) {
            pending = d;
            return;
        }
        pending = EMPTY;
        long c = (d[0] & 0xffL) | (d[1] & 0xffL) << 8 | (d[2] & 0xffL) << 16 | (d[3] & 0xffL) << 24;
        long n = (d[4] & 0xffL) | (d[5] & 0xffL) << 8 | (d[6] & 0xffL) << 16 | (d[7] & 0xffL) << 24;
        if (c != crc) {
            throw error("incorrect data check");
        }
        if (n != (size & 0xffffffffL)) {
            throw error("incorrect length check");
        }
        eof = true;
        unusedData = concat(unusedData, d, 8);
    }

    /** {@code flush(length)}: the unconsumed tail, inflated without limit. */
    synchronized byte[] flush() {
        remember(null, 0);
        byte[] tail = unconsumedTail;
        byte[] r = run(tail, 0);
        if (eof) {
            ended = true; // zlib's inflateEnd: the object can no longer be copied
        }
        return r;
    }

    private void remember(Object[] call, int bytes) {
        if (history != null) {
            historyBytes += bytes;
            if (historyBytes > Compressor.HISTORY_LIMIT) {
                history = null;
            } else {
                history.add(call);
            }
        }
    }

    synchronized Decompressor copy() {
        if (history == null || ended) {
            throw org.jyston.api.object.Errors.valueError("Inconsistent stream state");
        }
        Decompressor c = new Decompressor(wbits, zdict);
        for (Object[] h : history) {
            if (h == null) {
                c.flush();
            } else {
                c.decompress((byte[]) h[0], (Long) h[1]);
            }
        }
        return c;
    }

    /** {@code zlib.decompress(data, wbits, bufsize)}: a complete stream, trailing bytes ignored. */
    static byte[] decompressAll(byte[] data, Wbits wbits) {
        Decompressor d = new Decompressor(wbits, null);
        d.history = null;
        byte[] out = d.run(data, 0);
        if (!d.eof) {
            throw ZlibModule.error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return out;
    }
}
