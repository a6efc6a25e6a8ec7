package org.jyston.type.exception.impl;

/**
 * Which {@code OSError} subclass an errno selects ({@code OSError(2, 'x')} is a
 * {@code FileNotFoundError}). The numbers are Linux's; other platforms number some differently.
 */
final class Errno {
    private Errno() {}

    static String subclass(long errno) {
        switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, errno))) {
            case 11: // EAGAIN, EWOULDBLOCK
            case 114: // EALREADY
            case 115: // EINPROGRESS
                return "BlockingIOError";
            case 10: // ECHILD
                return "ChildProcessError";
            case 32: // EPIPE
            case 108: // ESHUTDOWN
                return "BrokenPipeError";
            case 103: // ECONNABORTED
                return "ConnectionAbortedError";
            case 111: // ECONNREFUSED
                return "ConnectionRefusedError";
            case 104: // ECONNRESET
                return "ConnectionResetError";
            case 17: // EEXIST
                return "FileExistsError";
            case 2: // ENOENT
                return "FileNotFoundError";
            case 21: // EISDIR
                return "IsADirectoryError";
            case 20: // ENOTDIR
                return "NotADirectoryError";
            case 4: // EINTR
                return "InterruptedError";
            case 1: // EPERM
            case 13: // EACCES
                return "PermissionError";
            case 3: // ESRCH
                return "ProcessLookupError";
            case 110: // ETIMEDOUT
                return "TimeoutError";
            default:
                return null;
        }
    }
}
