package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise plan}: formats, output files, calendar UIDs, explanations and errors. */
class PlanCommandTest {

    static final String CLIENT = "seeds/physio-gluteal-tendinopathy.yaml";

    @Test
    void textPlanNamesEveryStageAndWeek() {
        CliTest.Result r = CliTest.run("plan", CLIENT);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stage 1: Settle the tendon"), r.out());
        assertTrue(r.out().contains("Week 12 ("), r.out());
        assertFalse(r.out().contains("Why this plan looks as it does"), "no explanations without --explain");
    }

    @Test
    void explainSaysWhichRuleAndWhichLine() {
        CliTest.Result r = CliTest.run("plan", CLIENT, "--explain");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Why this plan looks as it does:"));
        assertTrue(r.out().contains("[exercise-library/blueprints/gluteal-tendinopathy-runner.yaml:"), r.out());
        assertTrue(r.out().contains("[policies.yaml running.step-back]"), r.out());
        assertTrue(r.out().contains("[profile " + CLIENT + ":"), r.out());
    }

    @Test
    void jsonAndYamlCarryTheSameProgram(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("plan.json");
        Path yaml = tmp.resolve("plan.yaml");

        assertEquals(
                0,
                CliTest.run("plan", CLIENT, "--format", "json", "-o", json.toString())
                        .code());
        assertEquals(
                0,
                CliTest.run("plan", CLIENT, "--format", "yaml", "-o", yaml.toString())
                        .code());

        JsonNode a = new ObjectMapper().readTree(json.toFile());
        JsonNode b = new YAMLMapper().readTree(yaml.toFile());
        assertEquals("loadwise-program/1", a.get("format").asText());
        assertEquals(a, b);
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void calendarHasOneEventPerSessionWithStableUids(@TempDir Path tmp) throws IOException {
        CliTest.Result first = CliTest.run("plan", CLIENT, "--format", "ics");
        CliTest.Result second = CliTest.run("plan", CLIENT, "--format", "ics");
        CliTest.Result json = CliTest.run("plan", CLIENT, "--format", "json");

        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out(), "regenerating gives the same calendar, UIDs included");
        List<String> uids = uids(first.out());
        assertEquals(uids.size(), uids.stream().distinct().count(), "UIDs are unique");
        int sessions = 0;
        for (JsonNode stage : new ObjectMapper().readTree(json.out()).get("stages")) {
            for (JsonNode week : stage.get("weeks")) {
                for (JsonNode day : week.get("days")) {
                    sessions += day.get("sessions").size();
                }
            }
        }
        assertEquals(sessions, uids.size(), "one event per session");
        assertTrue(first.out().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(first.out().contains("DTSTAMP:20270104T000000Z"), "DTSTAMP derives from the start, not the clock");
    }

    @Test
    void aDifferentStartMovesEveryDate() {
        CliTest.Result r = CliTest.run("plan", CLIENT, "--start", "2027-02-01", "--format", "json");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"start\" : \"2027-02-01\""), r.out().substring(0, 400));
    }

    @Test
    void loadsConvertToPoundsAndRoundToFivePounds() throws IOException {
        JsonNode kg = new ObjectMapper().readTree(run("seeds/coach-team-preseason.yaml", "kg"));
        JsonNode lb = new ObjectMapper().readTree(run("seeds/coach-team-preseason.yaml", "lb"));

        List<Double> kgLoads =
                kg.findValues("load").stream().map(JsonNode::asDouble).toList();
        List<Double> lbLoads =
                lb.findValues("load").stream().map(JsonNode::asDouble).toList();
        assertEquals(kgLoads.size(), lbLoads.size());
        assertTrue(kgLoads.size() > 100, "the team has loads");
        for (int i = 0; i < kgLoads.size(); i++) {
            assertEquals(0, lbLoads.get(i) % 5, "rounded to 5 lb: " + lbLoads.get(i));
            assertEquals(kgLoads.get(i) / 0.45359237, lbLoads.get(i), 5.0, "same load in pounds");
        }
        assertTrue(lb.findValues("load-unit").stream().allMatch(u -> u.asText().equals("lb")));
    }

    private static String run(String profile, String units) {
        CliTest.Result r = CliTest.run("plan", profile, "--format", "json", "--units", units);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void aWrongDateOnTheCommandLineIsAUsageError() {
        CliTest.Result r = CliTest.run("plan", CLIENT, "--start", "2027-13-01");

        assertEquals(2, r.code());
        assertEquals("loadwise: --start 2027-13-01: there is no month 13 (write the date as YYYY-MM-DD)\n", r.err());
    }

    @Test
    void aBadProfileIsExit1WithPosition() {
        CliTest.Result r = CliTest.run("plan", "src/test/resources/invalid-profiles/race-before-start.yaml");

        assertEquals(1, r.code());
        assertTrue(
                r.err().startsWith("src/test/resources/invalid-profiles/race-before-start.yaml:6:25: the race date"),
                r.err());
    }

    @Test
    void aFailedRunLeavesAnExistingOutputUntouched(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("plan.json");
        Files.writeString(out, "previous plan");

        CliTest.Result r = CliTest.run(
                "plan",
                "src/test/resources/invalid-profiles/absurd-weeks.yaml",
                "--format",
                "json",
                "-o",
                out.toString());

        assertEquals(1, r.code());
        assertEquals("previous plan", Files.readString(out));
    }

    @Test
    void aMissingOutputFolderIsAClearError(@TempDir Path tmp) {
        Path out = tmp.resolve("no-such-folder/plan.json");

        CliTest.Result r = CliTest.run("plan", CLIENT, "-o", out.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("-o " + out + ": the folder "), r.err());
        assertTrue(r.err().contains("does not exist (create it first)"), r.err());
    }

    private static List<String> uids(String ics) {
        Matcher m = Pattern.compile("UID:(\\S+)").matcher(ics);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
