package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.loadwise.testing.Golden;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One profile per mistake in {@code src/test/resources/invalid-profiles/}; each must fail with exactly the lines
 * of its {@code NAME.expected} (file, line and column included).
 */
class InvalidProfilesTest {

    static final Path DIR = Path.of("src/test/resources/invalid-profiles");
    static Planner planner;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty());
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void profileFailsWithItsExpectedMessage(Path fixture) {
        InputException e = assertThrows(InputException.class, () -> planner.plan(fixture, null));

        String actual = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        String name = fixture.getFileName().toString().replace(".yaml", "");
        Golden.assertMatches(DIR.resolve(name + ".expected"), actual);
    }
}
