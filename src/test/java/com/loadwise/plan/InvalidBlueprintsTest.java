package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.loadwise.io.Bundled;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
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

/** One blueprint per mistake in {@code src/test/resources/invalid-blueprints/}, each with its exact messages. */
class InvalidBlueprintsTest {

    static final Path DIR = Path.of("src/test/resources/invalid-blueprints");
    static ExerciseLibrary library;
    static Rules rules;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(List.of());
        rules = new RulesReader().read(Bundled.libraryRoot());
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void blueprintFailsWithItsExpectedMessage(Path fixture) {
        InputException e = assertThrows(
                InputException.class, () -> new BlueprintReader(library, rules).read(fixture, fixture.toString()));

        String actual = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(DIR.resolve(fixture.getFileName().toString().replace(".yaml", ".expected")), actual);
    }
}
