package com.loadwise.io;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files atomically: into a temporary file beside the target, then a rename. A failed or interrupted
 * run never leaves a half-written file and never damages an existing one.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(Problem.inFile(
                    target.toString(), "cannot write: the folder " + dir + " does not exist", "create it first"));
        }
        if (Files.isDirectory(abs)) {
            throw new InputException(
                    Problem.inFile(target.toString(), "cannot write: this is a folder", "give a file name"));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException(Problem.inFile(
                    target.toString(),
                    "cannot write: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    "check the folder is writable and the disk has space"));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; nothing more to do
                }
            }
        }
    }
}
