package org.jyston.runtime.impl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeRef;

/**
 * The constructors of the {@code _io} stream types that wrap another stream ({@code TextIOWrapper(buffer)},
 * {@code BufferedReader(raw)}, ...): the wrapped Python object is seen through a Java {@link InputStream} or
 * {@link OutputStream} that calls its {@code read}/{@code write} methods, so the file types' Java code serves
 * both files opened by {@code open()} and streams made by Python code.
 */
final class IoWrappers {
    private IoWrappers() {}

    /** Reads a Python binary stream by {@code read1(n)} (or {@code read(n)}); our own BytesIO directly. */
    static final class PyInput extends InputStream {
        private final Object stream;
        private final Object reader;

        PyInput(Object stream) {
            this.stream = stream;
            Object r1 = stream instanceof BytesIOObject ? null : IoSupport.lookup(stream, "read1");
            this.reader = r1 != null ? r1 : stream instanceof BytesIOObject ? null : Op.getattr(stream, "read");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            Object got = stream instanceof BytesIOObject bio ? bio.read(len) : Op.call(reader, (long) len);
            if (got == PyNone.None) {
                return 0;
            }
            byte[] data = IoSupport.bytesOf(got);
            if (data.length == 0) {
                return -1;
            }
            int n = Math.min(len, data.length);
            System.arraycopy(data, 0, b, off, n);
            return n;
        }
    }

    /** Writes to a Python binary stream by {@code write(bytes)}; our own BytesIO directly. */
    static final class PyOutput extends OutputStream {
        private final Object stream;

        PyOutput(Object stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len == 0) {
                return;
            }
            byte[] part = java.util.Arrays.copyOfRange(b, off, off + len);
            if (stream instanceof BytesIOObject bio) {
                bio.write(part, len);
            } else {
                IoSupport.callMethod(stream, "write", PyBytes.wrap(part));
            }
        }
    }

    /** A Java charset for a Python encoding name; LookupError as CPython's for one it does not know. */
    static Charset charset(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "locale", "utf-8", "utf8", "u8", "utf":
                return StandardCharsets.UTF_8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin":
                return StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii", "646":
                return StandardCharsets.US_ASCII;
            default:
                break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            throw Errors.raise(TypeRef.of("LookupError"), "unknown encoding: " + encoding);
        }
    }

    private static final String[] TEXT_NAMES = {"buffer", "encoding", "errors", "newline", "line_buffering",
        "write_through"};

    /** {@code TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)}. */
    static Object textWrapper(Object[] args, String[] kw) {
        Object[] v = Args.parse("TextIOWrapper", args, kw, TEXT_NAMES, 0, 1);
        Object buffer = v[0];
        Object enc = v[1] == null || v[1] == PyNone.None ? null : v[1];
        if (enc != null && !(enc instanceof String)) {
            throw Errors.typeError("TextIOWrapper() argument 'encoding' must be str or None, not " + Op.typeName(enc));
        }
        Object nl = v[3] == null ? PyNone.None : v[3];
        if (nl != PyNone.None && !(nl instanceof String)) {
            throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not " + Op.typeName(nl));
        }
        if (nl instanceof String s && !s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + s);
        }
        String encoding = enc == null || enc.equals("locale") ? "UTF-8" : (String) enc;
        Charset cs = charset(encoding);
        boolean readable = Op.isTrue(IoSupport.callMethod(buffer, "readable"));
        boolean writable = Op.isTrue(IoSupport.callMethod(buffer, "writable"));
        java.io.BufferedReader in = readable
                ? new java.io.BufferedReader(new InputStreamReader(new PyInput(buffer), cs)) : null;
        PrintStream out = writable
                ? new PrintStream(new BufferedOutputStream(new PyOutput(buffer), IoSupport.DEFAULT_BUFFER_SIZE), false, cs)
                : null;
        TextStream t = new TextStream(null, null, out, in, encoding, true);
        t.buffer = buffer;
        t.lineBuffering = v[4] != null && Op.isTrue(v[4]);
        return t;
    }

    private static final String[] BUFFERED_NAMES = {"raw", "buffer_size"};

    /** {@code BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)} and {@code BufferedWriter(...)}. */
    static Object buffered(String typeName, Object[] args, String[] kw) {
        Object[] v = Args.parse(typeName, args, kw, BUFFERED_NAMES, 0, 1);
        Object raw = v[0];
        long size = v[1] == null ? IoSupport.DEFAULT_BUFFER_SIZE : IoSupport.integer(v[1]);
        if (size <= 0) {
            throw Errors.valueError("buffer size must be strictly positive");
        }
        boolean reader = typeName.equals("BufferedReader");
        String check = reader ? "readable" : "writable";
        if (!Op.isTrue(IoSupport.callMethod(raw, check))) {
            throw Errors.raise(IoSupport.OS_ERROR, reader ? "\"raw\" argument must be readable."
                    : "\"raw\" argument must be writable.");
        }
        OpenFile f = reader
                ? new OpenFile(null, "rb", new BufferedInputStream(new PyInput(raw), (int) size), null)
                : new OpenFile.Out(null, "wb", new BufferedOutputStream(new PyOutput(raw), (int) size));
        f.raw = raw;
        return f;
    }
}
