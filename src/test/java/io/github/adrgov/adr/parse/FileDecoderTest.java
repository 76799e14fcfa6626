package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file's bytes are decoded line by line by the JDK's lenient UTF-8 decoding, and decoded again strictly only when a
 * line holds a U+FFFD: the lines must be exactly those of the text strict decoding gives, cut as
 * {@link SourceText#of(String)} cuts it; a file that is not UTF-8 must be refused, and one holding a 0 byte anywhere
 * must be a binary file, on random byte sequences made of valid and broken UTF-8, line ends and BOMs
 * ({@code -Dadr.decoder.rounds=N} for more).
 */
class FileDecoderTest {

    /** The first {@link #VALID} pieces are valid UTF-8; the others are broken, or hold a 0 byte. */
    private static final int[][] PIECES = {{'a'}, {'\n'}, {'\r'}, {'\r', '\n'}, {' '}, {0xC3, 0xA9},
        {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80}, {0xEF, 0xBF, 0xBD}, {0xEF, 0xBB, 0xBF}, {0x80}, {0xC3},
        {0xE2, 0x82}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xC0, 0xAF}, {0xFF},
        {0xF8, 0x88, 0x80, 0x80, 0x80}, {0x00}, {0xC3, 0x00}, {0xE2, 0x00, 0xAC}, {0xF0, 0x9F, 0x00},
        {0xC3, '\n'}, {0xE2, 0x82, '\r'}, {0xF0, '\n', 0x98, 0x80}};

    private static final int VALID = 10;

    /** What strict decoding gives: the text, or null when the bytes are not UTF-8. */
    private static String strict(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return "binary";
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void aWrittenReplacementCharacterIsText() {
        byte[] bytes = "Status: \uFFFD accepted, caf\u00E9".getBytes(StandardCharsets.UTF_8);
        assertThat(FileDecoder.decode(bytes, bytes.length).source().lines()).containsExactly("Status: \uFFFD accepted, caf\u00E9");
        assertThat(FileDecoder.decode(bytes, bytes.length).problem()).isNull();
    }

    @Test
    void aBadByteIsNamedWithItsPlace() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, 'c'};
        assertThat(FileDecoder.decode(bytes, bytes.length).source()).isNull();
        assertThat(FileDecoder.decode(bytes, bytes.length).problem()).isEqualTo("not valid UTF-8 (byte 4, line 2)");
    }

    @Test
    void onlyTheGivenLengthIsRead() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n', 'b', 0, (byte) 0xFF};
        assertThat(FileDecoder.decode(bytes, 7).source().lines()).containsExactly("a", "b");
        assertThat(FileDecoder.decode(bytes, 8).problem()).isEqualTo("binary file");
        assertThat(FileDecoder.decode(new byte[] {'a', (byte) 0xFF}, 1).source().lines()).containsExactly("a");
        assertThat(FileDecoder.decode(bytes, 0).source().lines()).isEmpty();
    }

    @Test
    void randomBytesDecodeAsStrictDecodingDoes() {
        int rounds = RandomPieces.rounds("adr.decoder", 50_000);
        Random r = RandomPieces.random("adr.decoder");
        int valid = 0;
        int invalid = 0;
        int binary = 0;
        for (int i = 0; i < rounds; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int n = 1 + r.nextInt(12);
            if (r.nextInt(8) == 0) {
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
            }
            for (int k = 0; k < n; k++) {
                // mostly valid pieces, so that about half of the texts are UTF-8
                int[] piece = PIECES[r.nextInt(4) > 0 ? r.nextInt(VALID) : r.nextInt(PIECES.length)];
                for (int b : piece) {
                    out.write(b);
                }
            }
            byte[] bytes = out.toByteArray();
            String expected = strict(bytes);
            // the bytes in a larger buffer, as a file is read: what lies past the length must not count
            byte[] buffer = java.util.Arrays.copyOf(bytes, bytes.length + r.nextInt(3));
            if (buffer.length > bytes.length) {
                buffer[bytes.length] = r.nextBoolean() ? 0 : (byte) 0xFF;
            }
            FileDecoder.Decoded d = FileDecoder.decode(buffer, bytes.length);
            if ("binary".equals(expected)) {
                binary++;
                assertThat(d.source()).isNull();
                assertThat(d.problem()).as("problem of %s", java.util.Arrays.toString(bytes)).isEqualTo("binary file");
            } else if (expected == null) {
                invalid++;
                assertThat(d.source()).as("lines of %s", java.util.Arrays.toString(bytes)).isNull();
                assertThat(d.problem()).startsWith("not valid UTF-8");
            } else {
                valid++;
                assertThat(d.source().lines()).as("lines of %s", java.util.Arrays.toString(bytes))
                        .isEqualTo(SourceText.of(expected).lines());
                assertThat(d.problem()).isNull();
            }
        }
        assertThat(valid).isGreaterThan(rounds / 5);
        assertThat(invalid).isGreaterThan(rounds / 5);
        assertThat(binary).isGreaterThan(rounds / 20);
    }
}
