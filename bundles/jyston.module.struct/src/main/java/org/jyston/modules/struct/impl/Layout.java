package org.jyston.modules.struct.impl;

/**
 * A compiled struct format: its byte order/size mode, total size, number of items, and one entry per
 * code (repeat counts kept together, as CPython's {@code formatcode}s: {@code 10i} is one entry of
 * repeat 10; {@code s}/{@code p} one entry whose count is its byte length; {@code x} none).
 * Sizes follow CPython on x86_64 Linux: native mode aligns each code to its own size.
 */
final class Layout {
    /** Native order, size and alignment ({@code @}). */
    static final char NATIVE = '@';
    /** Little-endian, standard sizes ({@code <}, and {@code =} on this little-endian platform). */
    static final char LITTLE = '<';
    /** Big-endian, standard sizes ({@code >}, {@code !}). */
    static final char BIG = '>';

    final char mode;
    final long size;
    /** How many values pack takes and unpack gives. */
    final long items;
    final char[] code;
    final long[] offset;
    /** The repeat count, or the byte length of an {@code s}/{@code p} entry. */
    final long[] count;

    private Layout(char mode, long size, long items, char[] code, long[] offset, long[] count) {
        this.mode = mode;
        this.size = size;
        this.items = items;
        this.code = code;
        this.offset = offset;
        this.count = count;
    }

    /** A failure to compile: the message of the {@code struct.error} to raise. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** The size of one item of {@code c} in a mode, or -1 when the mode has no such code. */
    static int itemSize(char mode, char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'q', 'Q', 'd':
                return 8;
            case 'l', 'L':
                return mode == NATIVE ? 8 : 4;
            case 'n', 'N', 'P':
                return mode == NATIVE ? 8 : -1;
            default:
                return -1;
        }
    }

    /** The native alignment of {@code c}: its size, except for the byte-sized codes (no alignment). */
    private static int alignment(char mode, char c, int itemSize) {
        if (mode != NATIVE) {
            return 0;
        }
        return switch (c) {
            case 'x', 'c', 'b', 'B', 's', 'p' -> 0;
            default -> itemSize;
        };
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** Compiles {@code fmt} (the format's bytes) with CPython's two passes and messages. */
    static Layout compile(byte[] fmt) throws Bad {
        for (byte b : fmt) {
            if (b == 0) {
                throw new Bad("embedded null character");
            }
        }
        int start = 0;
        char mode = NATIVE;
        if (fmt.length > 0) {
            switch (fmt[0]) {
                case '@' -> start = 1;
                case '=', '<' -> {
                    mode = LITTLE;
                    start = 1;
                }
                case '>', '!' -> {
                    mode = BIG;
                    start = 1;
                }
                default -> { }
            }
        }
        // first pass: sizes, items and entries, with CPython's overflow checks
        long size = 0;
        long items = 0;
        int entries = 0;
        int i = start;
        while (i < fmt.length) {
            int c = fmt[i++] & 0xff;
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    c = i < fmt.length ? fmt[i++] & 0xff : 0;
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || c - '0' > Long.MAX_VALUE % 10)) {
                        throw new Bad("total struct size too long");
                    }
                    num = num * 10 + (c - '0');
                }
                if (c == 0) {
                    throw new Bad("repeat count given without format specifier");
                }
            }
            int isz = itemSize(mode, (char) c);
            if (isz < 0) {
                throw new Bad("bad char in struct format");
            }
            switch (c) {
                case 's', 'p' -> {
                    items++;
                    entries++;
                }
                case 'x' -> { }
                default -> {
                    items += num;
                    if (num != 0) {
                        entries++;
                    }
                }
            }
            size = align(size, alignment(mode, (char) c, isz));
            if (num > (Long.MAX_VALUE - size) / isz) {
                throw new Bad("total struct size too long");
            }
            size += num * isz;
        }
        // second pass: the entries' offsets (the format is known to be valid now)
        char[] code = new char[entries];
        long[] offset = new long[entries];
        long[] count = new long[entries];
        long at = 0;
        int k = 0;
        i = start;
        while (i < fmt.length) {
            char c = (char) (fmt[i++] & 0xff);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while ((c = (char) (fmt[i++] & 0xff)) >= '0' && c <= '9') {
                    num = num * 10 + (c - '0');
                }
            }
            int isz = itemSize(mode, c);
            at = align(at, alignment(mode, c, isz));
            if (c == 's' || c == 'p') {
                code[k] = c;
                offset[k] = at;
                count[k++] = num;
                at += num;
            } else if (c == 'x') {
                at += num;
            } else if (num != 0) {
                code[k] = c;
                offset[k] = at;
                count[k++] = num;
                at += num * isz;
            }
        }
        return new Layout(mode, size, items, code, offset, count);
    }

    private static long align(long size, int alignment) throws Bad {
        if (alignment > 0 && size > 0) {
            long extra = (alignment - 1) - (size - 1) % alignment;
            if (extra > Long.MAX_VALUE - size) {
                throw new Bad("total struct size too long");
            }
            size += extra;
        }
        return size;
    }

    /** What {@code __sizeof__} reports: CPython's object header and one 32-byte code record per entry plus one. */
    long sizeOf() {
        return 56 + 32L * (code.length + 1);
    }
}
