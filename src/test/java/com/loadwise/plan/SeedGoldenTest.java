package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loadwise.export.Json;
import com.loadwise.export.ProgramIcs;
import com.loadwise.export.ProgramText;
import com.loadwise.testing.Golden;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every seed profile in {@code seeds/} is planned and its text (with --explain) and JSON must equal
 * {@code src/test/resources/golden/SEED/plan.txt} and {@code plan.json}. A seed without golden files fails.
 * The JSON must also follow the published schema, docs/schema/program.schema.json.
 */
class SeedGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static Planner planner;
    static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        planner = new Planner(List.of());
        JsonNode node = new ObjectMapper()
                .readTree(Path.of("docs/schema/program.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "no seeds");
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedPlanMatchesGoldenTextAndJson(Path seed) throws IOException {
        Planner.Plan plan = planner.plan(seed, null);
        Path dir = GOLDEN.resolve(seed.getFileName().toString().replace(".yaml", ""));

        String json = Json.write(
                plan.profile().isTeam() ? TeamProgram.of(plan) : plan.programs().get(0));
        Golden.assertMatches(dir.resolve("plan.txt"), ProgramText.render(plan.programs(), true));
        Golden.assertMatches(dir.resolve("plan.json"), json);

        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
        assertEquals(Set.of(), errors, "plan JSON does not follow docs/schema/program.schema.json");
        // same inputs, byte-identical outputs
        Planner.Plan again = new Planner(List.of()).plan(seed, null);
        assertEquals(
                json,
                Json.write(
                        again.profile().isTeam()
                                ? TeamProgram.of(again)
                                : again.programs().get(0)));
        assertEquals(ProgramIcs.render(plan.programs()), ProgramIcs.render(again.programs()));
    }
}
