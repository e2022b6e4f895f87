package com.loadwise.io;

import com.loadwise.yaml.FileErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Resolves a name that came from an input file (a template, a logo, a picture) inside the folder it belongs to, and
 * refuses anything that would leave it: absolute paths, {@code ..} segments and symbolic links that point out of
 * the folder (both resolved with {@link Path#toRealPath}).
 */
public final class ConfinedPaths {

    /** A name that leaves its folder or does not exist; the message and hint are written for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;
        private final boolean missing;

        Refused(String message, String hint, boolean missing) {
            super(message);
            this.hint = hint;
            this.missing = missing;
        }

        public String hint() {
            return hint;
        }

        /** True when the name stays inside the folder but no such file exists. */
        public boolean missing() {
            return missing;
        }
    }

    private ConfinedPaths() {}

    /**
     * The real path of the regular file {@code name} inside {@code folder}.
     *
     * @throws Refused if {@code name} is absolute, has a {@code ..} segment, is not a regular file, or is (or
     *     passes through) a link that leads outside {@code folder}
     */
    public static Path resolve(Path folder, String name) throws Refused {
        String what = "'" + name + "'";
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new Refused(what + " is not a file name", "name a file inside " + folder, false);
        }
        Path relative;
        try {
            relative = folder.getFileSystem().getPath(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refused(what + " is not a file name", "name a file inside " + folder, false);
        }
        if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new Refused(what + " is an absolute path", "give a path relative to " + folder, false);
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new Refused(what + " leaves its folder (..)", "keep the file inside " + folder, false);
            }
        }
        Path candidate = folder.resolve(relative);
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) && !Files.exists(candidate)) {
            throw new Refused(what + " does not exist", "put it in " + folder, true);
        }
        Path real;
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            // a link whose target is missing
            throw new Refused(what + " does not exist", "put it in " + folder, true);
        } catch (IOException e) {
            throw new Refused("cannot read " + what + ": " + FileErrors.why(e), "check the file", false);
        }
        if (!real.startsWith(realFolder)) {
            throw new Refused(
                    what + " is a link that leads out of its folder",
                    "copy the file into " + folder + " instead of linking to it",
                    false);
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused(what + " is not a file", "name a file inside " + folder, false);
        }
        return real;
    }
}
