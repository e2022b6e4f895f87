package com.loadwise.web;

import com.loadwise.io.AtomicFiles;
import com.loadwise.io.ConfinedPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder where {@code loadwise serve} keeps what people make, as plain files in the formats the CLI reads:
 * {@code clients/SLUG.yaml}, {@code teams/SLUG.yaml} with {@code teams/SLUG-roster.csv}, check-in logs in
 * {@code logs/SLUG.yaml} and {@code logs/teams/TEAM/ATHLETE.yaml}, {@code branding.yaml} with {@code logo.png}. Every write goes through {@link AtomicFiles}; every name from a request is a slug and is
 * resolved with {@link ConfinedPaths}, so nothing outside the folder is read or written. A save names the version
 * (content hash) it was edited from and is refused when the file has changed since.
 */
final class Workspace {

    /** A slug: lower-case letters, digits and dashes, starting with a letter or digit. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** A file's content and its version (hash); the version of a file that does not exist is "". */
    record Versioned(String text, String version) {}

    /** Raised when a save names a version that is no longer the file's. */
    static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private final Path root;
    private final Object lock = new Object();

    Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve("clients"));
            Files.createDirectories(this.root.resolve("teams"));
            Files.createDirectories(this.root.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + this.root, e);
        }
    }

    Path root() {
        return root;
    }

    Path clients() {
        return root.resolve("clients");
    }

    Path teams() {
        return root.resolve("teams");
    }

    /** Clients' check-in logs, {@code logs/SLUG.yaml} (docs/checkin-log.md). */
    Path logs() {
        return root.resolve("logs");
    }

    /**
     * A team's check-in logs, {@code logs/teams/SLUG/ATHLETE.yaml}: the folder {@code loadwise team --logs} and
     * {@code loadwise log --athlete NAME --logs} read; made with its first log.
     */
    Path teamLogs(String teamSlug) {
        if (!SLUG.matcher(teamSlug).matches()) {
            throw new IllegalArgumentException("not a slug: " + teamSlug);
        }
        return logs().resolve("teams").resolve(teamSlug);
    }

    /**
     * Replaces {@code folder/name} with what {@code change} makes of its text ("" when there is no such file), one
     * change at a time, atomically; {@code change} may throw to leave the file as it was.
     */
    void update(Path folder, String name, java.util.function.UnaryOperator<String> change) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        Path target = folder.resolve(name);
        synchronized (lock) {
            String before;
            try {
                before = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] after = change.apply(before).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.folder(folder); // a team's first log: its folder is made once an entry is good
            AtomicFiles.write(target, after);
        }
    }

    /** The slugs of the {@code .yaml} files in {@code folder} ({@link #clients()} or {@link #teams()}), sorted. */
    List<String> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - 5))
                    .filter(n -> SLUG.matcher(n).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file {@code name} inside {@code folder}, if the name is a plain file name there and exists. */
    Optional<Path> find(Path folder, String name) {
        try {
            return Optional.of(ConfinedPaths.resolve(folder, name));
        } catch (ConfinedPaths.Refused e) {
            return Optional.empty();
        }
    }

    /** The profile {@code slug} in {@code folder}, or empty for a slug that is not one or names no file. */
    Optional<Path> profile(Path folder, String slug) {
        return slug != null && SLUG.matcher(slug).matches() ? find(folder, slug + ".yaml") : Optional.empty();
    }

    Versioned read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Versioned(new String(bytes, StandardCharsets.UTF_8), version(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code bytes} to {@code folder/name} if the file is still at {@code expectedVersion} ("" for a file
     * that must not exist yet); atomically, and one save at a time.
     */
    void save(Path folder, String name, byte[] bytes, String expectedVersion) throws Conflict {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        Path target = folder.resolve(name);
        synchronized (lock) {
            String now = current(target);
            if (!now.equals(expectedVersion == null ? "" : expectedVersion)) {
                throw new Conflict(
                        now.isEmpty()
                                ? "this was deleted or renamed since you opened it"
                                : expectedVersion == null || expectedVersion.isEmpty()
                                        ? "one with this name already exists"
                                        : "someone saved a newer version (in another tab or window) since you"
                                                + " opened this page");
            }
            AtomicFiles.write(target, bytes);
        }
    }

    /** Writes a file that carries no version (an uploaded logo or roster, saved with its profile). */
    void write(Path folder, String name, byte[] bytes) {
        synchronized (lock) {
            AtomicFiles.write(folder.resolve(name), bytes);
        }
    }

    private static String current(Path file) {
        try {
            return Files.isRegularFile(file) ? version(Files.readAllBytes(file)) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A slug for {@code name} that no file in {@code folder} has yet: "Zoë Ångström" → "zoe-angstrom". */
    String freeSlug(Path folder, String name) {
        String base = slug(name);
        String slug = base;
        for (int i = 2; Files.exists(folder.resolve(slug + ".yaml")); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    static String slug(String name) {
        // the one rule for names in files (io.FileNames), cut to a length a file system and a URL take
        String s = com.loadwise.io.FileNames.slug(name);
        if (s.length() > 48) {
            s = s.substring(0, 48).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "unnamed" : s;
    }
}
