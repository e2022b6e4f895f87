package com.loadwise.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedPathsTest {

    @Test
    void aFileInsideTheFolderResolvesToItsRealPath(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("templates/partials")).getParent();
        Files.writeString(folder.resolve("partials/card.mustache"), "x");

        assertEquals(
                folder.resolve("partials/card.mustache").toRealPath(),
                ConfinedPaths.resolve(folder, "partials/card.mustache"));
    }

    @Test
    void aLinkInsideTheFolderToAnotherFileInsideIsAllowed(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("f"));
        Files.writeString(folder.resolve("real.png"), "x");
        Files.createSymbolicLink(folder.resolve("alias.png"), folder.resolve("real.png"));

        assertEquals(folder.resolve("real.png").toRealPath(), ConfinedPaths.resolve(folder, "alias.png"));
    }

    @Test
    void dotDotAbsoluteAndLinksOutAreRefused(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("f"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(folder.resolve("out.png"), secret);
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/x.png"), "x");
        Files.createSymbolicLink(folder.resolve("dir"), tmp.resolve("elsewhere"));

        assertRefused(folder, "../secret.txt", "'../secret.txt' leaves its folder (..)");
        assertRefused(folder, "a/../../secret.txt", "'a/../../secret.txt' leaves its folder (..)");
        assertRefused(folder, secret.toString(), "'" + secret + "' is an absolute path");
        assertRefused(folder, "out.png", "'out.png' is a link that leads out of its folder");
        assertRefused(folder, "dir/x.png", "'dir/x.png' is a link that leads out of its folder");
        ConfinedPaths.Refused missing =
                assertThrows(ConfinedPaths.Refused.class, () -> ConfinedPaths.resolve(folder, "nope.png"));
        assertTrue(missing.missing());
    }

    private static void assertRefused(Path folder, String name, String message) {
        ConfinedPaths.Refused e = assertThrows(ConfinedPaths.Refused.class, () -> ConfinedPaths.resolve(folder, name));
        assertEquals(message, e.getMessage());
        assertFalse(e.missing());
    }
}
