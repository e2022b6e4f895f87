package com.loadwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.testing.Golden;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per mistake in {@code src/test/resources/invalid/}: each {@code NAME.yaml} is laid over the bundled
 * library and must fail with exactly the lines in {@code NAME.expected}. A fixture without its expected file fails.
 */
class InvalidLibraryFilesTest {

    static final Path DIR = Path.of("src/test/resources/invalid");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "no fixtures found in " + DIR);
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureFailsWithItsExpectedMessage(Path fixture) {
        // given a library file with one mistake, laid over the bundled library
        LibraryLoader loader = new LibraryLoader();

        // when it is loaded
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(fixture)));

        // then every problem names this file with a position, and the messages are exactly the expected ones
        String name = fixture.getFileName().toString().replace(".yaml", "");
        for (Problem p : e.problems()) {
            assertEquals(fixture.toString(), p.file(), "problem points at another file: " + p.format());
        }
        String actual = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(DIR.resolve(name + ".expected"), actual);
    }

    @Test
    void everyExpectedFileHasItsFixture() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path expected :
                    files.filter(p -> p.toString().endsWith(".expected")).toList()) {
                Path yaml = Path.of(expected.toString().replace(".expected", ".yaml"));
                assertTrue(Files.exists(yaml), "expected file without fixture: " + expected);
            }
        }
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        // given a 50 MB file (made here rather than committed)
        Path big = tmp.resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding\n".getBytes();
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        // when it is loaded
        InputException e = assertThrows(InputException.class, () -> new LibraryLoader().load(List.of(big)));

        // then one problem names the size and the limit
        assertEquals(1, e.problems().size());
        assertEquals(
                big + ": file is too large (50.0 MiB; the limit is 2.0 MiB) "
                        + "(split it into several files, or raise the limit with the environment variable "
                        + "LOADWISE_MAX_FILE_SIZE)",
                e.problems().get(0).format());
    }

    @Test
    void missingFolderIsOneClearProblem(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-folder");

        InputException e = assertThrows(InputException.class, () -> new LibraryLoader().load(List.of(missing)));

        assertEquals(
                List.of(missing + ": folder does not exist (check the --library path)"),
                e.problems().stream().map(Problem::format).toList());
    }

    @Test
    void allProblemsOfSeveralFilesAreReportedTogether() {
        // given two broken fixtures in one run
        List<Path> two = List.of(DIR.resolve("unknown-pattern.yaml"), DIR.resolve("too-few-cues.yaml"));

        InputException e = assertThrows(InputException.class, () -> new LibraryLoader().load(two));

        // then both files' problems are there
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("unknown-pattern.yaml")));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("too-few-cues.yaml")));
    }
}
