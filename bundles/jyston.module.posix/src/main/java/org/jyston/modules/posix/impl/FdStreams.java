package org.jyston.modules.posix.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.jyston.api.object.FileDescriptors;

/** {@code open(fd)}'s view of {@link FdTable}: streams over a descriptor's channels, which close the descriptor. */
final class FdStreams implements FileDescriptors.Table {
    static final FdStreams INSTANCE = new FdStreams();

    private FdStreams() {}

    @Override
    public InputStream input(int fd, boolean closefd) {
        FdTable.get(fd);
        return new InputStream() {
            private boolean closed;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n <= 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                FdTable.Description d = FdTable.get(fd);
                if (d.reader == null) {
                    throw new IOException("Bad file descriptor");
                }
                int n = d.reader.read(ByteBuffer.wrap(b, off, len));
                return n <= 0 ? -1 : n;
            }

            @Override
            public void close() {
                if (!closed && closefd) {
                    closed = true;
                    FdTable.close(fd);
                }
            }
        };
    }

    @Override
    public OutputStream output(int fd, boolean closefd) {
        FdTable.get(fd);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) {
                FdFunctions.write(fd, new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) {
                FdFunctions.write(fd, off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len));
            }

            @Override
            public void close() {
                if (!closed && closefd) {
                    closed = true;
                    FdTable.close(fd);
                }
            }
        };
    }
}
