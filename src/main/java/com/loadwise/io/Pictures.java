package com.loadwise.io;

import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * PNG pictures (exercise images, clinic logos) read as {@code data:} URIs for the PDF. The file size and the pixel
 * dimensions in the PNG header are checked before anything decodes the image, so a small file that would inflate
 * to gigabytes (a decompression bomb) is refused.
 */
public final class Pictures {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Why a picture was refused, written for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Refused(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    private Pictures() {}

    /** Checks size and header of the PNG at {@code file} (already confined to its folder). */
    public static void check(Path file, InputLimits limits) throws Refused {
        long size;
        byte[] head = new byte[24];
        int n;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new Refused("cannot read the picture: " + FileErrors.why(e), "check the file");
        }
        if (size > limits.maxImageBytes()) {
            throw new Refused(
                    "the picture is too large (" + size + " bytes; the limit is " + limits.maxImageBytes() + ")",
                    "save a smaller PNG, " + InputLimits.howToRaise(InputLimits.IMAGE_SIZE));
        }
        if (n < head.length || !java.util.Arrays.equals(head, 0, 8, SIGNATURE, 0, 8)) {
            throw new Refused("the picture is not a PNG file", "export it as PNG");
        }
        if (head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') {
            throw new Refused("the picture is not a valid PNG file (no IHDR header)", "export it again as PNG");
        }
        long width = uint32(head, 16);
        long height = uint32(head, 20);
        if (width == 0 || height == 0) {
            throw new Refused("the picture has no pixels (" + width + " x " + height + ")", "export it again");
        }
        if (width * height > limits.maxImagePixels()) {
            throw new Refused(
                    "the picture is too large (" + width + " x " + height + " pixels; the limit is "
                            + limits.maxImagePixels() + " pixels)",
                    "scale it down, " + InputLimits.howToRaise(InputLimits.IMAGE_PIXELS));
        }
    }

    /** Checks the PNG and returns it as a {@code data:image/png} URI. */
    public static String dataUri(Path file, InputLimits limits) throws Refused {
        check(file, limits);
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Refused("cannot read the picture: " + FileErrors.why(e), "check the file");
        }
    }

    private static long uint32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
    }
}
