package com.loadwise.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import com.loadwise.yaml.InputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output faults: a full disk, a read-only file system and a missing folder each give one clear problem, and an
 * existing file is left exactly as it was with no temporary file behind. Tests run as root, where file modes do
 * not stop writes, so the faults come from real file systems: Jimfs with a size limit (a full disk), the JDK's
 * read-only module image ({@code jrt:/}) and {@code /sys}, which refuses new files even to root.
 */
class AtomicFilesTest {

    private static String problem(InputException e) {
        assertEquals(1, e.problems().size());
        return e.problems().get(0).format();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFullDiskIsAClearErrorAndTheOldFileStays() throws IOException {
        // given a 1 MiB disk holding yesterday's handout
        Configuration small = Configuration.unix().toBuilder()
                .setMaxSize(1024 * 1024)
                .setBlockSize(8192)
                .build();
        try (FileSystem fs = Jimfs.newFileSystem(small)) {
            Path dir = Files.createDirectories(fs.getPath("/out"));
            Path handout = dir.resolve("handout.pdf");
            byte[] old = "%PDF-1.7 yesterday's handout".getBytes();
            Files.write(handout, old);

            // when a 2 MiB handout is written over it
            InputException e =
                    assertThrows(InputException.class, () -> AtomicFiles.write(handout, new byte[2 * 1024 * 1024]));

            // then the disk is named as full, the old file is intact and no temporary file is left
            assertEquals(
                    "/out/handout.pdf: cannot write: the disk is full (free some space or write somewhere else; any"
                            + " existing file is unchanged)",
                    problem(e));
            assertArrayEquals(old, Files.readAllBytes(handout));
            assertEquals(List.of(handout), files(dir));

            // and a write that fits still works
            AtomicFiles.write(handout, new byte[100_000]);
            assertEquals(100_000, Files.size(handout));
        }
    }

    @Test
    void aReadOnlyFileSystemIsAClearErrorAndTheOldFileStays() throws IOException {
        // given the JDK's own module image (jrt:/), a file system that is read-only by design
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path existing = jrt.getPath("/modules/java.base/java/lang/Object.class");
        byte[] before = Files.readAllBytes(existing);

        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(existing, "new"));

        assertEquals(
                "/modules/java.base/java/lang/Object.class: cannot write: the folder is on a read-only file system"
                        + " (write to a folder you can write to; any existing file is unchanged)",
                problem(e));
        assertArrayEquals(before, Files.readAllBytes(existing));
    }

    @Test
    void aFolderTheSystemRefusesIsAClearError() {
        // /sys refuses new files even to root
        InputException e =
                assertThrows(InputException.class, () -> AtomicFiles.write(Path.of("/sys/handout.pdf"), "x"));

        assertEquals(
                "/sys/handout.pdf: cannot write: the folder is not writable (permission denied) (write to a folder"
                        + " you can write to; any existing file is unchanged)",
                problem(e));
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path tmp) {
        Path target = tmp.resolve("no-such-folder/handout.pdf");

        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(target, "x"));

        assertEquals(
                target + ": cannot write: the folder " + target.getParent() + " does not exist (create it first)",
                problem(e));
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions(@TempDir Path tmp) throws IOException {
        // a temporary file starts as rw-------; a handout must not end up that way
        Path fresh = tmp.resolve("new.pdf");
        AtomicFiles.write(fresh, "x");
        assertEquals(
                "rw-r--r--",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path shared = Files.writeString(tmp.resolve("shared.pdf"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, "new");
        assertEquals(
                "rw-rw-r--",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals("new", Files.readString(shared));
    }
}
