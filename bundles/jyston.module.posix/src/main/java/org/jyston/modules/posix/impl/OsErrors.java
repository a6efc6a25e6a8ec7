package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBaseException;
import org.jyston.api.object.PyException;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.TypeRef;

/**
 * {@code OSError(errno, strerror, filename[, None, filename2])} from the failures of
 * {@code java.nio}: the OSError type picks CPython's subclass ({@code FileNotFoundError}, ...) for
 * the errno. The JDK reports most system errors as a {@link FileSystemException} whose reason is
 * the C library's {@code strerror} text, so that text is mapped back to its errno.
 */
final class OsErrors {
    private OsErrors() {}

    static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOTTY = 25, ESPIPE = 29, ELOOP = 40, ENOTEMPTY = 39,
            ENOSYS = 38, EXDEV = 18;

    private static final TypeRef OS_ERROR = TypeRef.of("OSError");
    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    static {
        for (int i = 1; i < ErrnoTable.MESSAGES.length; i++) {
            BY_MESSAGE.putIfAbsent(ErrnoTable.MESSAGES[i], i);
        }
    }

    static String strerror(int errno) {
        return errno >= 0 && errno < ErrnoTable.MESSAGES.length ? ErrnoTable.MESSAGES[errno] : "Unknown error " + errno;
    }

    /** OSError for an errno without a file name. */
    static PyException of(int errno) {
        return new PyException((PyBaseException) Op.call(OS_ERROR.get(), (long) errno, strerror(errno)));
    }

    /** OSError for an errno and the file name as the caller gave it (str or bytes). */
    static PyException of(int errno, Object filename) {
        if (filename == null) {
            return of(errno);
        }
        return new PyException((PyBaseException) Op.call(OS_ERROR.get(), (long) errno, strerror(errno), filename));
    }

    /** OSError naming two files ({@code rename}: "'a' -> 'b'"). */
    static PyException of(int errno, Object filename, Object filename2) {
        return new PyException((PyBaseException) Op.call(OS_ERROR.get(), (long) errno, strerror(errno), filename,
                PyNone.None, filename2));
    }

    /** The errno a JDK I/O failure stands for. */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            Integer n = BY_MESSAGE.get(reason);
            if (n == null) {
                // FileInputStream and friends say "/x (Is a directory)".
                int open = reason.lastIndexOf(" (");
                if (open >= 0 && reason.endsWith(")")) {
                    n = BY_MESSAGE.get(reason.substring(open + 2, reason.length() - 1));
                }
            }
            if (n != null) {
                return n;
            }
        }
        return EIO;
    }

    static PyException of(IOException e, Object filename) {
        return of(errno(e), filename);
    }

    static PyException of(RuntimeException e) {
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return of(EBADF);
        }
        throw e;
    }
}
