package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact wording of a sample of bad command lines, one per file in {@code src/test/resources/invalid-arguments/}:
 * {@code NAME.args} holds the words of the command line, one per line (paths are relative to the project folder),
 * and {@code NAME.expected} the exit code and everything the run printed on standard error. A new pair is picked up
 * by its name; {@code -Dloadwise.regenerate=true} writes the expected files, for review. {@link EveryOptionTest}
 * checks every option; this test keeps the words people read from drifting unnoticed.
 */
class InvalidArgumentsTest {

    static final Path DIR = Path.of("src/test/resources/invalid-arguments");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> args =
                    files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
            assertFalse(args.isEmpty(), "no .args files in " + DIR);
            return args.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aBadCommandLineGetsItsExpectedMessage(Path fixture) throws IOException {
        // given the words of a bad command line
        String[] args = Files.readAllLines(fixture, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty())
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when it runs
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);

        // then it fails with the exact message of its expected file, prints nothing on standard output, and
        // names no Java type
        String actual = "exit " + code + "\n" + err;
        assertEquals("", out.toString(), "nothing on standard output");
        assertTrue(code == ExitCodes.USAGE || code == ExitCodes.INVALID_INPUT, actual);
        assertFalse(actual.contains("java.") || actual.contains("Exception"), actual);
        String name = fixture.getFileName().toString().replace(".args", "");
        Golden.assertMatches(DIR.resolve(name + ".expected"), actual);
    }

    @org.junit.jupiter.api.Test
    void noExpectedMessageOfAnyBadInputFixtureNamesJava() throws IOException {
        // given every expected message of every bad-input fixture (arguments, libraries, profiles, blueprints, ...)
        List<Path> expected;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            expected = files.filter(p -> p.toString().endsWith(".expected")).toList();
        }
        assertTrue(expected.size() > 50, "found only " + expected.size() + " .expected files");

        // then none names a Java class, package or exception
        for (Path p : expected) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertFalse(text.contains("java.") || text.contains("Exception"), p + ":\n" + text);
        }
    }
}
