package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read into buffers used again: each read gives exactly the file's bytes, whatever the buffer held before. */
class ReadBuffersTest {

    @TempDir
    Path dir;

    private static byte[] bytesOf(ReadBuffers.Bytes b) {
        return Arrays.copyOf(b.buf(), b.length());
    }

    @Test
    void aBufferUsedAgainGivesTheNextFilesBytesOnly() throws IOException {
        Random r = new Random(20261202);
        byte[] big = new byte[40_000];
        r.nextBytes(big);
        byte[] small = "# 2. Small\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path a = Files.write(dir.resolve("a.md"), big);
        Path b = Files.write(dir.resolve("b.md"), small);
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        ReadBuffers buffers = new ReadBuffers();

        ReadBuffers.Bytes first = buffers.read(a, Files.size(a));
        assertThat(bytesOf(first)).isEqualTo(big);
        buffers.release(first);
        ReadBuffers.Bytes second = buffers.read(b, Files.size(b));
        assertThat(second.buf()).as("the released buffer is taken again").isSameAs(first.buf());
        assertThat(bytesOf(second)).isEqualTo(small);
        buffers.release(second);
        assertThat(buffers.read(empty, 0).length()).isZero();
    }

    @Test
    void aFileLargerThanItsListedSizeIsReadToItsEnd() throws IOException {
        byte[] grown = new byte[100_000];
        new Random(7).nextBytes(grown);
        Path f = Files.write(dir.resolve("grown.md"), grown);
        ReadBuffers buffers = new ReadBuffers();
        // the listing said 10 bytes, or gave no size: the buffer grows as the file is read
        assertThat(bytesOf(buffers.read(f, 10))).isEqualTo(grown);
        assertThat(bytesOf(buffers.read(f, -1))).isEqualTo(grown);
    }

    @Test
    void aFilePastTheLimitIsNotRead() throws IOException {
        Path f = dir.resolve("huge.md");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), FileDecoder.MAX_BYTES); // sparse: MAX_BYTES + 1 bytes
        }
        ReadBuffers buffers = new ReadBuffers();
        assertThat(buffers.read(f, 0)).isNull();
        assertThat(FileDecoder.read(f, buffers).problem())
                .isEqualTo("file too large (" + (FileDecoder.MAX_BYTES + 1) + " bytes; the limit is "
                        + FileDecoder.MAX_BYTES + ")");
        Files.write(f, new byte[(int) FileDecoder.MAX_BYTES]);
        assertThat(buffers.read(f, -1).length()).isEqualTo((int) FileDecoder.MAX_BYTES);
    }
}
