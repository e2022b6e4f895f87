package com.loadwise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.yaml.InputLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG size and pixel limits, read from the header before anything decodes the picture. */
class PicturesTest {

    /** The PNG signature and an IHDR chunk claiming {@code width} x {@code height}; no pixel data. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return b.array();
    }

    @Test
    void theBundledTestPictureIsAccepted() throws Exception {
        String uri = Pictures.dataUri(
                Path.of("src/test/resources/clinic-library/images/glute-bridge-double-leg.png"), InputLimits.DEFAULT);
        assertTrue(uri.startsWith("data:image/png;base64,iVBOR"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader(@TempDir Path tmp) throws IOException {
        // given 33 bytes claiming 100,000 x 100,000 pixels (40 GB once decoded)
        Path bomb = Files.write(tmp.resolve("bomb.png"), pngHeader(100_000, 100_000));

        Pictures.Refused e = assertThrows(Pictures.Refused.class, () -> Pictures.check(bomb, InputLimits.DEFAULT));

        assertEquals("the picture is too large (100000 x 100000 pixels; the limit is 16777216 pixels)", e.getMessage());
        assertEquals(
                "scale it down, or raise the limit with the environment variable LOADWISE_MAX_IMAGE_PIXELS", e.hint());
    }

    @Test
    void aRaisedPixelLimitLetsABigPictureIn(@TempDir Path tmp) throws Exception {
        Path big = Files.write(tmp.resolve("big.png"), pngHeader(8000, 6000));
        InputLimits raised = InputLimits.fromEnvironment(Map.of("LOADWISE_MAX_IMAGE_PIXELS", "50000000"));

        Pictures.check(big, raised);
        assertThrows(Pictures.Refused.class, () -> Pictures.check(big, InputLimits.DEFAULT));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt(@TempDir Path tmp) throws IOException {
        Path huge = Files.write(tmp.resolve("huge.png"), pngHeader(100, 100));
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024); // sparse: 3 MiB on paper
        }

        Pictures.Refused e = assertThrows(Pictures.Refused.class, () -> Pictures.check(huge, InputLimits.DEFAULT));

        assertEquals("the picture is too large (3145728 bytes; the limit is 2097152)", e.getMessage());
        assertTrue(e.hint().contains("LOADWISE_MAX_IMAGE_SIZE"));
    }

    @Test
    void somethingThatIsNotAPngIsRefused(@TempDir Path tmp) throws IOException {
        Path gif = Files.writeString(tmp.resolve("logo.png"), "GIF89a and then some bytes");

        Pictures.Refused e = assertThrows(Pictures.Refused.class, () -> Pictures.check(gif, InputLimits.DEFAULT));

        assertEquals("the picture is not a PNG file", e.getMessage());
    }
}
