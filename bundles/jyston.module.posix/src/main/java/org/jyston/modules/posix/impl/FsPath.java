package org.jyston.modules.posix.impl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyByteArray;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyType;

/**
 * A path argument as CPython's {@code path_converter} takes it: a str, bytes, an
 * {@code os.PathLike} (its {@code __fspath__}), an integer file descriptor where the function
 * accepts one, or None where it may be omitted. {@code given} is what error messages name (the
 * str/bytes after {@code __fspath__}); {@code bytes} says results are returned as bytes, as CPython
 * does when the path was bytes. File names are UTF-8 with {@code surrogateescape} (CPython's
 * file system encoding under a UTF-8 or C locale).
 */
record FsPath(String text, Object given, boolean bytes, int fd) {

    boolean isFd() {
        return fd >= 0;
    }

    /** The path resolved against the current working directory. */
    Path path() {
        try {
            return org.jyston.api.object.WorkingDirectory.resolve(text);
        } catch (InvalidPathException e) {
            throw OsErrors.of(OsErrors.ENOENT, given);
        }
    }

    /** A name found in this directory, as str or bytes like the path was given. */
    Object out(String name) {
        return bytes ? PyBytes.wrap(encode(name)) : name;
    }

    static FsPath of(String fname, Object o, boolean allowFd, boolean nullable) {
        if (o == null || (nullable && o == org.jyston.api.object.PyNone.None)) {
            return new FsPath(".", ".", false, -1);
        }
        Object v = Derived.unwrap(o);
        if (v instanceof String s) {
            return str(s, s);
        }
        if (v instanceof PyBytes b) {
            return bytes(fname, b.toByteArray(), o);
        }
        if (v instanceof PyByteArray b) {
            return bytes(fname, b.toByteArray(), o);
        }
        if (allowFd && (v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)) {
            return new FsPath(null, o, false, Args.cint(v));
        }
        PyType t = PyType.of(o);
        Object fspath = t.lookup("__fspath__");
        if (fspath != null) {
            Object r = Derived.unwrap(Op.call(Op.getattr(o, "__fspath__")));
            if (r instanceof String s) {
                return str(s, s);
            }
            if (r instanceof PyBytes b) {
                return bytes(fname, b.toByteArray(), b);
            }
            throw Errors.typeError("expected " + t.getName() + ".__fspath__() to return str or bytes, not "
                    + Op.typeName(r));
        }
        throw Errors.typeError(fname + ": path should be string, bytes" + (allowFd || nullable ? ", " : " or ")
                + "os.PathLike" + (allowFd ? (nullable ? ", integer or None" : " or integer") : nullable ? " or None" : "")
                + ", not " + Op.typeName(o));
    }

    private static FsPath str(String s, Object given) {
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return new FsPath(s, given, false, -1);
    }

    private static FsPath bytes(String fname, byte[] b, Object given) {
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError(fname + ": embedded null character in path");
            }
        }
        return new FsPath(decode(b), given, true, -1);
    }

    /** UTF-8 with surrogateescape: an undecodable byte b becomes U+DC00+b. */
    static String decode(byte[] b) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put((char) (0xDC00 + (in.get() & 0xFF)));
                }
                continue;
            }
            break;
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** The inverse of {@link #decode}. */
    static byte[] encode(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x80;
        }
        if (plain) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : 0;
            if (i == s.length() || (c >= 0xDC80 && c <= 0xDCFF)) {
                out.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
                if (i < s.length()) {
                    out.write(c - 0xDC00);
                }
                start = i + 1;
            }
        }
        return out.toByteArray();
    }
}
