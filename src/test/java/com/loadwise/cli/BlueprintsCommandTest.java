package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loadwise.io.Bundled;
import com.loadwise.plan.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintsCommandTest {

    private static final List<String> BUNDLED =
            Planner.ids(Bundled.libraryRoot().resolve("blueprints"));

    @Test
    void listShowsEveryBundledBlueprintWithItsPainGuide() throws Exception {
        CliTest.Result r = CliTest.run("blueprints", "list");
        assertEquals(0, r.code(), r.err());
        for (String id : BUNDLED) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains(BUNDLED.size() + " blueprints."), r.out());

        CliTest.Result j = CliTest.run("blueprints", "list", "--format", "json");
        assertEquals(0, j.code(), j.err());
        JsonNode rows = new ObjectMapper().readTree(j.out());
        assertEquals(BUNDLED.size(), rows.size());
        for (JsonNode row : rows) {
            String yaml = Files.readString(Bundled.libraryRoot()
                    .resolve("blueprints")
                    .resolve(row.get("id").asText() + ".yaml"));
            assertTrue(yaml.contains("pain-model: " + row.get("pain-model").asText()), row.toString());
            assertEquals(row.get("stages").asInt(), row.get("stage-names").size());
        }
    }

    @Test
    void showPrintsEveryStageWithItsCriteria() {
        CliTest.Result r = CliTest.run("blueprints", "show", "bone-stress-return-to-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stage 1: Offload and keep fit"), r.out());
        assertTrue(r.out().contains("Start when: 30 minutes of continuous easy jogging, twice"), r.out());
        assertTrue(r.out().contains("never on two days in a row"), r.out());
    }

    @Test
    void anUnknownIdIsAUsageErrorWithTheNearestId() {
        CliTest.Result r = CliTest.run("blueprints", "show", "race-plam");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'race-plan'?"), r.err());
    }

    @Test
    void aClinicFolderAddsAndReplacesBlueprints(@TempDir Path dir) throws Exception {
        Path bp = dir.resolve("blueprints");
        Files.createDirectories(bp);
        Files.createDirectories(dir.resolve("exercises"));
        Files.copy(Bundled.libraryRoot().resolve("exercises/clamshell.yaml"), dir.resolve("exercises/clamshell.yaml"));
        String race = Files.readString(Bundled.libraryRoot().resolve("blueprints/race-plan.yaml"));
        Files.writeString(bp.resolve("clinic-race.yaml"), race.replace("id: race-plan", "id: clinic-race"));
        Files.writeString(
                bp.resolve("race-plan.yaml"), race.replace("name: Race plan, 5 km to marathon", "name: Our race plan"));
        CliTest.Result r = CliTest.run("blueprints", "list", "--library", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("clinic-race ")), r.out());
        assertTrue(r.out().contains((BUNDLED.size() + 1) + " blueprints."), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("race-plan ") && l.contains("Our race plan")), r.out());
    }
}
