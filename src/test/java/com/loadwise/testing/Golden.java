package com.loadwise.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with an expected file. Run the tests with {@code -Dloadwise.regenerate=true} to rewrite the
 * expected files instead; a reviewer then reads the diff.
 */
public final class Golden {

    private Golden() {}

    public static boolean regenerating() {
        return Boolean.getBoolean("loadwise.regenerate");
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (regenerating()) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(
                    Files.exists(expectedFile),
                    () -> "missing expected file " + expectedFile
                            + " (run with -Dloadwise.regenerate=true to create it, then review it)");
            assertEquals(
                    Files.readString(expectedFile, StandardCharsets.UTF_8),
                    actual,
                    () -> "output differs from " + expectedFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
