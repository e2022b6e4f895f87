package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.loadwise.io.Bundled;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The load-time checks that keep pain numbers in the pain model and wording in data: each case damages one rule file
 * of a copy of the bundled library in one way and expects exactly one problem, at its line and column.
 */
class PainRulesCheckTest {

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of(
                        "pain-models.yaml",
                        "red: \", or worse two mornings running:",
                        "red: \"or above 5 out of 10, or worse two mornings running:",
                        "exercise-library/pain-models.yaml:27:12: a pain number is written into the text"),
                Arguments.of(
                        "pain-models.yaml",
                        "    move-up-max: 0\n",
                        "    move-up-max: 0\n    zones-note: x\n",
                        "exercise-library/pain-models.yaml:49:5: unknown field 'zones-note' in a pain model"),
                Arguments.of(
                        "pain-models.yaml",
                        "    move-up-max: 3\n    repeat-max: 5\n",
                        "    move-up-max: 3\n    repeat-max: 3\n",
                        "exercise-library/pain-models.yaml:22:17: repeat-max must be above move-up-max (3)"),
                Arguments.of(
                        "pain-models.yaml",
                        "    move-up-max: 2\n    repeat-max: 5\n",
                        "    move-up-max: 2\n",
                        "exercise-library/pain-models.yaml:40:14: an amber zone needs 'repeat-max' in its model"),
                Arguments.of(
                        "red-flags.yaml",
                        "  - text: You are limping.",
                        "  - text: You are limping; tell {clinician}.",
                        "exercise-library/red-flags.yaml:43:11: the text holds an unknown placeholder"),
                Arguments.of(
                        "red-flags.yaml",
                        "  - text: You are limping.",
                        "  - text: Your pain goes above 5/10.",
                        "exercise-library/red-flags.yaml:43:11: a pain number is written into the text"),
                Arguments.of(
                        "red-flags.yaml",
                        "    pain-models: [bone-stress]\n    source: §9. A healing",
                        "    pain-models: [bones]\n    source: §9. A healing",
                        "exercise-library/red-flags.yaml:16:19: unknown pain model 'bones'"),
                Arguments.of(
                        "running.yaml",
                        "{text: \"1 minute of jogging on the spot\", pain-max: 0}",
                        "{text: \"1 minute of jogging on the spot\", pain-max: 2}",
                        "exercise-library/running.yaml:28:59: pain-max 2 is above the move-up limit of the strictest"
                                + " pain model (0/10)"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("damages")
    void aDamagedRuleFileIsRefusedAtItsPosition(String file, String from, String to, String expected, @TempDir Path dir)
            throws IOException {
        Path root = copy(Bundled.libraryRoot(), dir.resolve("exercise-library"));
        Path target = root.resolve(file);
        String text = Files.readString(target);
        assertEquals(true, text.contains(from), "the bundled " + file + " no longer holds: " + from);
        Files.writeString(target, text.replace(from, to));

        InputException e = assertThrows(InputException.class, () -> new RulesReader().read(root));

        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(expected, p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p :
                    all.filter(f -> !f.startsWith(from.resolve("exercises"))).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
