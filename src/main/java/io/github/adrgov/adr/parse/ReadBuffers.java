package io.github.adrgov.adr.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Byte buffers that one read of a log uses again from file to file, instead of a new array for each file's bytes:
 * a file's bytes are needed only until they are hashed and decoded into lines. A buffer is taken by one thread at a
 * time ({@link #read}) and given back ({@link #release}); the buffers go with this object when the read is over.
 */
final class ReadBuffers {

    /** A buffer grown past this is not kept for the next file: one large file does not pin its size. */
    private static final int KEEP_MAX = 1 << 20;

    private static final int FIRST_SIZE = 16 * 1024;

    /** The first {@code length} bytes of {@code buf} are the file's. */
    record Bytes(byte[] buf, int length) {
    }

    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();

    /**
     * The file's bytes, in a buffer that is the caller's until {@link #release}d; null when the file holds more than
     * {@link FileDecoder#MAX_BYTES} (it is not read past that).
     *
     * @param size the size the listing gave, or -1: only a hint, the file is read to its end
     */
    Bytes read(Path file, long size) throws IOException {
        byte[] buf = free.poll();
        if (buf == null || size >= buf.length) {
            // room for one byte more than the listed size: reaching it means the file grew
            buf = new byte[(int) Math.min(Math.max(size + 1, FIRST_SIZE), FileDecoder.MAX_BYTES + 1)];
        }
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (n == buf.length) {
                    if (n > FileDecoder.MAX_BYTES) {
                        return null;
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, FileDecoder.MAX_BYTES + 1));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        }
        if (n > FileDecoder.MAX_BYTES) {
            return null;
        }
        return new Bytes(buf, n);
    }

    /** Gives a buffer back for the next file; null (nothing read) is allowed. */
    void release(Bytes bytes) {
        if (bytes != null && bytes.buf().length <= KEEP_MAX) {
            free.add(bytes.buf());
        }
    }
}
