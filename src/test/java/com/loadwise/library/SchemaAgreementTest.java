package com.loadwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema (for editors) and the Java validator (the authority) agree: on the bundled files, on the
 * vocabularies, on the field names, and on rejecting the invalid fixtures the schema can express.
 */
class SchemaAgreementTest {

    static final Path SCHEMA = Path.of("exercise-library/schema/exercises.schema.json");
    static JsonNode schemaJson;
    static JsonSchema schema;
    static Vocabulary vocabulary;

    /** Fixtures whose mistake only the validator can see (cross-file, duplicates, ordering). */
    static final Set<String> VALIDATOR_ONLY = Set.of(
            "duplicate-exercise-id",
            "duplicate-level-id",
            "broken-level-reference",
            "broken-cross-reference",
            "unknown-exercise-reference",
            "duplicate-key",
            "reversed-range",
            "image-missing",
            "pose-no-movement",
            "pose-through-floor");
    /** Fixtures that are not YAML data at all. */
    static final Set<String> NOT_DATA = Set.of("empty", "tab-indentation", "not-yaml", "not-utf8", "alias-bomb");

    @BeforeAll
    static void load() throws IOException {
        schemaJson = new ObjectMapper().readTree(SCHEMA.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
        vocabulary = Vocabulary.read(Path.of("exercise-library/vocabulary.yaml"), "vocabulary.yaml");
    }

    @Test
    void everyBundledFileIsValidAgainstTheSchema() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("exercise-library/exercises"))) {
            for (Path f : files.sorted().toList()) {
                for (ValidationMessage m : schema.validate(yaml.readTree(f.toFile()))) {
                    errors.add(f.getFileName() + ": " + m.getMessage());
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void schemaRejectsEveryInvalidFixtureItCanExpress() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<String> accepted = new ArrayList<>();
        try (Stream<Path> files = Files.list(InvalidLibraryFilesTest.DIR)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".yaml", "");
                if (VALIDATOR_ONLY.contains(name) || NOT_DATA.contains(name)) {
                    continue;
                }
                if (schema.validate(yaml.readTree(f.toFile())).isEmpty()) {
                    accepted.add(name);
                }
            }
        }
        assertEquals(List.of(), accepted, "the validator rejects these but the schema accepts them");
    }

    @Test
    void schemaEnumsAreTheVocabulary() {
        JsonNode defs = schemaJson.get("$defs");
        assertEquals(List.copyOf(vocabulary.patterns().keySet()), enumOf(defs.get("pattern")));
        assertEquals(List.copyOf(vocabulary.targets().keySet()), enumOf(defs.get("target")));
        assertEquals(List.copyOf(vocabulary.kinds().keySet()), enumOf(defs.get("kind")));
        assertEquals(List.copyOf(vocabulary.impacts().keySet()), enumOf(defs.get("impact")));
        assertEquals(List.copyOf(vocabulary.lateralities().keySet()), enumOf(defs.get("laterality")));
        assertEquals(List.copyOf(vocabulary.equipment().keySet()), enumOf(defs.get("equipment")));
        assertEquals(List.copyOf(vocabulary.tags().keySet()), enumOf(defs.get("tag")));
        assertEquals(
                List.copyOf(vocabulary.intents().keySet()),
                fieldsOf(defs.get("level").get("properties").get("doses")));
    }

    @Test
    void schemaAndValidatorKnowTheSameFields() {
        JsonNode defs = schemaJson.get("$defs");
        assertEquals(ExerciseFileReader.FILE_FIELDS, fieldsOf(schemaJson));
        assertEquals(ExerciseFileReader.EXERCISE_FIELDS, fieldsOf(defs.get("exercise")));
        assertEquals(ExerciseFileReader.LEVEL_FIELDS, fieldsOf(defs.get("level")));
        assertEquals(ExerciseFileReader.DOSE_FIELDS, fieldsOf(defs.get("dose")));
        assertEquals(ExerciseFileReader.PROGRESS_FIELDS, fieldsOf(defs.get("progressWhen")));
        assertEquals(ExerciseFileReader.REGRESS_FIELDS, fieldsOf(defs.get("regressWhen")));
        assertFalse(defs.get("level").get("additionalProperties").asBoolean(true));
    }

    @Test
    void schemaAndValidatorKnowTheSamePoseFormat() {
        JsonNode defs = schemaJson.get("$defs");
        assertEquals(com.loadwise.figure.PoseReader.POSE_FIELDS, fieldsOf(defs.get("pose")));
        assertEquals(com.loadwise.figure.PoseReader.STANCE_FIELDS, fieldsOf(defs.get("stance")));
        assertEquals(com.loadwise.figure.PoseReader.BODY_POINTS, enumOf(defs.get("bodyPoint")));
        assertEquals(
                com.loadwise.figure.PoseReader.PROPS,
                enumOf(defs.get("prop").get("oneOf").get(0)));
        assertEquals(
                com.loadwise.figure.PoseReader.POSTURES,
                enumOf(defs.get("pose").get("properties").get("posture")));
        assertEquals(
                com.loadwise.figure.PoseReader.LIMBS,
                enumOf(defs.get("pose").get("properties").get("working").get("items")));
        JsonNode knee = defs.get("stance").get("properties").get("knee");
        int[] range = com.loadwise.figure.PoseReader.RANGES.get("knee");
        assertEquals(range[0], knee.get("minimum").asInt());
        assertEquals(range[1], knee.get("maximum").asInt());
        JsonNode hip = defs.get("hipJoint").get("oneOf").get(1).get("properties");
        for (String f : com.loadwise.figure.PoseReader.HIP_FIELDS) {
            int[] r = com.loadwise.figure.PoseReader.RANGES.get("hip." + f);
            assertEquals(r[0], hip.get(f).get("minimum").asInt(), "hip." + f);
            assertEquals(r[1], hip.get(f).get("maximum").asInt(), "hip." + f);
        }
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.get("enum").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldsOf(JsonNode objectSchema) {
        List<String> out = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        assertTrue(!out.isEmpty());
        return out;
    }
}
