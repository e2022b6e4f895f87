package com.loadwise.yaml;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in people's words, for messages such as "cannot read the roster: WHY".
 * An exception's own message names Java classes or only repeats the path ({@code NoSuchFileException: x}), so it is
 * never shown as it is; the system's reason ("Too many levels of symbolic links") is, in lower case.
 */
public final class FileErrors {

    private FileErrors() {}

    public static String why(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("out of disk space") || m.contains("Disk quota exceeded")) {
            return "the disk is full";
        }
        if (e instanceof ReadOnlyFileSystemException || m.contains("Read-only file system")) {
            return "it is on a read-only file system";
        }
        if (e instanceof AccessDeniedException || m.contains("Permission denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof NotDirectoryException || m.endsWith("Not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (m.endsWith("Is a directory")) {
            return "it is a folder, not a file";
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason == null || reason.isBlank() || !inPeoplesWords(reason)) {
            return "the system reported an input/output error";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /** False for text that names a Java class or exception (a message meant for programmers). */
    public static boolean inPeoplesWords(String text) {
        return !text.contains("java.")
                && !text.contains("javax.")
                && !text.contains("Exception")
                && !text.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+.*");
    }
}
