package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/run.sh's short client, on the library layer the script builds (bench/blueprints/bench-short.yaml plus the
 * one exercise it uses), still plans and prints: the script stops at its first failing command, and a library rule
 * added later (pain numbers written into a criterion) had broken it without any test noticing.
 */
class BenchInputsTest {

    @Test
    void theBenchmarksShortClientPlansOnItsLibraryLayer(@TempDir Path dir) throws IOException {
        Path layer = dir.resolve("bench-library");
        Files.createDirectories(layer.resolve("blueprints"));
        Files.createDirectories(layer.resolve("exercises"));
        Files.copy(Path.of("bench/blueprints/bench-short.yaml"), layer.resolve("blueprints/bench-short.yaml"));
        Files.copy(
                Path.of("exercise-library/exercises/isometric-abduction-hold.yaml"),
                layer.resolve("exercises/isometric-abduction-hold.yaml"));

        CliTest.Result r = CliTest.run(
                "handout",
                "bench/short-client.yaml",
                "--library",
                layer.toString(),
                "--format",
                "html",
                "-o",
                dir.resolve("short.xhtml").toString());

        assertEquals(0, r.code(), r.err());
        String xhtml = Files.readString(dir.resolve("short.xhtml"));
        assertTrue(xhtml.contains("Settle the tendon"), "the bench blueprint's stage is printed");
    }
}
