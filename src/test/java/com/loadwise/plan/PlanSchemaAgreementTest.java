package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The blueprint and profile JSON Schemas (for editors) agree with the Java readers (the authority). */
class PlanSchemaAgreementTest {

    static JsonNode read(String path) throws IOException {
        return new ObjectMapper().readTree(Path.of(path).toFile());
    }

    static JsonSchema schema(JsonNode node) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    static List<String> fields(JsonNode objectSchema) {
        List<String> out = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> invalid(JsonSchema schema, Path dir) throws IOException {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (ValidationMessage m : schema.validate(new YAMLMapper().readTree(f.toFile()))) {
                    errors.add(f.getFileName() + ": " + m.getMessage());
                }
            }
        }
        return errors;
    }

    @Test
    void bundledBlueprintsAndSeedsFollowTheirSchemas() throws IOException {
        assertEquals(
                List.of(),
                invalid(
                        schema(read("exercise-library/schema/blueprint.schema.json")),
                        Path.of("exercise-library/blueprints")));
        assertEquals(List.of(), invalid(schema(read("exercise-library/schema/profile.schema.json")), Path.of("seeds")));
    }

    @Test
    void blueprintSchemaKnowsTheReadersFields() throws IOException {
        JsonNode s = read("exercise-library/schema/blueprint.schema.json");
        JsonNode stage = s.get("properties").get("stages").get("items");
        assertEquals(BlueprintReader.FIELDS, fields(s));
        assertEquals(BlueprintReader.STAGE_FIELDS, fields(stage));
        assertEquals(
                BlueprintReader.SLOT_FIELDS,
                fields(stage.get("properties").get("slots").get("items")));
        assertEquals(
                BlueprintReader.RUNNING_FIELDS, fields(stage.get("properties").get("running")));
    }

    @Test
    void profileSchemaKnowsTheReadersFieldsForEachKind() throws IOException {
        JsonNode s = read("exercise-library/schema/profile.schema.json");
        List<String> kinds = List.of("client", "runner", "team");
        for (int i = 0; i < kinds.size(); i++) {
            List<String> expected = new ArrayList<>(ProfileReader.COMMON);
            expected.addAll(ProfileReader.BY_KIND.get(kinds.get(i)));
            List<String> actual = fields(s.get("oneOf").get(i));
            assertEquals(
                    expected.stream().sorted().toList(),
                    actual.stream().sorted().toList(),
                    kinds.get(i));
        }
    }
}
