package com.loadwise.io;

import com.loadwise.yaml.FileErrors;
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

    /** Makes the folder (and those above it) when missing, or says in people's words why it cannot. */
    public static void folder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(Problem.inFile(
                    dir.toString(), "cannot create the folder: " + FileErrors.why(e), "give another folder"));
        }
    }

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
            permissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new InputException(Problem.inFile(target.toString(), "cannot write: " + reason(e), hint(e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | UnsupportedOperationException ignored) {
                    // the temporary file is hidden and harmless; nothing more to do
                }
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the result should not be. It takes the permissions
     * of the file it replaces, or {@code rw-r--r--} for a new file, as a plain write would under the usual umask.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Why a write failed, in plain words: a full disk, a read-only folder, or the system's own message. */
    static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("out of disk space") || m.contains("Disk quota exceeded")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.ReadOnlyFileSystemException || m.contains("Read-only file system")) {
            return "the folder is on a read-only file system";
        }
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("Permission denied")) {
            return "the folder is not writable (permission denied)";
        }
        return FileErrors.why(e);
    }

    private static String hint(Exception e) {
        return reason(e).equals("the disk is full")
                ? "free some space or write somewhere else; any existing file is unchanged"
                : "write to a folder you can write to; any existing file is unchanged";
    }
}
